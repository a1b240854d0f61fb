import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: pure and database code runs in Node (fake-indexeddb), screens run in jsdom.
export default defineConfig({
  plugins: [react()],
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
