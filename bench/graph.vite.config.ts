// Builds the network graph benchmark's probe page (bench/pages/graph-probe.html) on its own,
// into bench/results/graph-app/ (gitignored), which bench/graph.mjs mounts at
// /__bench-graph/ beside the app, on the same origin. The layout worker it starts is bundled
// from the same source as the app's.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: '/__bench-graph/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./results/graph-app', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: fileURLToPath(new URL('./pages/graph-probe.html', import.meta.url)),
    },
  },
});
