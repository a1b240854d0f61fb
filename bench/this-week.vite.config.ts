// Builds the This week benchmark's probe page (bench/pages/this-week-probe.html) on its
// own, into bench/results/this-week-app/ (gitignored), which bench/this-week.mjs mounts at
// /__bench-week/ beside the app, on the same origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: '/__bench-week/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./results/this-week-app', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: fileURLToPath(new URL('./pages/this-week-probe.html', import.meta.url)),
    },
  },
});
