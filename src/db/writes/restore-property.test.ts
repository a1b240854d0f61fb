// Property: a backup round-trips exactly (docs/storage.md, "Backups"). For arbitrary content –
// emoji and joined emoji, right-to-left text, combining marks, zero-width characters, long
// notes, lone surrogates (made well-formed on entry, as every entry path does) – a backup,
// a wiped database and a restore give back deep-equal tables. And a restore can be reverted:
// the data from just before it comes back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, DATA_TABLES } from '../db';
import { rebuildAllDerived } from '../derived/contact-fields';
import { logsOfTouches } from '../codecs/touch-log';
import { discardRestoreCopy, restoreBackup, revertRestore } from './restore';
import { makeBackup, previewRestore } from '../reads/backup';
import { emptyDerived, searchTextOf, sortNameOf } from '../../domain/contact';
import { MAX_CHARS } from '../../domain/field-limits';
import { toWellFormed } from '../../domain/well-formed';
import {
  ASK_OUTCOMES,
  DEFAULT_SETTINGS,
  GOAL_STATUSES,
  INTRODUCTION_DIRECTIONS,
  INTRODUCTION_STATES,
  type Ask,
  type Introduction,
  GROUP_KINDS,
  TOUCH_KINDS,
  RELATION_KINDS,
  TIERS,
  VALUE_KINDS,
  type Contact,
  type Goal,
  type Group,
  type Touch,
  type Relation,
  type Settings,
  type WeekPlan,
} from '../../domain/types';
import { freshDatabase } from '../../../tests/support/log-seed';

const T0 = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

const PIECES = [
  '👩‍👩‍👧‍👦',
  '🇸🇪',
  '😀',
  'שלום',
  'مرحبا بالعالم',
  '\u202Eevil\u202C',
  'e\u0301',
  'Å\u030A',
  'ñ',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\uD83D',
  '\uDE00',
  '"\\/\n\t',
  '</script>',
  'Östberg',
];

/** Arbitrary text made well-formed on entry. */
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 12 })), {
    maxLength: 5,
  })
  .map((parts) => toWellFormed(parts.join('')));
const longTextArb = fc.oneof(
  { weight: 4, arbitrary: textArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(textArb, fc.integer({ min: 500, max: 4_000 }))
      .map(([text, times]) => `${text}ø`.repeat(times)),
  },
);
const timeArb = fc.integer({ min: T0, max: T0 + 700 * DAY_MS });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as a stored row has them absent. */
function compact<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
}

/** A phone or an e-mail with any label a person can hold, the source's own words included. */
const entryArb = fc.record(
  {
    value: textArb,
    kind: fc.constantFrom('work' as const, 'home' as const, 'mobile' as const, 'other' as const),
  },
  { requiredKeys: ['value'] },
);
const customEntryArb = fc.record({
  value: textArb,
  kind: fc.constant('custom' as const),
  label: textArb.filter((text) => text.trim() !== ''),
});
const entriesArb = (maxLength: number) =>
  fc.array(fc.oneof(entryArb, customEntryArb), { maxLength });

const personArb = fc.record({
  givenName: textArb,
  familyName: textArb,
  displayName: textArb,
  organisation: textArb,
  role: textArb,
  emails: entriesArb(3),
  phones: entriesArb(2),
  linkedInUrl: textArb,
  links: fc.array(textArb, { maxLength: 2 }),
  location: textArb,
  tags: fc.array(textArb, { maxLength: 3 }),
  expertise: fc.array(textArb, { maxLength: 3 }),
  // A person's notes are kept to their limit everywhere, so a backup never holds longer.
  notes: longTextArb.map((text) => toWellFormed(text.slice(0, MAX_CHARS.notes))),
  nextTimeNote: textArb,
  howWeMet: textArb,
  tier: fc.constantFrom(...TIERS),
  affiliation: fc.constantFrom('internal' as const, 'external' as const),
  isPaused: fc.boolean(),
  isArchived: fc.boolean(),
  createdAt: timeArb,
  birthday: optional(
    fc.record(
      {
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        year: fc.integer({ min: 1930, max: 2005 }),
      },
      { requiredKeys: ['month', 'day'] },
    ),
  ),
  cadenceDays: optional(fc.constantFrom(null, 7, 45)),
  sourceKey: optional(textArb),
  connectedOn: optional(fc.constant('2021-04-03')),
  deleted: fc.boolean(),
  source: fc.constantFrom(
    'manual' as const,
    'demo' as const,
    'linkedin' as const,
    'vcard' as const,
  ),
});

const touchArb = fc.record({
  at: timeArb,
  kind: fc.constantFrom(...TOUCH_KINDS),
  people: fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 3 }),
  note: longTextArb,
  initiator: fc.constantFrom('me' as const, 'them' as const, 'unknown' as const),
  gave: fc.subarray([...VALUE_KINDS]),
  received: fc.subarray([...VALUE_KINDS]),
  askedForHelp: fc.boolean(),
  deleted: fc.boolean(),
});

const networkArb = fc.record({
  people: fc.array(personArb, { minLength: 1, maxLength: 6 }),
  touches: fc.array(touchArb, { maxLength: 8 }),
  relations: fc.array(
    fc.record({
      from: fc.nat(5),
      to: fc.nat(5),
      kind: fc.constantFrom(...RELATION_KINDS),
      note: textArb,
    }),
    { maxLength: 4 },
  ),
  groups: fc.array(
    fc.record({
      name: textArb,
      kind: fc.constantFrom(...GROUP_KINDS),
      members: fc.uniqueArray(fc.nat(5), { maxLength: 4 }),
      notes: longTextArb,
      leadersExperience: textArb,
      meetingsPerYear: optional(fc.integer({ min: 1, max: 12 })),
    }),
    { maxLength: 2 },
  ),
  goals: fc.array(
    fc.record({
      title: textArb,
      why: textArb,
      expertise: fc.array(textArb, { maxLength: 2 }),
      status: fc.constantFrom(...GOAL_STATUSES),
      dueOn: optional(fc.constantFrom('2026-01-31', '2199-12-31', '1900-01-01')),
    }),
    { maxLength: 2 },
  ),
  asks: fc.array(
    fc.record({
      person: fc.nat(5),
      what: longTextArb,
      at: timeArb,
      outcome: fc.constantFrom(...ASK_OUTCOMES),
      hasGoal: fc.boolean(),
      deleted: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  introductions: fc.array(
    fc.record({
      first: fc.nat(5),
      second: fc.nat(5),
      direction: fc.constantFrom(...INTRODUCTION_DIRECTIONS),
      state: fc.constantFrom(...INTRODUCTION_STATES),
      note: textArb,
      at: timeArb,
    }),
    { maxLength: 3 },
  ),
  weeks: fc.array(
    fc.record({ first: fc.integer({ min: 0, max: 80 }), person: fc.nat(5), detail: textArb }),
    { maxLength: 2 },
  ),
  settings: fc.record({
    language: fc.constantFrom('en' as const, 'sv' as const, null),
    theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
    listSize: fc.integer({ min: 5, max: 10 }),
    lastBackupAt: optional(timeArb),
  }),
});

type Network = typeof networkArb extends fc.Arbitrary<infer T> ? T : never;

async function writeNetwork(network: Network, prefix: string): Promise<void> {
  const ids = network.people.map((_, index) => `${prefix}-p${index}`);
  const idOf = (index: number) => ids[index % ids.length] ?? '';
  const contacts: Contact[] = network.people.map((person, index) => {
    const { deleted, ...fields } = person;
    const contact: Contact = compact({
      ...fields,
      ...emptyDerived(),
      id: idOf(index),
      updatedAt: person.createdAt + 1,
      deletedAt: deleted ? person.createdAt + 2 : undefined,
      sortName: sortNameOf(person),
      searchText: searchTextOf(person),
    });
    return contact;
  });
  const interactions: Touch[] = network.touches.map((touch, index) =>
    compact({
      id: `${prefix}-t${index}`,
      createdAt: touch.at,
      updatedAt: touch.at,
      deletedAt: touch.deleted ? touch.at + 1 : undefined,
      source: 'manual',
      at: touch.at,
      kind: touch.kind,
      participantIds: [...new Set(touch.people.map(idOf))],
      note: touch.note,
      initiator: touch.initiator,
      gave: touch.gave,
      received: touch.received,
      askedForHelp: touch.askedForHelp,
    }),
  );
  const relations: Relation[] = network.relations.map((relation, index) => ({
    id: `${prefix}-r${index}`,
    createdAt: T0,
    updatedAt: T0,
    source: 'manual',
    fromId: idOf(relation.from),
    toId: idOf(relation.to),
    kind: relation.kind,
    note: relation.note,
  }));
  const groups: Group[] = network.groups.map((group, index) =>
    compact({
      id: `${prefix}-g${index}`,
      createdAt: T0,
      updatedAt: T0,
      source: 'manual',
      name: group.name,
      kind: group.kind,
      meetingsPerYear: group.meetingsPerYear,
      memberIds: [...new Set(group.members.map(idOf))],
      hasSpeakers: true,
      hasSocialActivities: false,
      hasSports: false,
      leadersExperience: group.leadersExperience,
      notes: group.notes,
    }),
  );
  const goals: Goal[] = network.goals.map((goal, index) => ({
    id: `${prefix}-goal${index}`,
    createdAt: T0,
    updatedAt: T0,
    source: 'manual',
    title: goal.title,
    why: goal.why,
    neededExpertise: goal.expertise,
    status: goal.status,
    contactIds: [idOf(index)],
    ...(goal.dueOn === undefined ? {} : { dueOn: goal.dueOn }),
    ...(goal.status === 'active' ? {} : { closedAt: T0 }),
  }));
  const asks: Ask[] = network.asks.map((ask, index) =>
    compact({
      id: `${prefix}-ask${index}`,
      createdAt: T0,
      updatedAt: T0,
      deletedAt: ask.deleted ? T0 + 1 : undefined,
      source: 'manual',
      contactId: idOf(ask.person),
      goalId: ask.hasGoal && goals.length > 0 ? goals[0]?.id : undefined,
      at: ask.at,
      what: ask.what,
      outcome: ask.outcome,
      settledAt: ask.outcome === 'pending' ? undefined : ask.at,
    }),
  );
  const introductions: Introduction[] = network.introductions.map((one, index) => ({
    id: `${prefix}-intro${index}`,
    createdAt: T0,
    updatedAt: T0,
    source: 'manual',
    direction: one.direction,
    firstId: idOf(one.first),
    secondId: idOf(one.second),
    note: one.note,
    state: one.state,
    stateAt: { asked: one.at, [one.state]: one.at },
  }));
  const weekPlans: WeekPlan[] = [
    ...new Map(
      network.weeks.map((week) => {
        const weekStart = new Date(T0 + week.first * 7 * DAY_MS).toISOString().slice(0, 10);
        const plan: WeekPlan = {
          weekStart,
          createdAt: T0,
          updatedAt: T0,
          items: [
            {
              contactId: idOf(week.person),
              reason: { kind: 'goal-expertise', label: week.detail, days: 3 },
              state: 'snoozed',
              snoozedUntil: T0 + DAY_MS,
            },
          ],
        };
        return [weekStart, plan];
      }),
    ).values(),
  ];
  const settings: Settings = compact({ ...DEFAULT_SETTINGS, ...network.settings });
  await db.transaction('rw', [...DATA_TABLES], async () => {
    await db.settings.put(settings);
    await db.contacts.bulkAdd(contacts);
    await db.touchLogs.bulkAdd(logsOfTouches(interactions));
    await db.relations.bulkAdd(relations);
    await db.groups.bulkAdd(groups);
    await db.goals.bulkAdd(goals);
    await db.asks.bulkAdd(asks);
    await db.introductions.bulkAdd(introductions);
    await db.weekPlans.bulkAdd(weekPlans);
  });
  // Derived fields as the write paths keep them: true to the touches.
  await rebuildAllDerived();
}

async function tablesNow(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const name of DATA_TABLES) tables[name] = await db.table(name).toCollection().sortBy(':id');
  return tables;
}

/** Tables as a restore of their backup made at `fileAt` leaves them (backup.ts). */
function asRestoredFrom(
  tables: Record<string, unknown[]>,
  fileAt: number,
): Record<string, unknown[]> {
  const settings = (tables.settings ?? []) as Settings[];
  return {
    ...tables,
    settings: settings.map((row) => ({
      ...row,
      lastBackupAt: Math.max(row.lastBackupAt ?? fileAt, fileAt),
    })),
  };
}

describe('backup and restore', () => {
  it('give back deep-equal data for arbitrary content, and a restore can be reverted', async () => {
    await fc.assert(
      fc.asyncProperty(networkArb, networkArb, async (saved, other) => {
        await freshDatabase();
        await discardRestoreCopy();
        await writeNetwork(saved, 'a');
        const original = await tablesNow();
        const { text } = await makeBackup({ now: T0 });

        // Wipe everything; then different data arrives before the restore.
        await db.delete();
        await db.open();
        await writeNetwork(other, 'b');
        const beforeRestore = await tablesNow();

        const { backup } = await previewRestore(text);
        const { isDerivedRebuilt } = await restoreBackup(backup, T0);
        expect(isDerivedRebuilt).toBe(false);
        // The file's data, which the settings now record as backed up at the file's time.
        expect(await tablesNow()).toEqual(asRestoredFrom(original, T0));

        await revertRestore();
        expect(await tablesNow()).toEqual(beforeRestore);
      }),
      { numRuns: 40 },
    );
    // Forty databases written, backed up, wiped, restored and reverted: seconds, not 5.
  }, 60_000);
});
