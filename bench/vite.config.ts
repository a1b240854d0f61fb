// Builds the benchmark's seed page (bench/pages/) on its own, into bench/results/seed-app/
// (gitignored). scripts/serve.mjs mounts it at /__bench/ beside the app, on the same origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: '/__bench/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./results/seed-app', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: { input: fileURLToPath(new URL('./pages/seed.html', import.meta.url)) },
  },
});
