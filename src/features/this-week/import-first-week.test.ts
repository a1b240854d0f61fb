// A new user's first week: the four real-format exports in tests/fixtures/real-exports
// imported into an empty profile, none of them touched, and the week planned on Monday
// 7 December 2026. The weekly list must have people on it, each with a reason worded in
// both languages, and the choice of "none of them for now" must add no cadence.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db';
import { applyImport } from '../../db/writes/imports';
import { planImportFromDatabase } from '../../db/reads/imports';
import { ensureWeekPlan } from '../../db/writes/week-plan';
import { nameOf } from '../../domain/contact';
import { dayNumberOfKey } from '../../domain/tie-health';
import type { Contact, WeekItem } from '../../domain/types';
import { reasonText } from './reason-text';
import { createI18n } from '../../i18n/create-i18n';
import { decodeImportBytes } from '../../interop/decode';
import type { NewPeopleSetup } from '../../interop/merge';
import { parseImportText } from '../../interop/parse-import';
import { freshDatabase } from '../../../tests/support/log-seed';

const ZONE = 'Europe/Stockholm';
/** Monday 7 December 2026, 09:00 in Stockholm. */
const NOW = Date.parse('2026-12-07T09:00:00+01:00');
const FILES = [
  'linkedin-connections.csv',
  'iphone-contacts.vcf',
  'android-contacts.vcf',
  'google-contacts.csv',
];

function readFixture(name: string) {
  const bytes = readFileSync(
    new URL(`../../../tests/fixtures/real-exports/${name}`, import.meta.url),
  );
  return parseImportText(decodeImportBytes(new Uint8Array(bytes)).text);
}

/** Imports every file in turn, a minute apart, as the preview's confirm would. */
async function importAll(setup: NewPeopleSetup) {
  const results = [];
  for (const [index, name] of FILES.entries()) {
    const plan = await planImportFromDatabase(readFixture(name));
    const now = NOW - (FILES.length - index) * 60_000;
    results.push(await applyImport(plan, { newPeople: setup }, { fileName: name, now }));
  }
  return results;
}

async function peopleByName(): Promise<Map<string, Contact>> {
  return new Map((await db.contacts.toArray()).map((contact) => [nameOf(contact), contact]));
}

function wordsOf(items: readonly WeekItem[], language: 'en' | 'sv'): string[] {
  const words = createI18n(language);
  const today = dayNumberOfKey('2026-12-07') ?? 0;
  const ctx = { daysSincePlan: 0, today, hadTouch: false, goalTitle: undefined };
  return items.map((item) => reasonText(item.reason, ctx, words));
}

beforeEach(freshDatabase);

// Four imports and a plan through fake-indexeddb: about 0.2 s a test when idle; the budget
// leaves room for a machine whose cores are busy with other work.
describe('the first week after importing real exports', { timeout: 20_000 }, () => {
  it('adds the fifteen people as Wide, keeping Maja once with her LinkedIn date', async () => {
    const results = await importAll({ tier: 'wide', keepInTouch: true });
    expect(results.map((result) => [result.added, result.updated])).toEqual([
      [5, 0],
      [3, 1],
      [3, 0],
      [4, 0],
    ]);
    const people = await peopleByName();
    expect(people.size).toBe(15);
    expect([...people.values()].every((person) => person.tier === 'wide')).toBe(true);
    expect([...people.values()].every((person) => person.cadenceDays === undefined)).toBe(true);
    expect(people.get('Maja Öberg')).toMatchObject({
      source: 'linkedin',
      connectedOn: '2026-11-18',
    });
    expect(results[0]?.newPeople).toEqual({ tier: 'wide', keepInTouch: true });
  });

  it('plans a full week of new contacts to follow up, each with a reason', async () => {
    await importAll({ tier: 'wide', keepInTouch: true });
    const plan = await ensureWeekPlan(NOW, ZONE);
    const people = await peopleByName();
    const nameOfId = new Map([...people].map(([name, person]) => [person.id, name]));
    const names = plan.items.map((item) => nameOfId.get(item.contactId));

    expect(plan.items).toHaveLength(7);
    expect(plan.items.every((item) => item.reason.kind === 'new-follow-up')).toBe(true);
    // The freshest LinkedIn connections come first, by how long ago they were made.
    expect(names.slice(0, 2)).toEqual(['Maja Öberg', 'Åke Lindqvist']);
    expect(wordsOf(plan.items, 'en').slice(0, 2)).toEqual([
      'You connected on LinkedIn 19 days ago — follow up',
      'You connected on LinkedIn 5 days ago — follow up',
    ]);
    // Then people the address books brought in; never a connection 95 days old or older.
    expect(wordsOf(plan.items, 'en').slice(2)).toEqual(
      Array(5).fill('New in your contacts — say hello'),
    );
    expect(wordsOf(plan.items, 'sv')[1]).toBe(
      'Ni blev kontakter på LinkedIn för 5 dagar sedan — följ upp',
    );
    for (const old of ['Priya Raman', 'Zacharias Adler', 'Elin Ström']) {
      expect(names).not.toContain(old);
    }
  });

  it('adds no cadence with "none of them for now", and lists only the fresh connections', async () => {
    const results = await importAll({ tier: 'wide', keepInTouch: false });
    const people = await peopleByName();
    const added = [...people.values()];
    expect(added.every((person) => person.cadenceDays === null)).toBe(true);
    expect(added.every((person) => person.nextDueAt === undefined)).toBe(true);
    expect(results[1]?.newPeople).toEqual({ tier: 'wide', keepInTouch: false });

    const plan = await ensureWeekPlan(NOW, ZONE);
    const nameOfId = new Map(added.map((person) => [person.id, nameOf(person)]));
    expect(plan.items.map((item) => nameOfId.get(item.contactId))).toEqual([
      'Maja Öberg',
      'Åke Lindqvist',
    ]);
  });
});
