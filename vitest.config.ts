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
    // A test is judged by what it checks, not by how busy the machine is. With both cores
    // already busy (load average 7–9), 126 tests took over 0.4 s, the slowest without a
    // budget of its own 2.4 s, and Testing Library's one-second wait for an element to
    // appear is the first thing to run out. So no test runs on the default 5 s: every
    // test gets 30 s, long enough for a slow machine and short enough to stop a hang, and
    // the heavy ones (property tests, 10,000 rows, megabyte files) name their own budget.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          setupFiles: ['tests/setup/unit.ts', 'tests/setup/messages.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: [
            'tests/setup/structured-clone.ts',
            'tests/setup/dom.ts',
            'tests/setup/messages.ts',
          ],
        },
      },
    ],
  },
});
