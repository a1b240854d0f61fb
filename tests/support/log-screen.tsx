// Shared setup for the log feature's component tests: a fresh database with a few people,
// empty stores, and the sheet rendered the way the app shell renders it.
import { render } from '@testing-library/react';
import { closeLogSheet, openLogSheet } from '../../src/components/log-sheet-store';
import { useToastStore } from '../../src/components/toast-store';
import { Toasts } from '../../src/components/toasts';
import { LogSheetHost } from '../../src/features/log/log-sheet-host';
import { useLogDraftStore } from '../../src/features/log/log-draft-store';
import { emptyDraft } from '../../src/features/log/touch-draft';
import { freshDatabase, makePerson, seedPeople } from './log-seed';

export async function setUpLogTest() {
  localStorage.clear();
  closeLogSheet();
  useLogDraftStore.setState({ draft: emptyDraft(), edit: null, prefill: null });
  useToastStore.setState({ toasts: [] });
  await freshDatabase();
  const [anna, andreas, johan, bo, archived] = await seedPeople(
    makePerson('Anna', 'Berg', { organisation: 'Acme AB' }),
    makePerson('Andreas', 'Nilsson'),
    makePerson('Johan', 'Andersson'),
    makePerson('Bo', 'Ek'),
    makePerson('Anita', 'Gammal', { isArchived: true }),
  );
  return { anna, andreas, johan, bo, archived };
}

/** A stand-in for the nav's Log button, the sheet host and the toasts, as on every screen. */
export function renderShell() {
  return render(
    <>
      <button
        type="button"
        onClick={() => {
          openLogSheet();
        }}
      >
        Open log
      </button>
      <LogSheetHost />
      <Toasts />
    </>,
  );
}
