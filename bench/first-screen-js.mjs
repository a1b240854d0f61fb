// Benchmark: the JavaScript the first screen needs, gzipped (target ≤ 160 KB), and proof
// that the graph code (d3-force, the layout worker) is not part of it.
//
// "First screen" = the entry script of the built index.html and every chunk it imports
// statically (what the browser must load before anything shows); lazy routes are not.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIST, buildApp, chunkModules, report } from './lib.mjs';

const TARGET_GZIP_KB = 160;
/** Modules that belong to the network graph and must load only on the Network screen. */
const GRAPH_CODE =
  /[\\/]node_modules[\\/]d3-(force|quadtree|dispatch|timer)[\\/]|[\\/]src[\\/]workers[\\/]/;

const modulesByChunk = new Map();
await buildApp([chunkModules(modulesByChunk)]);

const dist = APP_DIST;
const manifest = JSON.parse(await readFile(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const html = await readFile(path.join(dist, 'index.html'), 'utf8');

// Everything index.html loads as script: the entry and any modulepreload links.
const fromHtml = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g),
].map((match) => match[1]);

// Plus every static import, followed through the manifest.
const byFile = new Map(Object.values(manifest).map((entry) => [entry.file, entry]));
const firstScreen = new Set();
const visit = (file) => {
  if (firstScreen.has(file)) return;
  firstScreen.add(file);
  const entry = byFile.get(file);
  for (const key of entry?.imports ?? []) {
    const imported = manifest[key];
    if (imported) visit(imported.file);
  }
};
fromHtml.forEach(visit);

const files = [];
for (const file of firstScreen) {
  const bytes = await readFile(path.join(dist, file));
  files.push({ file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
}
const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
const rawBytes = files.reduce((sum, file) => sum + file.rawBytes, 0);

const firstScreenModules = [...firstScreen].flatMap((file) => modulesByChunk.get(file) ?? []);
const graphModules = firstScreenModules
  .map((module) => module.id)
  .filter((id) => GRAPH_CODE.test(`/${id}`));
const biggest = [...firstScreenModules]
  .sort((a, b) => b.renderedLength - a.renderedLength)
  .slice(0, 8)
  .map((module) => ({
    module: module.id,
    kB: Math.round(module.renderedLength / 100) / 10,
  }));

const gzipKB = Math.round(gzipBytes / 102.4) / 10;
console.log('First-screen JavaScript (entry + static imports of index.html):');
for (const file of files) {
  console.log(
    `  ${file.file}  ${(file.rawBytes / 1024).toFixed(1)} KB raw, ${(file.gzipBytes / 1024).toFixed(1)} KB gzip`,
  );
}
console.log(
  `  total: ${(rawBytes / 1024).toFixed(1)} KB raw, ${gzipKB} KB gzip (target ≤ ${TARGET_GZIP_KB} KB)`,
);
console.log(`  graph code in it: ${graphModules.length === 0 ? 'none' : graphModules.join(', ')}`);
console.log('  biggest modules (as rendered into the chunk, before minifying and gzip):');
for (const module of biggest) console.log(`    ${module.kB} KB  ${module.module}`);

// Each language's messages are a chunk of their own, imported on demand, and the app shows
// nothing until the language's first-screen messages are in (src/i18n/catalogue.ts): they
// count towards the first screen too, one language at a time.
const languages = [];
for (const language of ['en', 'sv']) {
  const entry = manifest[`src/i18n/messages/${language}/first-screen.ts`];
  if (!entry) continue;
  const chunks = new Set();
  const add = (file) => {
    if (firstScreen.has(file) || chunks.has(file)) return;
    chunks.add(file);
    for (const key of byFile.get(file)?.imports ?? []) if (manifest[key]) add(manifest[key].file);
  };
  add(entry.file);
  let languageGzipBytes = 0;
  for (const file of chunks) {
    languageGzipBytes += gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
  }
  languages.push({
    language,
    files: [...chunks],
    gzipKB: Math.round(languageGzipBytes / 102.4) / 10,
    withFirstScreenKB: Math.round((gzipBytes + languageGzipBytes) / 102.4) / 10,
  });
}
for (const { language, files: chunks, gzipKB: kB, withFirstScreenKB } of languages) {
  console.log(
    `  + the ${language} messages (${chunks.join(', ')}): ${kB} KB gzip, ${withFirstScreenKB} KB in all`,
  );
}
const mostKB = Math.max(gzipKB, ...languages.map((entry) => entry.withFirstScreenKB));

process.exitCode = await report('first-screen-js', {
  files: files.map((file) => file.file),
  rawKB: Math.round(rawBytes / 102.4) / 10,
  gzipKB,
  withMessagesGzipKB: Object.fromEntries(
    languages.map((entry) => [entry.language, entry.withFirstScreenKB]),
  ),
  targetGzipKB: TARGET_GZIP_KB,
  graphModulesInFirstScreen: graphModules,
  meetsTargets: mostKB <= TARGET_GZIP_KB && graphModules.length === 0,
});
