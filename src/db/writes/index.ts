// Every write the app can make, in one list. Each is one transaction with one persistence
// step (run-write.ts), and takes plain data. `keeps` names the derived data
// (derived/registry.ts) that stays true in the same transaction: the people's derived fields
// are kept by the write itself, the packed tables by their middlewares whenever the write
// changes people. A new write goes in a file of this folder, with a line here; a test holds
// this list to what the folder exports. updateContact and updateTouch set fields whatever
// they hold now: the screens save with editContact and editTouch, which refuse to overwrite
// a change made meanwhile; tests and seeds use the first two.
import type { DERIVED_DATA } from '../derived/registry';

type Derived = keyof typeof DERIVED_DATA;

const PEOPLE: readonly Derived[] = ['planInputs', 'peopleRows'];
const PEOPLE_AND_FIELDS: readonly Derived[] = ['contactFields', ...PEOPLE];

export const WRITES = {
  // People (people.ts, person-by-name.ts, people-bulk-edit.ts, people-merge.ts)
  createContact: PEOPLE_AND_FIELDS,
  updateContact: PEOPLE_AND_FIELDS,
  editContact: PEOPLE_AND_FIELDS,
  archiveContact: PEOPLE,
  unarchiveContact: PEOPLE,
  pauseContact: PEOPLE_AND_FIELDS,
  resumeContact: PEOPLE_AND_FIELDS,
  deleteContact: PEOPLE,
  undoDeleteContact: PEOPLE,
  addPersonByName: PEOPLE_AND_FIELDS,
  bulkEditPeople: PEOPLE_AND_FIELDS,
  undoBulkEdit: PEOPLE_AND_FIELDS,
  mergePeople: PEOPLE_AND_FIELDS,
  undoMergePeople: PEOPLE_AND_FIELDS,
  // Touches (touches.ts)
  addTouch: PEOPLE_AND_FIELDS,
  updateTouch: PEOPLE_AND_FIELDS,
  editTouch: PEOPLE_AND_FIELDS,
  deleteTouch: PEOPLE_AND_FIELDS,
  undoDeleteTouch: PEOPLE_AND_FIELDS,
  // Asks for help (asks.ts): outcome "helped" logs or retires a touch of help received
  logAsk: PEOPLE_AND_FIELDS,
  setAskOutcome: PEOPLE_AND_FIELDS,
  undoAskChange: PEOPLE_AND_FIELDS,
  editAsk: [],
  deleteAsk: [],
  undoDeleteAsk: [],
  undoLogAsk: PEOPLE_AND_FIELDS,
  // Introductions (introductions.ts): made logs a give, or an "introduced by" and met via
  createIntroduction: [],
  setIntroductionState: PEOPLE_AND_FIELDS,
  undoIntroductionChange: PEOPLE_AND_FIELDS,
  editIntroduction: [],
  deleteIntroduction: [],
  undoDeleteIntroduction: [],
  // This week (week-plan.ts): a plan is made from the packed inputs, rebuilt when unusable
  ensureWeekPlan: ['planInputs'],
  refreshWeekPlan: ['planInputs'],
  snoozeItem: [],
  skipItem: [],
  reopenItem: [],
  undoItemChange: [],
  // Settings (settings.ts): new tier cadences move everyone's next due time
  updateSettings: [],
  updateTieSettings: PEOPLE_AND_FIELDS,
  // Backups (backup.ts, restore.ts)
  markBackupSaved: [],
  snoozeBackupReminder: [],
  restoreBackup: [...PEOPLE_AND_FIELDS, 'graphLayouts'],
  revertRestore: [...PEOPLE_AND_FIELDS, 'graphLayouts'],
  discardRestoreCopy: [],
  // Imports (imports.ts)
  applyImport: PEOPLE_AND_FIELDS,
  undoImport: PEOPLE_AND_FIELDS,
  // The demo network (demo.ts); writeNetwork seeds the benchmarks and tests
  loadDemo: PEOPLE_AND_FIELDS,
  startEmpty: [],
  clearDemo: PEOPLE_AND_FIELDS,
  writeNetwork: PEOPLE,
  // Goals (goals.ts): the week plan reads goals when it is made; nothing derived follows them
  createGoal: [],
  editGoal: [],
  completeGoal: [],
  archiveGoal: [],
  reopenGoal: [],
  undoGoalStatus: [],
  deleteGoal: [],
  undoDeleteGoal: [],
  // The graph's cache (graph-layout.ts)
  saveGraphLayout: ['graphLayouts'],
} as const satisfies Record<string, readonly Derived[]>;

export type WriteName = keyof typeof WRITES;
