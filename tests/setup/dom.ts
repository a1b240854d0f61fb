import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after one second by default. A screen that reads the database
// and re-renders can take longer than that when both cores are busy; ten seconds still
// fails a test whose element never comes, well inside the test's own 30 s budget.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // Each test is a fresh tab: drafts kept per tab do not leak into the next test.
  sessionStorage.clear();
});
