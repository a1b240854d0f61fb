// Builds the import/backup/restore benchmark's pages on their own, into
// bench/results/transfer-pages/ (gitignored), which bench/transfer.mjs mounts at
// /__bench-transfer/ beside the app, on the same origin: the shared seed page (seed.html)
// and the probe page (transfer-probe.html). A folder of its own, so another benchmark
// rebuilding bench/results/seed-app never pulls the seed page from under this one.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./pages/${name}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: '/__bench-transfer/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./results/transfer-pages', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: { input: [page('seed.html'), page('transfer-probe.html')] },
  },
});
