// The backup file (docs/storage.md, "Backups"): one JSON document holding every table
// of user data, versioned so that a later app can read it and an older app refuses it
// clearly.
//
//   { "format": "ties-backup", "formatVersion": 2, "appVersion": "0.1.0",
//     "createdAt": <epoch ms>, "schemaVersion": <database version>,
//     "tables": { "contacts": [...], "interactions": [...], ..., "settings": [...] } }
//
// - The tables are the database's user data (db.ts DATA_TABLES), touches as a table of
//   touches and one of participations, whatever the database keeps them in. Derived tables
//   (planInputs, planStats, peopleRows, graphLayouts) are rebuilt, not saved. Import batches
//   (what each import added, for its Undo) are left out too: they are undo history of this
//   device, can be as large as the people they changed, and would undo against data the
//   restore has replaced.
// - parseBackup checks the WHOLE file before anything is written: JSON syntax (with line
//   and column), the format name, the format version (a newer one is refused naming both
//   versions), `tables` an object, every table present and a list, every row's shape with
//   its times in range and its unknown keys bounded (backup-rows.ts), unique ids, every
//   participation pointing at a touch in the file, and every touch's people in the file's
//   people (a touch is kept in its people's logs: one naming someone missing would be
//   stored where no screen shows it). The first problem found is thrown as a BackupError
//   with a reason code and where it is (table, row index, field, the missing person).
// - Lone surrogates (half an emoji) cannot survive a UTF-8 file, so every text read is made
//   well-formed; a file written by Ties has none, as text is made well-formed on entry.
// - Search keys (sortName, searchText) are computed again from the names on reading, so a
//   file cannot make the search lie, and an older app's keys are brought up to date.
// - A field added to the data model that old files lack needs a formatVersion bump and an
//   upgrade step (backup-upgrades.ts); a file with the current version is read as it is.
//   Version 2: phones and e-mails carry labels; a version 1 file's plain ones come in
//   unlabelled. Version 3: the tables asks and introductions; an older file has none.
// - An ask names its person, an introduction its two: one naming someone missing from the
//   file is refused as a touch is ('missing-person'), as no screen would show it.
import { searchTextOf, sortNameOf } from '../domain/contact';
import { isWellFormed, toWellFormed } from '../domain/well-formed';
import type {
  Ask,
  Contact,
  Introduction,
  EpochMs,
  Goal,
  Group,
  Touch,
  Participation,
  Relation,
  Settings,
  WeekPlan,
} from '../domain/types';
import { isStorableTime } from '../domain/time-range';
import { rowProblem, type BackupTableName, type RowProblemReason } from './backup-rows';
import { upgradeBackupTables } from './backup-upgrades';

export const BACKUP_FORMAT = 'ties-backup';
export const BACKUP_FORMAT_VERSION = 3;

/** Every table a backup holds, in the order it is written and restored. */
export const BACKUP_TABLES = [
  'contacts',
  'interactions',
  'participations',
  'relations',
  'groups',
  'goals',
  'asks',
  'introductions',
  'weekPlans',
  'settings',
] as const satisfies readonly BackupTableName[];

export type BackupTables = {
  contacts: Contact[];
  interactions: Touch[];
  participations: Participation[];
  relations: Relation[];
  groups: Group[];
  goals: Goal[];
  asks: Ask[];
  introductions: Introduction[];
  weekPlans: WeekPlan[];
  settings: Settings[];
};

export type BackupMeta = {
  appVersion: string;
  createdAt: EpochMs;
  /** The database schema version the data was read from. */
  schemaVersion: number;
};

export type Backup = BackupMeta & {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  tables: BackupTables;
};

export type BackupCounts = Record<BackupTableName, number>;

export type BackupErrorReason =
  | 'invalid-json'
  | 'not-a-backup'
  | 'newer-format'
  | 'invalid-format-version'
  | 'invalid-meta'
  | 'no-tables'
  | 'invalid-tables'
  | 'missing-table'
  | 'invalid-table'
  | 'invalid-row'
  | 'time-out-of-range'
  | 'over-limit'
  | 'too-deep'
  | 'unknown-too-large'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'missing-person';

export type BackupErrorDetails = {
  table?: BackupTableName | undefined;
  rowIndex?: number | undefined;
  field?: string | undefined;
  /** For invalid-json: where the syntax breaks (0-based offset, 1-based line and column). */
  position?: number | undefined;
  line?: number | undefined;
  column?: number | undefined;
  /** For newer-format. */
  fileVersion?: number | undefined;
  supportedVersion?: number | undefined;
  /** For missing-person: the id a touch, ask or introduction names that no person has. */
  personId?: string | undefined;
  /** For over-limit: the field's limit, in characters or, for a list, entries. */
  limit?: number | undefined;
};

/** Why a file cannot be restored; nothing has been written when it is thrown. */
export class BackupError extends Error {
  readonly reason: BackupErrorReason;
  readonly details: BackupErrorDetails;

  constructor(reason: BackupErrorReason, message: string, details: BackupErrorDetails = {}) {
    super(message);
    this.name = 'BackupError';
    this.reason = reason;
    this.details = details;
  }
}

/** The number of rows in each table. */
export function countsOf(tables: BackupTables): BackupCounts {
  const counts = {} as BackupCounts;
  for (const table of BACKUP_TABLES) counts[table] = tables[table].length;
  return counts;
}

/** The backup file's text. Keys holding undefined are left out, as JSON does. */
export function serialiseBackup(tables: BackupTables, meta: BackupMeta): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    schemaVersion: meta.schemaVersion,
    tables,
  };
  return JSON.stringify(backup);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Engines word the error differently; V8 names the offset ("at position 42"), or none
    // when the text ends too soon.
    const match = /position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : text.length;
    const { line, column } = lineAndColumn(text, position);
    throw new BackupError('invalid-json', `Not valid JSON (line ${line}, column ${column}).`, {
      position,
      line,
      column,
    });
  }
}

function checkHeader(value: unknown): Record<string, unknown> {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupError('not-a-backup', 'This file is not a Ties backup.');
  }
  const version = value.formatVersion;
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new BackupError('invalid-format-version', 'The backup has no valid format version.', {
      field: 'formatVersion',
    });
  }
  if ((version as number) > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'newer-format',
      `The backup has format version ${String(version)}; this version of Ties reads up to ${BACKUP_FORMAT_VERSION}.`,
      { fileVersion: version as number, supportedVersion: BACKUP_FORMAT_VERSION },
    );
  }
  const meta: [string, boolean][] = [
    ['appVersion', typeof value.appVersion === 'string'],
    ['createdAt', isStorableTime(value.createdAt)],
    ['schemaVersion', Number.isSafeInteger(value.schemaVersion) && Number(value.schemaVersion) > 0],
  ];
  for (const [field, isValid] of meta) {
    if (!isValid)
      throw new BackupError('invalid-meta', `The backup's ${field} is missing or wrong.`, {
        field,
      });
  }
  if (value.tables === undefined) {
    throw new BackupError('no-tables', 'The backup holds no tables.', { field: 'tables' });
  }
  if (!isRecord(value.tables)) {
    throw new BackupError('invalid-tables', 'The backup\'s "tables" is not an object.', {
      field: 'tables',
    });
  }
  return value.tables;
}

/** A surrogate written as an escape in the JSON text, which JSON.parse turns into one. */
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/**
 * Replaces lone surrogates in every string of a parsed value, in place. Recursive: it runs
 * only on rows that passed the check, whose nesting is bounded (backup-rows.ts).
 */
function makeTextWellFormed(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      value[index] = makeTextWellFormed(value[index]);
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) value[key] = makeTextWellFormed(value[key]);
  }
  return value;
}

function rowKey(table: BackupTableName, row: Record<string, unknown>): unknown {
  return table === 'weekPlans' ? row.weekStart : row.id;
}

/** The BackupError reason of each kind of row problem. */
const ROW_REASONS: Record<RowProblemReason, BackupErrorReason> = {
  invalid: 'invalid-row',
  'time-out-of-range': 'time-out-of-range',
  'over-limit': 'over-limit',
  'too-deep': 'too-deep',
  'unknown-too-large': 'unknown-too-large',
};

/**
 * Checks one table's rows and returns them, their text made well-formed when the file's text
 * holds lone surrogates. Ids are compared after that, as they will be stored.
 */
function checkTable(
  table: BackupTableName,
  rows: unknown,
  hasLoneSurrogates: boolean,
): Record<string, unknown>[] {
  if (rows === undefined) {
    throw new BackupError('missing-table', `The backup has no table "${table}".`, { table });
  }
  if (!Array.isArray(rows)) {
    throw new BackupError('invalid-table', `The backup's table "${table}" is not a list.`, {
      table,
    });
  }
  rows.forEach((row: unknown, rowIndex) => {
    const problem = rowProblem(table, row);
    if (!problem) return;
    const { reason, field, what, limit } = problem;
    throw new BackupError(
      ROW_REASONS[reason],
      `Row ${rowIndex + 1} of "${table}"${field === '' ? '' : `, field ${field}`}: ${what}.`,
      { table, rowIndex, field: field === '' ? undefined : field, limit },
    );
  });
  if (hasLoneSurrogates) makeTextWellFormed(rows);
  const keys = new Set<unknown>();
  rows.forEach((row: Record<string, unknown>, rowIndex) => {
    const key = rowKey(table, row);
    if (keys.has(key)) {
      throw new BackupError('duplicate-id', `Row ${rowIndex + 1} of "${table}" repeats an id.`, {
        table,
        rowIndex,
      });
    }
    keys.add(key);
  });
  if (table === 'settings' && rows.length !== 1) {
    throw new BackupError('invalid-table', 'The backup must hold exactly one settings row.', {
      table,
    });
  }
  return rows as Record<string, unknown>[];
}

function checkReferences(tables: BackupTables): void {
  const touchIds = new Set(tables.interactions.map((touch) => touch.id));
  tables.participations.forEach((row, rowIndex) => {
    if (!touchIds.has(row.interactionId)) {
      throw new BackupError(
        'dangling-reference',
        `Row ${rowIndex + 1} of "participations" points at a touch that is not in the backup.`,
        { table: 'participations', rowIndex, field: 'interactionId' },
      );
    }
  });
  const personIds = new Set(tables.contacts.map((contact) => contact.id));
  tables.interactions.forEach((touch, rowIndex) => {
    const personId = touch.participantIds.find((id) => !personIds.has(id));
    if (personId === undefined) return;
    throw new BackupError(
      'missing-person',
      `Row ${rowIndex + 1} of "interactions" names a person who is not in the backup (${personId}).`,
      { table: 'interactions', rowIndex, field: 'participantIds', personId },
    );
  });
  const peopleOfRows: [BackupTableName, string, (row: Record<string, unknown>) => unknown][] = [
    ['asks', 'contactId', (row) => row.contactId],
    ['introductions', 'firstId', (row) => row.firstId],
    ['introductions', 'secondId', (row) => row.secondId],
  ];
  for (const [table, field, personOf] of peopleOfRows) {
    const rows = tables[table as 'asks' | 'introductions'] as unknown as Record<string, unknown>[];
    rows.forEach((row, rowIndex) => {
      const personId = personOf(row) as string;
      if (personIds.has(personId)) return;
      throw new BackupError(
        'missing-person',
        `Row ${rowIndex + 1} of "${table}" names a person who is not in the backup (${personId}).`,
        { table, rowIndex, field, personId },
      );
    });
  }
}

/**
 * Reads and checks a backup file (see the module comment). Throws a BackupError naming the
 * first problem; returns rows that are safe to write.
 */
export function parseBackup(text: string): Backup {
  const value = parseJson(text);
  const header = value as Record<string, unknown>;
  const rawTables = upgradeBackupTables(header.formatVersion as number, checkHeader(value));
  const hasLoneSurrogates = ESCAPED_SURROGATE.test(text) || !isWellFormed(text);
  const checked = {} as Record<BackupTableName, Record<string, unknown>[]>;
  for (const table of BACKUP_TABLES) {
    checked[table] = checkTable(table, rawTables[table], hasLoneSurrogates);
  }
  // The rows now have their tables' shapes (backup-rows.ts mirrors domain/types.ts).
  const tables = checked as unknown as BackupTables;
  checkReferences(tables);
  tables.contacts = tables.contacts.map((contact) => ({
    ...contact,
    sortName: sortNameOf(contact),
    searchText: searchTextOf(contact),
  }));
  return {
    format: BACKUP_FORMAT,
    formatVersion: header.formatVersion as number,
    appVersion: header.appVersion as string,
    createdAt: header.createdAt as number,
    schemaVersion: header.schemaVersion as number,
    tables,
  };
}

/**
 * True when every person's touch count and last touch agree with the touches in the tables:
 * the derived fields can be taken as they are. Otherwise the restore rebuilds them. Counted
 * from each touch's people, as the restore files the touches into their people's logs (the
 * participations are checked, but only ever indexed those same people).
 */
export function hasConsistentDerived(tables: BackupTables): boolean {
  const counts = new Map<string, { count: number; last: number }>();
  for (const touch of tables.interactions) {
    if (touch.deletedAt !== undefined) continue;
    for (const contactId of new Set(touch.participantIds)) {
      const entry = counts.get(contactId) ?? { count: 0, last: -Infinity };
      entry.count += 1;
      entry.last = Math.max(entry.last, touch.at);
      counts.set(contactId, entry);
    }
  }
  return tables.contacts.every((contact) => {
    const entry = counts.get(contact.id);
    if (!entry) return contact.touchCount === 0 && contact.lastTouchAt === undefined;
    return contact.touchCount === entry.count && contact.lastTouchAt === entry.last;
  });
}
