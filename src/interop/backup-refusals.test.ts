// The backup check refuses what would break the app after a restore, naming table, row and
// field: times no screen can show or that Ties does not store, a touch with someone missing
// from the file, values nested past what the data model allows, too much content under keys
// the model does not know, and a `tables` that is not an object.
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  parseBackup,
  serialiseBackup,
  type BackupErrorReason,
  type BackupTables,
} from './backup-format';
import { MAX_ROW_DEPTH, MAX_UNKNOWN_CHARS } from './backup-rows';
import { DEFAULT_SETTINGS } from '../domain/types';
import { MAX_DATE_MS } from '../domain/time-range';
import { makePerson } from '../../tests/support/log-seed';

const AT = Date.UTC(2025, 4, 1, 12, 0);
const META = { appVersion: '0.1.0', createdAt: AT, schemaVersion: 5 };

/** One row in every table, every optional time present, so each time field can be broken. */
function makeTables(): BackupTables {
  const stamp = { createdAt: AT, updatedAt: AT, source: 'manual' as const };
  const anna = makePerson('Anna', 'Berg', {
    touchCount: 1,
    lastTouchAt: AT,
    nextDueAt: AT + 1_000,
    strength: { value: 1, at: AT },
    gave: { value: 0, at: AT },
    received: { value: 0, at: AT },
  });
  const bo = makePerson('Bo', 'Ek', { deletedAt: AT });
  return {
    contacts: [anna, bo],
    interactions: [
      {
        id: 't1',
        ...stamp,
        at: AT,
        kind: 'coffee',
        participantIds: [anna.id],
        note: '',
        initiator: 'me',
        gave: [],
        received: [],
        askedForHelp: false,
      },
      {
        id: 't2',
        ...stamp,
        deletedAt: AT,
        at: AT,
        kind: 'call',
        participantIds: [anna.id, bo.id],
        note: '',
        initiator: 'them',
        gave: [],
        received: [],
        askedForHelp: false,
      },
    ],
    participations: [
      { id: `t1:${anna.id}`, interactionId: 't1', contactId: anna.id, at: AT, source: 'manual' },
      {
        id: `t2:${anna.id}`,
        interactionId: 't2',
        contactId: anna.id,
        at: AT,
        deletedAt: AT,
        source: 'manual',
      },
    ],
    relations: [
      { id: 'r1', ...stamp, deletedAt: AT, fromId: anna.id, toId: bo.id, kind: 'knows', note: '' },
    ],
    groups: [
      {
        id: 'g1',
        ...stamp,
        deletedAt: AT,
        name: 'Board',
        kind: 'board',
        memberIds: [anna.id],
        hasSpeakers: false,
        hasSocialActivities: false,
        hasSports: false,
        leadersExperience: '',
        notes: '',
      },
    ],
    goals: [
      {
        id: 'o1',
        ...stamp,
        deletedAt: AT,
        title: 'M&A',
        why: '',
        neededExpertise: [],
        status: 'archived',
        contactIds: [],
        dueOn: '2025-06-01',
        closedAt: AT,
      },
    ],
    asks: [
      {
        id: 'a1',
        ...stamp,
        deletedAt: AT,
        contactId: anna.id,
        goalId: 'o1',
        at: AT,
        what: 'Intro',
        outcome: 'helped',
        settledAt: AT,
        touchId: 't1',
        helpTouchId: 't2',
      },
    ],
    introductions: [
      {
        id: 'i1',
        ...stamp,
        deletedAt: AT,
        direction: 'for-me',
        firstId: anna.id,
        secondId: bo.id,
        note: '',
        state: 'made',
        stateAt: { asked: AT, 'first-agreed': AT, 'second-agreed': AT, made: AT },
        relationId: 'r1',
        setMetVia: true,
      },
    ],
    weekPlans: [
      {
        weekStart: '2025-04-28',
        createdAt: AT,
        updatedAt: AT,
        closedAt: AT,
        items: [
          {
            contactId: anna.id,
            reason: { kind: 'overdue', days: 3 },
            state: 'snoozed',
            snoozedUntil: AT,
          },
        ],
      },
    ],
    settings: [
      {
        ...DEFAULT_SETTINGS,
        backupSnoozedUntil: AT,
        lastBackupAt: AT,
        onboardedAt: AT,
        persistRequestedAt: AT,
      },
    ],
  };
}

type FileObject = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

function fileObject(): FileObject {
  return JSON.parse(serialiseBackup(makeTables(), META)) as FileObject;
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

function refusalOf(change: (file: FileObject) => void): BackupError {
  const file = fileObject();
  change(file);
  return errorOf(JSON.stringify(file));
}

function firstRow(file: FileObject, table: string): Record<string, unknown> {
  const row = file.tables[table]?.[0];
  if (!row) throw new Error(`no row in ${table}`);
  return row;
}

/** Sets the value at a path like "strength.at" or "items[0].snoozedUntil" inside a row. */
function setAt(row: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.match(/[^.[\]]+/g) ?? [];
  let target: Record<string, unknown> = row;
  for (const step of steps.slice(0, -1)) target = target[step] as Record<string, unknown>;
  target[steps.at(-1) ?? ''] = value;
}

/** Every time field of every table, by its path inside the row. */
const TIME_FIELDS: Record<string, string[]> = {
  contacts: [
    'createdAt',
    'updatedAt',
    'lastTouchAt',
    'nextDueAt',
    'strength.at',
    'gave.at',
    'received.at',
  ],
  interactions: ['at', 'createdAt', 'updatedAt'],
  participations: ['at'],
  relations: ['createdAt', 'updatedAt', 'deletedAt'],
  groups: ['createdAt', 'updatedAt', 'deletedAt'],
  goals: ['createdAt', 'updatedAt', 'deletedAt', 'closedAt'],
  asks: ['at', 'createdAt', 'updatedAt', 'deletedAt', 'settledAt'],
  introductions: ['createdAt', 'updatedAt', 'deletedAt', 'stateAt.asked', 'stateAt.made'],
  weekPlans: ['createdAt', 'updatedAt', 'closedAt', 'items[0].snoozedUntil'],
  settings: ['backupSnoozedUntil', 'lastBackupAt', 'onboardedAt', 'persistRequestedAt'],
};

/** Times no JavaScript Date can hold, and times outside 1900 to 2199. */
const BAD_TIMES = [
  1e300,
  -1e300,
  MAX_DATE_MS + 1,
  -MAX_DATE_MS - 1,
  Date.UTC(1899, 11, 31, 23, 59, 59, 999),
  Date.UTC(2200, 0, 1),
  Date.UTC(275_760, 8, 13),
];

describe('the backup check refuses a time out of range', () => {
  it('in every time field of every table, naming table, row and field', () => {
    for (const [table, fields] of Object.entries(TIME_FIELDS)) {
      for (const field of fields) {
        for (const time of BAD_TIMES) {
          const error = refusalOf((file) => {
            setAt(firstRow(file, table), field, time);
          });
          expect(error.reason, `${table}.${field} = ${time}`).toBe('time-out-of-range');
          expect(error.details).toEqual({ table, rowIndex: 0, field });
        }
      }
    }
  });

  it('in a deleted row too: a tombstone’s time is stored like any other', () => {
    const cases: [string, number, string][] = [
      ['contacts', 1, 'deletedAt'],
      ['interactions', 1, 'deletedAt'],
      ['participations', 1, 'deletedAt'],
    ];
    for (const [table, rowIndex, field] of cases) {
      const error = refusalOf((file) => {
        const row = file.tables[table]?.[rowIndex];
        if (row) row[field] = -1e300;
      });
      expect(error.reason, table).toBe('time-out-of-range');
      expect(error.details).toEqual({ table, rowIndex, field });
    }
  });

  it('in a week’s first day, a calendar day outside the stored years', () => {
    for (const weekStart of ['1899-12-25', '2200-01-05', '9999-12-27']) {
      const error = refusalOf((file) => (firstRow(file, 'weekPlans').weekStart = weekStart));
      expect(error.reason, weekStart).toBe('time-out-of-range');
      expect(error.details).toEqual({ table: 'weekPlans', rowIndex: 0, field: 'weekStart' });
    }
    const error = refusalOf((file) => (firstRow(file, 'weekPlans').weekStart = '2025-02-30'));
    expect(error.reason).toBe('invalid-row');
    expect(error.details.field).toBe('weekStart');
  });

  it('in the file’s own time, which the confirmation shows', () => {
    for (const time of BAD_TIMES) {
      const error = refusalOf((file) => (file.createdAt = time));
      expect(error.reason).toBe('invalid-meta');
      expect(error.details.field).toBe('createdAt');
    }
  });

  it('and accepts the first and the last moment of the range', () => {
    const file = fileObject();
    firstRow(file, 'interactions').createdAt = Date.UTC(1900, 0, 1);
    firstRow(file, 'interactions').updatedAt = Date.UTC(2199, 11, 31, 23, 59, 59, 999);
    firstRow(file, 'weekPlans').weekStart = '2199-12-30';
    const backup = parseBackup(JSON.stringify(file));
    expect(backup.tables.interactions[0]?.createdAt).toBe(Date.UTC(1900, 0, 1));
  });
});

describe('the backup check refuses a touch with someone missing from the file', () => {
  it('naming the touch’s row and the missing person', () => {
    const error = refusalOf((file) => {
      firstRow(file, 'interactions').participantIds = ['nobody-here'];
    });
    expect(error.reason).toBe('missing-person');
    expect(error.details).toEqual({
      table: 'interactions',
      rowIndex: 0,
      field: 'participantIds',
      personId: 'nobody-here',
    });
  });

  it('when any one of its people is missing, deleted touches too', () => {
    const error = refusalOf((file) => {
      const touch = file.tables.interactions?.[1];
      if (touch) touch.participantIds = [...(touch.participantIds as string[]), 'gone'];
    });
    expect(error.reason).toBe('missing-person');
    expect(error.details).toMatchObject({ rowIndex: 1, personId: 'gone' });
  });

  it('but counts a deleted person as in the file', () => {
    const backup = parseBackup(serialiseBackup(makeTables(), META));
    expect(backup.tables.interactions[1]?.participantIds).toHaveLength(2);
  });
});

describe('the backup check refuses an ask or an introduction with someone missing', () => {
  it('naming the row, the field and the missing person', () => {
    const cases: [string, string][] = [
      ['asks', 'contactId'],
      ['introductions', 'firstId'],
      ['introductions', 'secondId'],
    ];
    for (const [table, field] of cases) {
      const error = refusalOf((file) => (firstRow(file, table)[field] = 'nobody-here'));
      expect(error.reason, `${table}.${field}`).toBe('missing-person');
      expect(error.details).toEqual({ table, rowIndex: 0, field, personId: 'nobody-here' });
    }
  });
});

describe('the backup check refuses wrong values in goals, asks and introductions', () => {
  it('naming the table, the row and the field', () => {
    const cases: [string, string, unknown][] = [
      ['goals', 'status', 'paused'],
      ['goals', 'dueOn', '2025-02-30'],
      ['asks', 'outcome', 'maybe'],
      ['asks', 'contactId', ''],
      ['introductions', 'state', 'engaged'],
      ['introductions', 'direction', 'sideways'],
      ['introductions', 'stateAt', 'yesterday'],
      ['introductions', 'setMetVia', 'yes'],
    ];
    for (const [table, field, value] of cases) {
      const error = refusalOf((file) => (firstRow(file, table)[field] = value));
      expect(error.reason, `${table}.${field}`).toBe('invalid-row');
      expect(error.details).toMatchObject({ table, rowIndex: 0, field });
    }
  });

  it('and keeps what a correct file holds', () => {
    const backup = parseBackup(serialiseBackup(makeTables(), META));
    expect(backup.tables.asks[0]).toMatchObject({ outcome: 'helped', helpTouchId: 't2' });
    expect(backup.tables.introductions[0]?.stateAt.made).toBe(AT);
    expect(backup.tables.goals[0]).toMatchObject({ status: 'archived', dueOn: '2025-06-01' });
  });
});

/** A JSON value nested `depth` arrays deep: [[[…]]]. */
function nestedArrays(depth: number): unknown {
  return JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;
}

/** Files of 100,000 nested arrays are parsed and walked: a few hundred ms here. */
const DEEP_BUDGET = { timeout: 20_000 };

describe(
  'the backup check refuses values nested deeper than the data model allows',
  DEEP_BUDGET,
  () => {
    it('100,000 arrays deep under a key the model does not know, without running out of stack', () => {
      const text = serialiseBackup(makeTables(), META).replace(
        '"givenName":"Anna"',
        `"future":${'['.repeat(100_000)}${']'.repeat(100_000)},"givenName":"Anna"`,
      );
      const error = errorOf(text);
      expect(error.reason).toBe('too-deep');
      expect(error.details).toEqual({ table: 'contacts', rowIndex: 0, field: 'future' });
    });

    it('the same when the file’s text also needs its lone surrogates replaced', () => {
      const text = serialiseBackup(makeTables(), META)
        .replace('"note":""', '"note":"half \\ud83d"')
        .replace(
          '"givenName":"Anna"',
          `"future":${'['.repeat(100_000)}${']'.repeat(100_000)},"givenName":"Anna"`,
        );
      expect(errorOf(text).reason).toBe('too-deep');
    });

    it('deep under an unknown key inside a known object, naming the path', () => {
      const error = refusalOf((file) => {
        firstRow(file, 'contacts').importedValues = { future: nestedArrays(1_000) };
      });
      expect(error.reason).toBe('too-deep');
      expect(error.details.field).toBe('importedValues.future');
      const inItem = refusalOf((file) => {
        const item = (firstRow(file, 'weekPlans').items as Record<string, unknown>[])[0];
        if (item) item.future = nestedArrays(1_000);
      });
      expect(inItem.details.field).toBe('items[0].future');
    });

    it('up to the bound and no further', () => {
      // The row is depth 1 and the key's value depth 2, so MAX_ROW_DEPTH - 1 arrays just fit.
      const fits = fileObject();
      firstRow(fits, 'groups').future = nestedArrays(MAX_ROW_DEPTH - 1);
      expect(parseBackup(JSON.stringify(fits)).tables.groups[0]).toHaveProperty('future');
      const error = refusalOf((file) => {
        firstRow(file, 'groups').future = nestedArrays(MAX_ROW_DEPTH);
      });
      expect(error.reason).toBe('too-deep');
      expect(error.details).toEqual({ table: 'groups', rowIndex: 0, field: 'future' });
    });

    it('a known field holding nested lists is simply the wrong kind of value', () => {
      const text = serialiseBackup(makeTables(), META).replace(
        '"emails":[]',
        `"emails":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      );
      const error = errorOf(text);
      expect(error.reason).toBe('invalid-row');
      expect(error.details).toEqual({ table: 'contacts', rowIndex: 0, field: 'emails[0]' });
    });

    it('but passes over a table it does not know, however deep, and leaves it out', () => {
      const text = serialiseBackup(makeTables(), META)
        .replace('"note":""', '"note":"half \\ud83d"')
        .replace('"tables":{', `"tables":{"future":${'['.repeat(100_000)}${']'.repeat(100_000)},`);
      const backup = parseBackup(text);
      expect(backup.tables).not.toHaveProperty('future');
      expect(backup.tables.interactions[0]?.note).toBe('half \uFFFD');
    });
  },
);

describe('the backup check bounds what it keeps under keys the model does not know', () => {
  it('keeps small ones, whatever their name', () => {
    const file = fileObject();
    const row = firstRow(file, 'relations');
    Object.assign(row, { futureNote: 'x'.repeat(1_000), tally: [1, 2] });
    Object.assign(row, JSON.parse('{"constructor":"c"}') as object);
    const relation = parseBackup(JSON.stringify(file)).tables.relations[0];
    expect(relation).toMatchObject({ futureNote: 'x'.repeat(1_000), tally: [1, 2] });
    expect(Object.hasOwn(relation ?? {}, 'constructor')).toBe(true);
  });

  it('refuses a row whose unknown content passes the bound, naming the field', () => {
    const error = refusalOf((file) => {
      firstRow(file, 'goals').futureNote = 'x'.repeat(MAX_UNKNOWN_CHARS);
    });
    expect(error.reason).toBe('unknown-too-large');
    expect(error.details).toEqual({ table: 'goals', rowIndex: 0, field: 'futureNote' });
  });

  it('counts every unknown key of the row together, and names the one that passes it', () => {
    const half = 'x'.repeat(MAX_UNKNOWN_CHARS / 2);
    const error = refusalOf((file) => {
      Object.assign(firstRow(file, 'interactions'), { first: half, second: half });
    });
    expect(error.reason).toBe('unknown-too-large');
    expect(error.details).toEqual({ table: 'interactions', rowIndex: 0, field: 'second' });
  });

  it('counts unknown keys inside known objects and lists, and wide lists of small values', () => {
    const nested = refusalOf((file) => {
      firstRow(file, 'contacts').strength = { value: 1, at: AT, trail: 'x'.repeat(200_000) };
    });
    expect(nested.reason).toBe('unknown-too-large');
    expect(nested.details.field).toBe('strength.trail');
    const wide = refusalOf((file) => {
      firstRow(file, 'settings').history = Array.from({ length: 60_000 }, () => 0);
    });
    expect(wide.reason).toBe('unknown-too-large');
    expect(wide.details).toEqual({ table: 'settings', rowIndex: 0, field: 'history' });
  });

  it('treats a key named __proto__ as unknown content like any other', () => {
    const text = serialiseBackup(makeTables(), META).replace(
      '"givenName":"Anna"',
      `"__proto__":{"a":"${'x'.repeat(MAX_UNKNOWN_CHARS)}"},"givenName":"Anna"`,
    );
    const error = errorOf(text);
    expect(error.reason).toBe('unknown-too-large');
    expect(error.details.field).toBe('__proto__');
  });
});

describe('the backup check names what is wrong with `tables` itself', () => {
  it('a list', () => {
    const error = refusalOf((file) => {
      (file as Record<string, unknown>).tables = [];
    });
    expect(error.reason).toBe<BackupErrorReason>('invalid-tables');
    expect(error.details).toEqual({ field: 'tables' });
    expect(error.message).toContain('"tables" is not an object');
  });

  it('text, or nothing at all', () => {
    expect(refusalOf((file) => ((file as Record<string, unknown>).tables = 'all')).reason).toBe(
      'invalid-tables',
    );
    const missing = refusalOf((file) => {
      delete (file as Record<string, unknown>).tables;
    });
    expect(missing.reason).toBe('no-tables');
    expect(missing.details.table).toBeUndefined();
  });
});
