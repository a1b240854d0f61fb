import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  BackupError,
  hasConsistentDerived,
  parseBackup,
  serialiseBackup,
  type BackupErrorReason,
  type BackupTables,
} from './backup-format';
import { DEFAULT_SETTINGS, type Touch } from '../domain/types';
import { makePerson } from '../../tests/support/log-seed';

const AT = Date.UTC(2025, 4, 1, 12, 0);
const META = { appVersion: '0.1.0', createdAt: AT, schemaVersion: 2 };

function makeTables(): BackupTables {
  const anna = makePerson('Anna', 'Berg', { touchCount: 1, lastTouchAt: AT });
  const touch: Touch = {
    id: 't1',
    createdAt: AT,
    updatedAt: AT,
    source: 'manual',
    at: AT,
    kind: 'coffee',
    participantIds: [anna.id],
    note: 'Fika ☕',
    initiator: 'me',
    gave: ['advice'],
    received: [],
    askedForHelp: false,
  };
  return {
    contacts: [anna],
    interactions: [touch],
    participations: [
      { id: `t1:${anna.id}`, interactionId: 't1', contactId: anna.id, at: AT, source: 'manual' },
    ],
    relations: [],
    groups: [],
    goals: [],
    asks: [],
    introductions: [],
    weekPlans: [
      {
        weekStart: '2025-04-28',
        createdAt: AT,
        updatedAt: AT,
        items: [{ contactId: anna.id, reason: { kind: 'overdue', days: 3 }, state: 'open' }],
      },
    ],
    settings: [{ ...DEFAULT_SETTINGS }],
  };
}

const FIXTURE = makeTables();

/** The same small network each time: one person, one touch, a week plan, settings. */
function tables(): BackupTables {
  return structuredClone(FIXTURE);
}

/** The file's JSON as an object, to break one thing in it. */
function fileObject(): Record<string, unknown> & { tables: Record<string, unknown[]> } {
  return JSON.parse(serialiseBackup(tables(), META)) as Record<string, unknown> & {
    tables: Record<string, unknown[]>;
  };
}

function errorOf(text: string): BackupError {
  try {
    parseBackup(text);
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('parseBackup accepted the file');
}

function expectRefused(
  change: (file: ReturnType<typeof fileObject>) => void,
  reason: BackupErrorReason,
) {
  const file = fileObject();
  change(file);
  const error = errorOf(JSON.stringify(file));
  expect(error.reason).toBe(reason);
  return error;
}

describe('serialiseBackup and parseBackup', () => {
  it('writes the format, its version, the app version and the time', () => {
    const file = fileObject();
    expect(file).toMatchObject({
      format: 'ties-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: AT,
      schemaVersion: 2,
    });
  });

  it('reads back exactly what was written', () => {
    const backup = parseBackup(serialiseBackup(tables(), META));
    expect(backup.tables).toEqual(tables());
    expect(backup).toMatchObject(META);
  });

  it('reads files of versions 1 and 2, which hold no asks or introductions, with none', () => {
    for (const version of [1, 2]) {
      const file = fileObject();
      file.formatVersion = version;
      delete file.tables.asks;
      delete file.tables.introductions;
      const backup = parseBackup(JSON.stringify(file));
      expect(backup.tables.asks, `version ${version}`).toEqual([]);
      expect(backup.tables.introductions, `version ${version}`).toEqual([]);
      expect(backup.tables.contacts).toHaveLength(1);
    }
  });

  it('refuses a version 3 file that lacks the asks table', () => {
    const error = expectRefused((file) => delete file.tables.asks, 'missing-table');
    expect(error.details.table).toBe('asks');
  });

  it('makes lone surrogates in the file well-formed, and keeps real emoji', () => {
    const file = fileObject();
    const contact = file.tables.contacts?.[0] as Record<string, unknown>;
    contact.notes = 'half \uD83D and whole 😀';
    const text = JSON.stringify(file);
    expect(text).toContain('\\ud83d');
    expect(parseBackup(text).tables.contacts[0]?.notes).toBe('half \uFFFD and whole 😀');
  });

  it('computes the search keys from the names again', () => {
    const file = fileObject();
    const contact = file.tables.contacts?.[0] as Record<string, unknown>;
    contact.sortName = 'zzz';
    contact.searchText = '';
    const restored = parseBackup(JSON.stringify(file)).tables.contacts[0];
    expect(restored?.sortName).toBe('anna berg');
    expect(restored?.searchText).toContain('anna');
  });

  it('keeps fields it does not know', () => {
    const file = fileObject();
    (file.tables.groups as unknown[]).length = 0;
    (file.tables.contacts?.[0] as Record<string, unknown>).futureField = { a: [1] };
    const restored = parseBackup(JSON.stringify(file)).tables.contacts[0];
    expect(restored).toMatchObject({ futureField: { a: [1] } });
  });
});

describe('parseBackup refuses', () => {
  it('text that is not JSON, saying where', () => {
    const error = errorOf('{\n  "format": "ties-backup",\n  oops\n}');
    expect(error.reason).toBe('invalid-json');
    expect(error.details.line).toBe(3);
    expect(error.details.column).toBeGreaterThanOrEqual(1);
  });

  it('JSON cut short', () => {
    const text = serialiseBackup(tables(), META);
    const error = errorOf(text.slice(0, 50));
    expect(error.reason).toBe('invalid-json');
    expect(error.details.position).toBeLessThanOrEqual(50);
  });

  it('a file of another kind', () => {
    expect(errorOf('[1, 2]').reason).toBe('not-a-backup');
    expectRefused((file) => (file.format = 'excalidraw'), 'not-a-backup');
  });

  it('a newer format, naming both versions', () => {
    const error = expectRefused((file) => (file.formatVersion = 7), 'newer-format');
    expect(error.details).toMatchObject({
      fileVersion: 7,
      supportedVersion: BACKUP_FORMAT_VERSION,
    });
    expect(error.message).toContain('7');
    expect(error.message).toContain(String(BACKUP_FORMAT_VERSION));
  });

  it('a format version that is not a positive whole number', () => {
    expectRefused((file) => (file.formatVersion = '1'), 'invalid-format-version');
    expectRefused((file) => (file.formatVersion = 0), 'invalid-format-version');
  });

  it('a missing or wrong app version, time or schema version', () => {
    expectRefused((file) => delete file.appVersion, 'invalid-meta');
    expectRefused((file) => (file.createdAt = 'yesterday'), 'invalid-meta');
    expectRefused((file) => (file.schemaVersion = -1), 'invalid-meta');
  });

  it('a missing table, naming it', () => {
    const error = expectRefused((file) => delete file.tables.goals, 'missing-table');
    expect(error.details.table).toBe('goals');
  });

  it('a table that is not a list', () => {
    const error = expectRefused((file) => {
      (file.tables as Record<string, unknown>).relations = {};
    }, 'invalid-table');
    expect(error.details.table).toBe('relations');
  });

  it('a file without exactly one settings row', () => {
    expectRefused((file) => (file.tables.settings = []), 'invalid-table');
  });

  it('a malformed row, naming table, row and field', () => {
    const error = expectRefused((file) => {
      (file.tables.contacts?.[0] as Record<string, unknown>).tier = 'best-friend';
    }, 'invalid-row');
    expect(error.details).toMatchObject({ table: 'contacts', rowIndex: 0, field: 'tier' });
  });

  it('rows of every table with a wrong field', () => {
    const cases: [string, (row: Record<string, unknown>) => void, string][] = [
      ['contacts', (row) => (row.emails = 'a@b.se'), 'emails'],
      ['contacts', (row) => (row.strength = { value: 'x', at: 0 }), 'strength.value'],
      ['contacts', (row) => (row.birthday = { month: 13, day: 1 }), 'birthday.month'],
      ['interactions', (row) => (row.kind = 'telepathy'), 'kind'],
      ['interactions', (row) => (row.at = null), 'at'],
      ['interactions', (row) => (row.participantIds = []), 'participantIds'],
      ['participations', (row) => (row.contactId = ''), 'contactId'],
      ['weekPlans', (row) => (row.weekStart = 'monday'), 'weekStart'],
      ['weekPlans', (row) => (row.items = [{ contactId: 'x', state: 'open' }]), 'items[0].reason'],
      ['settings', (row) => (row.weekStartDay = 9), 'weekStartDay'],
      ['settings', (row) => (row.language = 'fr'), 'language'],
    ];
    for (const [table, change, field] of cases) {
      const error = expectRefused((file) => {
        change(file.tables[table]?.[0] as Record<string, unknown>);
      }, 'invalid-row');
      expect(error.details, `${table}.${field}`).toMatchObject({ table, rowIndex: 0, field });
    }
  });

  it('a row that is not an object', () => {
    const error = expectRefused((file) => file.tables.interactions?.push('touch'), 'invalid-row');
    expect(error.details).toMatchObject({ table: 'interactions', rowIndex: 1 });
  });

  it('a repeated id', () => {
    const error = expectRefused((file) => {
      file.tables.interactions?.push(file.tables.interactions[0]);
    }, 'duplicate-id');
    expect(error.details).toMatchObject({ table: 'interactions', rowIndex: 1 });
  });

  it('a participation whose touch is not in the file', () => {
    const error = expectRefused((file) => (file.tables.interactions = []), 'dangling-reference');
    expect(error.details).toMatchObject({ table: 'participations', rowIndex: 0 });
  });
});

describe('hasConsistentDerived', () => {
  it('accepts touch counts that agree with the touches', () => {
    expect(hasConsistentDerived(tables())).toBe(true);
  });

  it('notices a touch count or last touch that does not', () => {
    const wrongCount = tables();
    const [anna] = wrongCount.contacts;
    if (anna) anna.touchCount = 5;
    expect(hasConsistentDerived(wrongCount)).toBe(false);
    const wrongLast = tables();
    const [touch] = wrongLast.interactions;
    if (touch) touch.deletedAt = AT;
    expect(hasConsistentDerived(wrongLast)).toBe(false);
  });

  it('counts each touch for the people it lists, as a restore files it', () => {
    // The participations are only checked: a touch still counts for a person it lists.
    const withoutRows = tables();
    withoutRows.participations = [];
    expect(hasConsistentDerived(withoutRows)).toBe(true);
    const unlisted = tables();
    const [touch] = unlisted.interactions;
    if (touch) touch.participantIds = ['someone-else'];
    expect(hasConsistentDerived(unlisted)).toBe(false);
  });
});
