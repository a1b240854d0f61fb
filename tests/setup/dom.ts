import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Each test is a fresh tab: drafts kept per tab do not leak into the next test.
  sessionStorage.clear();
});
