import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { addInteraction, deleteInteraction, updateInteraction } from '../../../src/db/interactions';
import { readTimeline, withSavedTouches } from '../../../src/db/hooks/use-timeline';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../support/log-seed';
import type { Contact, Interaction } from '../../../src/domain/types';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 4, 20, 12, 0);

const draft = (participantIds: string[], at: number, note = '') =>
  touchDraft(participantIds, at, { note });

let anna: Contact;
let bo: Contact;
let cecilia: Contact;

beforeEach(async () => {
  await freshDatabase();
  [anna, bo, cecilia] = await seedPeople(
    makePerson('Anna', 'Berg'),
    makePerson('Bo', 'Ek'),
    makePerson('Cecilia', 'Lund'),
  );
});

describe('readTimeline', () => {
  it('lists a person’s touches newest first, whatever order they were logged in', async () => {
    await addInteraction(draft([anna.id], NOW - 5 * DAY_MS, 'middle'), NOW);
    await addInteraction(draft([anna.id], NOW, 'newest'), NOW);
    await addInteraction(draft([anna.id], NOW - 50 * DAY_MS, 'oldest'), NOW);
    await addInteraction(draft([bo.id], NOW - DAY_MS, 'not Anna'), NOW);

    const timeline = await readTimeline(anna.id);
    expect(timeline.map((entry) => entry.interaction.note)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('reads only the newest touches when given a limit, skipping deleted ones', async () => {
    for (let day = 0; day < 5; day++) {
      await addInteraction(draft([anna.id], NOW - day * DAY_MS, `day ${day}`), NOW);
    }
    const newest = (await readTimeline(anna.id)).find(
      (entry) => entry.interaction.note === 'day 0',
    );
    if (!newest) throw new Error('the newest touch is missing');
    await deleteInteraction(newest.interaction.id, NOW);
    const timeline = await readTimeline(anna.id, 2);
    expect(timeline.map((entry) => entry.interaction.note)).toEqual(['day 1', 'day 2']);
  });

  it('reads further back when more of the newest touches are deleted than a first read allows for', async () => {
    await addInteraction(draft([anna.id], NOW - 40 * DAY_MS, 'older'), NOW);
    await addInteraction(draft([anna.id], NOW - 30 * DAY_MS, 'old'), NOW);
    // 25 newer touches, all undone: more than a first read of the page has room for.
    for (let day = 0; day < 25; day++) {
      await deleteInteraction(
        await addInteraction(draft([anna.id], NOW - day * DAY_MS, `undone ${day}`), NOW),
        NOW,
      );
    }
    const timeline = await readTimeline(anna.id, 2);
    expect(timeline.map((entry) => entry.interaction.note)).toEqual(['old', 'older']);
    expect((await readTimeline(anna.id, 1)).map((entry) => entry.interaction.note)).toEqual([
      'old',
    ]);
  });

  it('leaves out deleted touches', async () => {
    const kept = await addInteraction(draft([anna.id], NOW - DAY_MS, 'kept'), NOW);
    const gone = await addInteraction(draft([anna.id], NOW, 'gone'), NOW);
    await deleteInteraction(gone, NOW);
    const timeline = await readTimeline(anna.id);
    expect(timeline.map((entry) => entry.interaction.id)).toEqual([kept]);
  });

  it('names the other people on a multi-person touch', async () => {
    await addInteraction(draft([anna.id, bo.id, cecilia.id], NOW), NOW);
    const [entry] = await readTimeline(bo.id);
    expect(entry?.others).toEqual([
      { id: anna.id, name: 'Anna Berg' },
      { id: cecilia.id, name: 'Cecilia Lund' },
    ]);
  });

  it('follows a touch that was moved to someone else or back-dated', async () => {
    const first = await addInteraction(draft([anna.id], NOW - DAY_MS, 'first'), NOW);
    await addInteraction(draft([anna.id], NOW - 2 * DAY_MS, 'second'), NOW);
    await updateInteraction(first, draft([anna.id], NOW - 9 * DAY_MS, 'first'), NOW);
    expect((await readTimeline(anna.id)).map((entry) => entry.interaction.note)).toEqual([
      'second',
      'first',
    ]);
    await updateInteraction(first, draft([bo.id], NOW - 9 * DAY_MS, 'first'), NOW);
    expect((await readTimeline(anna.id)).map((entry) => entry.interaction.note)).toEqual([
      'second',
    ]);
    expect((await readTimeline(bo.id)).map((entry) => entry.interaction.note)).toEqual(['first']);
  });

  it('is empty for a person with no touches', async () => {
    expect(await readTimeline(cecilia.id)).toEqual([]);
    expect(await db.participations.count()).toBe(0);
  });
});

describe('withSavedTouches', () => {
  const interaction = (id: string, at: number, participantIds = ['anna']): Interaction => ({
    ...touchDraft(participantIds, at, { note: id }),
    id,
    createdAt: NOW,
    updatedAt: NOW,
    source: 'manual',
  });
  const entry = (id: string, at: number) => ({ interaction: interaction(id, at), others: [] });
  const saved = (id: string, at: number, changes: Partial<Interaction> = {}) => ({
    interaction: { ...interaction(id, at, ['anna', 'bo']), ...changes },
    people: [
      { id: 'anna', name: 'Anna Berg' },
      { id: 'bo', name: 'Bo Ek' },
    ],
    savedAt: NOW,
  });
  const options = { contactId: 'anna', limit: 3, now: NOW, maxAgeMs: 60_000 };
  const ids = (page: { entries: { interaction: Interaction }[] }) =>
    page.entries.map((item) => item.interaction.id);

  it('puts a saved touch in its place by time, naming the others', () => {
    const page = {
      entries: [entry('a', NOW - DAY_MS), entry('b', NOW - 3 * DAY_MS)],
      hasOlder: false,
    };
    const merged = withSavedTouches(page, [saved('s', NOW - 2 * DAY_MS)], options);
    expect(ids(merged)).toEqual(['a', 's', 'b']);
    expect(merged.entries[1]?.others).toEqual([{ id: 'bo', name: 'Bo Ek' }]);
    expect(merged.hasOlder).toBe(false);
  });

  it('keeps the page size, saying older ones exist', () => {
    const page = {
      entries: [
        entry('a', NOW - DAY_MS),
        entry('b', NOW - 2 * DAY_MS),
        entry('c', NOW - 3 * DAY_MS),
      ],
      hasOlder: false,
    };
    const merged = withSavedTouches(page, [saved('s', NOW)], options);
    expect(ids(merged)).toEqual(['s', 'a', 'b']);
    expect(merged.hasOlder).toBe(true);
  });

  it('leaves the page as it is when it holds the touch, or the touch is not this person’s, deleted or too old', () => {
    const page = { entries: [entry('a', NOW - DAY_MS)], hasOlder: false };
    const held = [
      saved('a', NOW - DAY_MS),
      saved('bo-only', NOW, { participantIds: ['bo'] }),
      saved('deleted', NOW, { deletedAt: NOW }),
      { ...saved('old', NOW), savedAt: NOW - 60_000 },
    ];
    expect(withSavedTouches(page, held, options)).toBe(page);
  });
});
