import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { clearDemo, loadDemo, startEmpty, writeNetwork } from './demo';
import { writeTouches } from './touch-logs';
import { readAllTouches } from '../reads/touches';
import { DEMO_PARAMS, generateNetwork } from '../../domain/demo/generate-network';
import type { Contact, Group, Id, Touch, Relation } from '../../domain/types';
import { freshDatabase, makePerson } from '../../../tests/support/log-seed';

const NOW = Date.UTC(2025, 5, 2, 9, 30);
const DAY_MS = 24 * 60 * 60 * 1000;
// Each test writes the whole demo into fake-indexeddb: allow for a busy machine.
const SLOW = { timeout: 30_000 };

beforeEach(freshDatabase);

/** A person the user added themselves, named Mona unless the overrides say otherwise. */
function manualContact(id: Id, overrides: Partial<Contact> = {}): Contact {
  return makePerson('Mona', 'Manual', { id, createdAt: NOW, updatedAt: NOW, ...overrides });
}

/** Logs a touch the way the app stores one: in the log of each participant. */
async function logTouch(id: Id, participantIds: Id[], at: number, source: 'manual' | 'demo') {
  const touch: Touch = {
    id,
    createdAt: at,
    updatedAt: at,
    source,
    at,
    kind: 'coffee',
    participantIds,
    note: '',
    initiator: 'me',
    gave: [],
    received: [],
    askedForHelp: false,
  };
  await db.transaction('rw', db.touchLogs, () => writeTouches([touch]));
}

/** Every stored touch by id, deleted ones included. */
async function touchesById(): Promise<Map<Id, Touch>> {
  return new Map((await readAllTouches()).map((touch) => [touch.id, touch]));
}

/** The people whose logs hold each touch, as `touchId:contactId`, sorted. */
async function logEntries(): Promise<string[]> {
  const logs = await db.touchLogs.toArray();
  return logs.flatMap((log) => log.touches.map((touch) => `${touch.id}:${log.contactId}`)).sort();
}

async function demoPersonIds(): Promise<Id[]> {
  return db.contacts.where('source').equals('demo').primaryKeys();
}

describe('loadDemo', SLOW, () => {
  it('writes the whole demo network and marks the first run done', async () => {
    expect(await loadDemo(NOW)).toBe('loaded');
    const expected = generateNetwork({ ...DEMO_PARAMS, now: NOW });
    expect(await db.contacts.count()).toBe(expected.contacts.length);
    const touches = await readAllTouches();
    expect(touches).toHaveLength(expected.interactions.length);
    expect(new Set(touches.map((touch) => touch.id))).toEqual(
      new Set(expected.interactions.map((touch) => touch.id)),
    );
    // Every participation the generator lists is a touch in that person's log.
    expect(await logEntries()).toEqual(
      expected.participations.map((row) => `${row.interactionId}:${row.contactId}`).sort(),
    );
    const firstTouch = expected.interactions[0];
    const firstLog = firstTouch && (await db.touchLogs.get(firstTouch.participantIds[0] ?? ''));
    expect(firstLog?.touches.find((touch) => touch.id === firstTouch?.id)).toEqual(firstTouch);
    expect(await db.relations.count()).toBe(expected.relations.length);
    expect(await db.groups.count()).toBe(expected.groups.length);
    expect(await db.goals.count()).toBe(expected.goals.length);
    const first = expected.contacts[0];
    expect(first && (await db.contacts.get(first.id))).toEqual(first);
    const settings = await db.settings.get('settings');
    expect(settings?.hasDemoData).toBe(true);
    expect(settings?.onboardedAt).toBe(NOW);
  });

  it('refuses to load the demo a second time', async () => {
    await loadDemo(NOW);
    expect(await loadDemo(NOW + DAY_MS)).toBe('already-loaded');
    expect(await db.contacts.count()).toBe(DEMO_PARAMS.peopleCount);
    expect(await readAllTouches()).toHaveLength(DEMO_PARAMS.touchCount);
  });

  it('keeps the date of a first run that was already made', async () => {
    await startEmpty(NOW - DAY_MS);
    await loadDemo(NOW);
    expect((await db.settings.get('settings'))?.onboardedAt).toBe(NOW - DAY_MS);
  });
});

describe('startEmpty', () => {
  it('marks the first run done without adding anyone', async () => {
    await startEmpty(NOW);
    expect((await db.settings.get('settings'))?.onboardedAt).toBe(NOW);
    expect((await db.settings.get('settings'))?.hasDemoData).toBe(false);
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('writeNetwork', SLOW, () => {
  it('writes a generated network of any size', async () => {
    const network = generateNetwork({
      seed: 3,
      peopleCount: 40,
      touchCount: 200,
      years: 1,
      now: NOW,
    });
    await writeNetwork(network);
    expect(await db.contacts.count()).toBe(40);
    expect(await readAllTouches()).toHaveLength(200);
    expect(await logEntries()).toHaveLength(network.participations.length);
  });
});

describe('clearDemo', SLOW, () => {
  it('removes exactly the demo data and leaves the user’s person and touch intact', async () => {
    await loadDemo(NOW);
    await db.contacts.add(manualContact('mona', { lastTouchAt: NOW - DAY_MS, touchCount: 1 }));
    await logTouch('mona-coffee', ['mona'], NOW - DAY_MS, 'manual');

    expect(await clearDemo(NOW)).toEqual({
      people: DEMO_PARAMS.peopleCount,
      touches: DEMO_PARAMS.touchCount,
    });

    expect(await db.contacts.toArray()).toEqual([
      manualContact('mona', { lastTouchAt: NOW - DAY_MS, touchCount: 1 }),
    ]);
    expect(await logEntries()).toEqual(['mona-coffee:mona']);
    expect(await db.relations.count()).toBe(0);
    expect(await db.groups.count()).toBe(0);
    expect(await db.goals.count()).toBe(0);
    expect((await db.settings.get('settings'))?.hasDemoData).toBe(false);
  });

  it('lets the demo be loaded again afterwards', async () => {
    await loadDemo(NOW);
    await clearDemo(NOW);
    expect(await loadDemo(NOW)).toBe('loaded');
  });

  it('keeps a touch the user logged with a demo person, without the demo person', async () => {
    await loadDemo(NOW);
    const [demoId, otherDemoId] = await demoPersonIds();
    if (!demoId || !otherDemoId) throw new Error('the demo has people');
    await db.contacts.add(manualContact('mona'));
    await logTouch('together', ['mona', demoId], NOW - DAY_MS, 'manual');
    await logTouch('demo-only', [otherDemoId], NOW - 2 * DAY_MS, 'manual');

    await clearDemo(NOW + 1);

    const together = (await touchesById()).get('together');
    expect(together?.participantIds).toEqual(['mona']);
    expect(together?.updatedAt).toBe(NOW + 1);
    expect((await touchesById()).has('demo-only')).toBe(false);
    expect(await logEntries()).toEqual(['together:mona']);
    expect((await db.touchLogs.get('mona'))?.updatedAt).toBe(NOW + 1);
  });

  it('recomputes the last touch of the user’s person who was in a demo touch', async () => {
    await loadDemo(NOW);
    const demoTouch = (await readAllTouches())
      .filter((touch) => touch.source === 'demo')
      .reduce<Touch | undefined>(
        (latest, touch) => (latest === undefined || touch.at > latest.at ? touch : latest),
        undefined,
      );
    if (!demoTouch) throw new Error('the demo has touches');
    // The user added their own person to a demo touch, and also logged one of their own.
    await db.contacts.add(manualContact('mona', { lastTouchAt: demoTouch.at, touchCount: 2 }));
    await logTouch(demoTouch.id, [...demoTouch.participantIds, 'mona'], demoTouch.at, 'demo');
    await logTouch('own', ['mona'], demoTouch.at - 10 * DAY_MS, 'manual');

    await clearDemo(NOW);

    expect((await touchesById()).has(demoTouch.id)).toBe(false);
    expect(await logEntries()).toEqual(['own:mona']);
    const mona = await db.contacts.get('mona');
    expect(mona?.lastTouchAt).toBe(demoTouch.at - 10 * DAY_MS);
    expect(mona?.touchCount).toBe(1);
  });

  it('removes a demo touch that only the user’s people are on any more', async () => {
    await loadDemo(NOW);
    await db.contacts.add(manualContact('mona', { lastTouchAt: NOW - DAY_MS, touchCount: 1 }));
    // The demo people were all taken off it: only Mona's log holds it.
    await logTouch('moved', ['mona'], NOW - DAY_MS, 'demo');

    expect(await clearDemo(NOW)).toMatchObject({ touches: DEMO_PARAMS.touchCount + 1 });

    expect(await db.touchLogs.count()).toBe(0);
    const mona = await db.contacts.get('mona');
    expect(mona?.touchCount).toBe(0);
    expect(mona?.lastTouchAt).toBeUndefined();
  });

  it('drops the user’s links to demo people but keeps the rest of their records', async () => {
    await loadDemo(NOW);
    const [demoId] = await demoPersonIds();
    if (!demoId) throw new Error('the demo has people');
    await db.contacts.bulkAdd([
      manualContact('mona', { metViaId: demoId }),
      manualContact('nils', { givenName: 'Nils' }),
    ]);
    const stamps = { createdAt: NOW, updatedAt: NOW, source: 'manual' as const };
    const relations: Relation[] = [
      { ...stamps, id: 'r1', fromId: 'mona', toId: demoId, kind: 'knows', note: '' },
      { ...stamps, id: 'r2', fromId: 'mona', toId: 'nils', kind: 'knows', note: '' },
    ];
    await db.relations.bulkAdd(relations);
    const circle: Group = {
      ...stamps,
      id: 'g1',
      name: 'Book club',
      kind: 'circle',
      memberIds: ['mona', demoId, 'nils'],
      hasSpeakers: false,
      hasSocialActivities: true,
      hasSports: false,
      leadersExperience: '',
      notes: '',
    };
    await db.groups.add(circle);
    const introduction = {
      ...stamps,
      direction: 'i-make' as const,
      note: '',
      state: 'asked' as const,
      stateAt: { asked: NOW },
    };
    await db.introductions.bulkAdd([
      { ...introduction, id: 'i1', firstId: 'mona', secondId: demoId },
      { ...introduction, id: 'i2', firstId: 'mona', secondId: 'nils' },
    ]);
    const ask = { ...stamps, at: NOW, what: '', outcome: 'pending' as const };
    await db.asks.bulkAdd([
      { ...ask, id: 'a1', contactId: demoId },
      { ...ask, id: 'a2', contactId: 'nils' },
    ]);

    await clearDemo(NOW);

    expect(await db.introductions.toCollection().primaryKeys()).toEqual(['i2']);
    expect(await db.asks.toCollection().primaryKeys()).toEqual(['a2']);

    expect((await db.contacts.get('mona'))?.metViaId).toBeUndefined();
    expect(await db.relations.toCollection().primaryKeys()).toEqual(['r2']);
    expect((await db.groups.get('g1'))?.memberIds).toEqual(['mona', 'nils']);
    expect(await db.contacts.count()).toBe(2);
  });
});
