// Property: after any random sequence of writes through the real write paths – people
// created, edited (tier, cadence, birthday, expertise), archived, deleted and restored,
// paused and resumed; touches added, edited, deleted and restored; the tier cadences
// changed; every derived field rebuilt; the demo loaded and cleared – the packed week-plan
// inputs row (kept by planInputsMiddleware in each write's transaction) equals a rebuild
// from the contacts, and both equal exactly what makeWeekPlan reads from each contact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  archiveContact,
  createContact,
  deleteContact,
  pauseContact,
  resumeContact,
  unarchiveContact,
  undoDeleteContact,
  updateContact,
} from '../writes/people';
import { db } from '../db';
import { clearDemo, loadDemo } from '../writes/demo';
import { rebuildAllDerived } from './contact-fields';
import { updateTieSettings } from '../writes/settings';
import {
  addTouch,
  deleteTouch,
  undoDeleteTouch,
  updateTouch,
  type TouchInput,
} from '../writes/touches';
import {
  packPlanInputs,
  planContactOf,
  PlanInputs,
  planStatsPeople,
  type PlanStatsPerson,
} from '../codecs/plan-inputs';
import type { WeekPlanContact } from '../../domain/tie-health';
import { DEFAULT_SETTINGS, TOUCH_KINDS, TIERS, type Birthday, type Tier } from '../../domain/types';
import {
  freshDatabase,
  makePerson,
  seedPeople,
  touchRef,
  storedTouch,
} from '../../../tests/support/log-seed';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2025, 4, 20, 12, 0);

type Step =
  | { op: 'create'; tier: Tier; birthday: Birthday | undefined; expertise: string[] }
  | {
      op: 'edit';
      person: number;
      tier: Tier;
      cadenceDays: number | null | undefined;
      birthday: Birthday | undefined;
      expertise: string[];
    }
  | { op: 'archive' | 'unarchive' | 'delete' | 'undo-delete' | 'pause' | 'resume'; person: number }
  | { op: 'touch'; people: number[]; daysAgo: number; kind: TouchInput['kind'] }
  | { op: 'edit-touch' | 'delete-touch' | 'undo-touch'; target: number; people: number[] }
  | { op: 'settings'; close: number }
  | { op: 'rebuild' | 'demo' | 'clear-demo' };

const personArb = fc.nat({ max: 20 });
const birthdayArb = fc.option(
  fc.record(
    { month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) },
    { requiredKeys: ['month', 'day'] },
  ),
  { nil: undefined },
);
const expertiseArb = fc.subarray(['design', 'finance', 'law', 'hiring']);
const peopleArb = fc.uniqueArray(personArb, { minLength: 1, maxLength: 3 });

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    tier: fc.constantFrom(...TIERS),
    birthday: birthdayArb,
    expertise: expertiseArb,
  }),
  fc.record({
    op: fc.constant('edit' as const),
    person: personArb,
    tier: fc.constantFrom(...TIERS),
    cadenceDays: fc.constantFrom(undefined, null, 21, 60),
    birthday: birthdayArb,
    expertise: expertiseArb,
  }),
  fc.record({
    op: fc.constantFrom(
      'archive' as const,
      'unarchive' as const,
      'delete' as const,
      'undo-delete' as const,
      'pause' as const,
      'resume' as const,
    ),
    person: personArb,
  }),
  fc.record({
    op: fc.constant('touch' as const),
    people: peopleArb,
    daysAgo: fc.integer({ min: 0, max: 400 }),
    kind: fc.constantFrom(...TOUCH_KINDS),
  }),
  fc.record({
    op: fc.constantFrom('edit-touch' as const, 'delete-touch' as const, 'undo-touch' as const),
    target: fc.nat(),
    people: peopleArb,
  }),
  fc.record({ op: fc.constant('settings' as const), close: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ op: fc.constantFrom('rebuild' as const, 'demo' as const, 'clear-demo' as const) }),
);

function draftOf(ids: readonly string[], daysAgo: number, kind: TouchInput['kind']): TouchInput {
  return {
    at: NOW - daysAgo * DAY_MS,
    kind,
    participantIds: [...ids],
    initiator: 'me',
    askedForHelp: false,
    gave: ['help'],
    received: daysAgo % 2 === 0 ? ['advice'] : [],
    note: '',
  };
}

async function runStep(step: Step, people: string[], touchIds: string[]): Promise<void> {
  const idOf = (index: number) => people[index % people.length] ?? '';
  const isLive = async (id: string) => {
    const contact = await db.contacts.get(id);
    return contact !== undefined && contact.deletedAt === undefined;
  };
  const target = 'target' in step ? touchIds[step.target % Math.max(1, touchIds.length)] : '';
  if (step.op === 'undo-delete') {
    if ((await db.contacts.get(idOf(step.person))) === undefined) return;
    return undoDeleteContact(idOf(step.person), NOW);
  }
  // The person writes refuse a deleted (or demo-cleared) person, as the screens do.
  if ('person' in step && !(await isLive(idOf(step.person)))) return;
  switch (step.op) {
    case 'create':
      people.push(
        await createContact(
          {
            givenName: `P${people.length}`,
            tier: step.tier,
            birthday: step.birthday,
            expertise: step.expertise,
          },
          NOW,
        ),
      );
      return;
    case 'edit':
      await updateContact(
        idOf(step.person),
        {
          tier: step.tier,
          cadenceDays: step.cadenceDays,
          birthday: step.birthday,
          expertise: step.expertise,
        },
        NOW,
      );
      return;
    case 'archive':
      return archiveContact(idOf(step.person), NOW);
    case 'unarchive':
      return unarchiveContact(idOf(step.person), NOW);
    case 'delete':
      return deleteContact(idOf(step.person), NOW);
    case 'pause':
      return pauseContact(idOf(step.person), NOW);
    case 'resume':
      return resumeContact(idOf(step.person), NOW);
    case 'touch': {
      const ids = [...new Set(step.people.map(idOf))];
      const live = [];
      for (const id of ids) if (await isLive(id)) live.push(id);
      if (live.length === 0) return;
      touchIds.push(await addTouch(draftOf(live, step.daysAgo, step.kind), NOW));
      return;
    }
    case 'edit-touch': {
      if (!target || (await storedTouch(target))?.deletedAt !== undefined) return;
      const live = [];
      for (const id of new Set(step.people.map(idOf))) if (await isLive(id)) live.push(id);
      if (live.length === 0) return;
      await updateTouch(await touchRef(target), draftOf(live, 3, 'call'), NOW);
      return;
    }
    case 'delete-touch':
      if (target) await deleteTouch(await touchRef(target), NOW);
      return;
    case 'undo-touch':
      if (target) await undoDeleteTouch(await touchRef(target), NOW);
      return;
    case 'settings':
      return updateTieSettings({
        tierCadenceDays: { ...DEFAULT_SETTINGS.tierCadenceDays, close: step.close },
      });
    case 'rebuild':
      return rebuildAllDerived();
    case 'demo':
      await loadDemo(NOW);
      return;
    case 'clear-demo':
      await clearDemo(NOW);
      return;
  }
}

const byId = (a: WeekPlanContact, b: WeekPlanContact) => (a.id < b.id ? -1 : 1);

describe('the packed week-plan inputs', () => {
  it('equal a rebuild from the contacts after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 14 }), async (steps) => {
        await freshDatabase();
        const seeded = await seedPeople(
          makePerson('Anna', 'Berg', {
            createdAt: NOW - 800 * DAY_MS,
            tier: 'close',
            connectedOn: '2025-04-30',
          }),
          makePerson('Bo', 'Ek', {
            createdAt: NOW - 10 * DAY_MS,
            tier: 'inner',
            birthday: { month: 5, day: 21, year: 1990 },
            expertise: ['design'],
            cadenceDays: null,
            // Text that is not a day, as a backup may hold: the plan reads no connection.
            connectedOn: 'spring 2025',
          }),
        );
        const people = seeded.map((person) => person.id);
        const touchIds: string[] = [];
        for (const step of steps) await runStep(step, people, touchIds);

        const contacts = await db.contacts.toArray();
        const kept = PlanInputs.fromRows(await db.planInputs.toArray());
        expect(kept?.count).toBe(contacts.length);
        const rebuilt = PlanInputs.fromRows(packPlanInputs(contacts))?.contacts().sort(byId);
        expect(kept?.contacts().sort(byId)).toEqual(rebuilt);
        expect(rebuilt).toEqual(contacts.map(planContactOf).sort(byId));
        // The side figures' rows: exactly the people not deleted, with their current sums.
        const keyOf = ({ createdAt, source, gave, received }: PlanStatsPerson) =>
          JSON.stringify([createdAt, source, gave.value, gave.at, received.value, received.at]);
        const stats = planStatsPeople(await db.planStats.toArray());
        const live = contacts.filter((contact) => contact.deletedAt === undefined);
        expect(stats?.map(keyOf).sort()).toEqual(live.map(keyOf).sort());
      }),
      { numRuns: 40 },
    );
    // Forty runs of random writes through fake-indexeddb: seconds on a loaded machine.
  }, 60_000);
});
