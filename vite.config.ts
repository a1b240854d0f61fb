import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const THEME_COLOR = '#1f5f8b'; // --accent in src/app/global.css
const BACKGROUND_COLOR = '#f7f6f3'; // --bg in src/app/global.css

/**
 * The production Content-Security-Policy: nothing runs or loads unless it comes from the
 * app's own origin, and there is no inline script. `blob:`/`data:` images cover exports
 * and generated avatars. scripts/serve.mjs reads this back from the built index.html and
 * sends it as a header too.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Build only: the dev server relies on inline scripts (React refresh), so it gets no CSP. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'ties-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script or stylesheet the policy must govern.
      handler: (html) =>
        html.replace(
          /<meta charset="UTF-8" \/>/,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/**
 * A path whose last segment has a dot is a file: it must 404 when missing, never get the app.
 * Workbox tests pathname + search, so a query string may follow.
 */
const FILE_PATH = /\/[^/?]+\.[^/?]+(\?.*)?$/;

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      // src/features/pwa/update-prompt.tsx registers through 'virtual:pwa-register/react';
      // the plugin must not add a register script of its own (and never an inline one).
      injectRegister: false,
      // globPatterns below already precaches everything in dist/, icons included.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Ties',
        short_name: 'Ties',
        description:
          'Keep your professional network alive: people, touches and who to reach out to.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        categories: ['productivity', 'business'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // Share a contacts file or a backup to the installed app (Android), or open
        // one with it (desktop); or share a link or some text, to pass on to people. A
        // manifest has one share target, so both arrive as the same multipart POST:
        // public/share-target-sw.js answers it, parking a file for the data page and
        // sending a link or text to /share.
        share_target: {
          action: '/share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [
              {
                name: 'file',
                accept: [
                  'text/csv',
                  'text/vcard',
                  'text/x-vcard',
                  'application/json',
                  '.csv',
                  '.vcf',
                  '.vcard',
                  '.json',
                ],
              },
            ],
          },
        },
        file_handlers: [
          {
            action: '/settings/data',
            accept: {
              'text/csv': ['.csv'],
              'text/vcard': ['.vcf', '.vcard'],
            },
          },
        ],
        shortcuts: [
          {
            name: 'Log a touch',
            short_name: 'Log',
            url: '/log',
            icons: [{ src: '/icons/shortcut-log-96.png', sizes: '96x96', type: 'image/png' }],
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,woff2,woff}'],
        // Every route is the SPA: navigations get the precached shell, offline too.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [FILE_PATH],
        // The first install takes control at once, so a page opened once works offline
        // without a reload. Updates still wait for the user (registerType 'prompt').
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // No runtime caching: everything the app needs is precached and same-origin.
        runtimeCaching: [],
        // The share target's POST handler (manifest share_target above).
        importScripts: ['share-target-sw.js'],
      },
    }),
  ],
  preview: { port: 4173, strictPort: true },
});
