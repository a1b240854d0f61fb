import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Two projects: pure and database code runs in Node (fake-indexeddb), screens run in jsdom.
export default defineConfig({
  plugins: [react()],
  // The PWA plugin's virtual module does not exist outside a Vite build; screens that
  // render the shell get an inert stand-in.
  resolve: {
    alias: {
      'virtual:pwa-register/react': fileURLToPath(
        new URL('./tests/setup/pwa-register-react.ts', import.meta.url),
      ),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/components/**/*.test.tsx'],
          setupFiles: ['tests/setup/structured-clone.ts', 'tests/setup/dom.ts'],
        },
      },
    ],
  },
});
