// The production server for the built app (`npm start`, the browser tests, the benchmarks).
// node:http only. What it guarantees, and why `vite preview` is not used:
// - a navigation (GET/HEAD, Accept: text/html, no file extension) to any route gets
//   index.html, so deep links like /people/123 open;
// - a missing file (any path whose last segment has a dot) is a plain 404, never index.html;
// - every response carries the same Content-Security-Policy as the <meta> that
//   vite.config.ts puts into dist/index.html (read back from it, so there is one source);
// - tests can start and stop it on a free port.
//
// CLI: node scripts/serve.mjs [--port 4173] [--host localhost] [--root dist]
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Reads the policy from the built index.html's <meta http-equiv="Content-Security-Policy">. */
export async function readContentSecurityPolicy(root) {
  const html = await readFile(path.join(root, 'index.html'), 'utf8');
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match?.[1]) {
    throw new Error(`${root}/index.html has no Content-Security-Policy meta; run \`vite build\`.`);
  }
  // frame-ancestors is ignored in a <meta>; as a header it stops clickjacking.
  return `${match[1]}; frame-ancestors 'none'`;
}

function isNavigation(request, pathname) {
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  const accept = request.headers.accept ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !lastSegment.includes('.') &&
    accept.includes('text/html')
  );
}

/** Maps a URL path to a file inside `dir`, or undefined when it would escape it. */
function resolveInside(dir, pathname) {
  const file = path.resolve(dir, `.${pathname}`);
  return file === dir || file.startsWith(`${dir}${path.sep}`) ? file : undefined;
}

async function fileAt(file) {
  if (!file) return undefined;
  try {
    const info = await stat(file);
    if (info.isFile()) return { file, size: info.size };
    if (info.isDirectory()) return fileAt(path.join(file, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

function cacheControl(pathname) {
  // Hashed build output never changes; everything else (index.html, sw.js, the manifest,
  // icons) must be revalidated so updates are seen.
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * A static server for `root` (the built app). `mounts` serves other folders under a URL
 * prefix on the same origin (the benchmark's seed page uses that to reach the app's
 * IndexedDB). Returns { url, port, stop(), start() }; start() re-listens on the same port.
 */
export async function startServer({
  root = 'dist',
  port = 0,
  host = 'localhost',
  mounts = {},
} = {}) {
  const rootDir = path.resolve(PROJECT_ROOT, root);
  const mountDirs = Object.entries(mounts).map(([prefix, dir]) => [
    prefix.endsWith('/') ? prefix : `${prefix}/`,
    path.resolve(PROJECT_ROOT, dir),
  ]);
  const policy = await readContentSecurityPolicy(rootDir);
  const baseHeaders = {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, baseHeaders);
      response.end();
    });
  });

  async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, baseHeaders).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...baseHeaders, Allow: 'GET, HEAD' }).end();
      return;
    }
    const mount = mountDirs.find(([prefix]) => pathname.startsWith(prefix));
    const found = mount
      ? await fileAt(resolveInside(mount[1], pathname.slice(mount[0].length - 1)))
      : ((await fileAt(resolveInside(rootDir, pathname))) ??
        (isNavigation(request, pathname)
          ? await fileAt(path.join(rootDir, 'index.html'))
          : undefined));
    if (!found) {
      response
        .writeHead(404, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' })
        .end(request.method === 'HEAD' ? undefined : 'Not found\n');
      return;
    }
    const type = CONTENT_TYPES[path.extname(found.file)] ?? 'application/octet-stream';
    response.writeHead(200, {
      ...baseHeaders,
      'Content-Type': type,
      'Content-Length': found.size,
      'Cache-Control': cacheControl(pathname),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.file).pipe(response);
  }

  let boundPort = port;
  const listen = () =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(boundPort, host, () => {
        server.off('error', reject);
        const address = server.address();
        if (address && typeof address === 'object') boundPort = address.port;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return boundPort;
    },
    get url() {
      return `http://${host}:${boundPort}`;
    },
    /** Stops listening and drops open connections, like a server that went away. */
    stop: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
    start: listen,
  };
}

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer({
    root: argument('root', 'dist'),
    port: Number(argument('port', '4173')),
    host: argument('host', 'localhost'),
  });
  console.log(`Ties is served at ${server.url}/ (Ctrl+C stops it)`);
  const shutdown = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
