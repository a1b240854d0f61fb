import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { addTouch, deleteTouch, updateTouch } from '../db/writes/touches';
import { readTimeline } from './use-timeline';
import {
  freshDatabase,
  makePerson,
  seedPeople,
  touchDraft,
  touchRef,
} from '../../tests/support/log-seed';
import type { Contact } from '../domain/types';

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
    await addTouch(draft([anna.id], NOW - 5 * DAY_MS, 'middle'), NOW);
    await addTouch(draft([anna.id], NOW, 'newest'), NOW);
    await addTouch(draft([anna.id], NOW - 50 * DAY_MS, 'oldest'), NOW);
    await addTouch(draft([bo.id], NOW - DAY_MS, 'not Anna'), NOW);

    const timeline = await readTimeline(anna.id);
    expect(timeline.map((entry) => entry.touch.note)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('reads only the newest touches when given a limit, skipping deleted ones', async () => {
    for (let day = 0; day < 5; day++) {
      await addTouch(draft([anna.id], NOW - day * DAY_MS, `day ${day}`), NOW);
    }
    const newest = (await readTimeline(anna.id)).find((entry) => entry.touch.note === 'day 0');
    if (!newest) throw new Error('the newest touch is missing');
    await deleteTouch(await touchRef(newest.touch.id), NOW);
    const timeline = await readTimeline(anna.id, 2);
    expect(timeline.map((entry) => entry.touch.note)).toEqual(['day 1', 'day 2']);
  });

  it('skips deleted touches, however many of the newest are deleted', async () => {
    await addTouch(draft([anna.id], NOW - 40 * DAY_MS, 'older'), NOW);
    await addTouch(draft([anna.id], NOW - 30 * DAY_MS, 'old'), NOW);
    // 25 newer touches, all undone: more than the page has room for.
    for (let day = 0; day < 25; day++) {
      const id = await addTouch(draft([anna.id], NOW - day * DAY_MS, `undone ${day}`), NOW);
      await deleteTouch({ id, participantIds: [anna.id] }, NOW);
    }
    const timeline = await readTimeline(anna.id, 2);
    expect(timeline.map((entry) => entry.touch.note)).toEqual(['old', 'older']);
    expect((await readTimeline(anna.id, 1)).map((entry) => entry.touch.note)).toEqual(['old']);
  });

  it('leaves out deleted touches', async () => {
    const kept = await addTouch(draft([anna.id], NOW - DAY_MS, 'kept'), NOW);
    const gone = await addTouch(draft([anna.id], NOW, 'gone'), NOW);
    await deleteTouch(await touchRef(gone), NOW);
    const timeline = await readTimeline(anna.id);
    expect(timeline.map((entry) => entry.touch.id)).toEqual([kept]);
  });

  it('names the other people on a multi-person touch', async () => {
    await addTouch(draft([anna.id, bo.id, cecilia.id], NOW), NOW);
    const [entry] = await readTimeline(bo.id);
    expect(entry?.others).toEqual([
      { id: anna.id, name: 'Anna Berg' },
      { id: cecilia.id, name: 'Cecilia Lund' },
    ]);
  });

  it('follows a touch that was moved to someone else or back-dated', async () => {
    const first = await addTouch(draft([anna.id], NOW - DAY_MS, 'first'), NOW);
    await addTouch(draft([anna.id], NOW - 2 * DAY_MS, 'second'), NOW);
    await updateTouch(await touchRef(first), draft([anna.id], NOW - 9 * DAY_MS, 'first'), NOW);
    expect((await readTimeline(anna.id)).map((entry) => entry.touch.note)).toEqual([
      'second',
      'first',
    ]);
    await updateTouch(await touchRef(first), draft([bo.id], NOW - 9 * DAY_MS, 'first'), NOW);
    expect((await readTimeline(anna.id)).map((entry) => entry.touch.note)).toEqual(['second']);
    expect((await readTimeline(bo.id)).map((entry) => entry.touch.note)).toEqual(['first']);
  });

  it('is empty for a person with no touches', async () => {
    expect(await readTimeline(cecilia.id)).toEqual([]);
    expect(await db.touchLogs.get(cecilia.id)).toBeUndefined();
  });
});
