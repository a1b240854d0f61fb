// Property (docs/storage.md, "A person's derived fields"): after any random sequence of
// writes through the real write paths – touches added (back-dated too, several people at
// once), edited (moved between people, kind, flows and initiator changed), deleted and
// restored; people's tier, custom cadence and pause changed; the tier cadences changed in
// Settings; asks logged, their outcome set to helped, declined or back to pending, and those
// changes undone; introductions made and unmade (a give to both, or a relation), and
// undone – every person's stored derived fields equal a rebuild from scratch
// (rebuildAllDerived, from each person's touch log), and that rebuild equals the pure rebuild
// over every touch by its participantIds, so each touch is in the log of every person it names.
// Decayed sums are compared by reading both at a common time, within a relative 1e-9.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pauseContact, resumeContact, updateContact } from '../writes/people';
import { db } from '../db';
import { readAllTouches } from '../reads/touches';
import { rebuildAllDerived } from './contact-fields';
import { updateTieSettings } from '../writes/settings';
import { logAsk, setAskOutcome, undoAskChange, type AskChange } from '../writes/asks';
import {
  createIntroduction,
  setIntroductionState,
  undoIntroductionChange,
  type IntroductionChange,
} from '../writes/introductions';
import { isWriteError } from '../write-errors';
import {
  addTouch,
  deleteTouch,
  undoDeleteTouch,
  updateTouch,
  type TouchInput,
} from '../writes/touches';
import {
  readDecayed,
  rebuildDerived,
  RECIPROCITY_HALF_LIFE_MS,
  STRENGTH_HALF_LIFE_MS,
} from '../../domain/tie-health';
import {
  DEFAULT_SETTINGS,
  INTRODUCTION_DIRECTIONS,
  INTRODUCTION_STATES,
  type AskOutcome,
  type IntroductionDirection,
  type IntroductionState,
  TOUCH_KINDS,
  TIERS,
  VALUE_KINDS,
  type Contact,
  type ContactDerived,
  type Decayed,
  type Tier,
} from '../../domain/types';
import {
  freshDatabase,
  makePerson,
  seedPeople,
  touchRef,
  storedTouch,
} from '../../../tests/support/log-seed';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2025, 4, 20, 12, 0);
const PEOPLE = 3;
/** Touches go back about two years: far enough for strong decay, within float precision. */
const SPAN_MINUTES = (700 * DAY_MS) / 60_000;

type Step =
  | { op: 'add'; draft: TouchInput }
  | { op: 'edit'; target: number; draft: TouchInput }
  | { op: 'delete'; target: number }
  | { op: 'undo'; target: number }
  | { op: 'tier'; person: number; tier: Tier }
  | { op: 'cadence'; person: number; cadenceDays: number | null | undefined }
  | { op: 'pause'; person: number; isPaused: boolean }
  | { op: 'ask'; person: number; at: number }
  | { op: 'outcome'; target: number; outcome: AskOutcome; at: number }
  | { op: 'undo-ask' }
  | { op: 'introduce'; first: number; direction: IntroductionDirection; at: number }
  | { op: 'move-introduction'; target: number; state: IntroductionState; at: number }
  | { op: 'undo-introduction' }
  | { op: 'settings'; close: number; acquaintance: number | null };

const timeArb = fc.oneof(
  fc.integer({ min: -SPAN_MINUTES, max: 60 * 24 }).map((minutes) => NOW + minutes * 60_000),
  // Shared instants, so that touches at the same moment (and the kind tie-break) are common.
  fc.constantFrom(NOW, NOW - 30 * DAY_MS, NOW - 400 * DAY_MS),
);
// Placeholder participants 0..2; mapped to real ids when the step runs.
const draftArb: fc.Arbitrary<TouchInput> = fc.record({
  at: timeArb,
  kind: fc.constantFrom(...TOUCH_KINDS),
  participantIds: fc
    .subarray(['0', '1', '2'], { minLength: 1 })
    .chain((ids) => fc.shuffledSubarray(ids, { minLength: ids.length })),
  note: fc.constant(''),
  initiator: fc.constantFrom('me' as const, 'them' as const, 'unknown' as const),
  gave: fc.subarray([...VALUE_KINDS]),
  received: fc.subarray([...VALUE_KINDS]),
  askedForHelp: fc.boolean(),
});
const personArb = fc.nat(PEOPLE - 1);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('add' as const), draft: draftArb }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('edit' as const), target: fc.nat(), draft: draftArb }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), target: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('undo' as const), target: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('tier' as const),
      person: personArb,
      tier: fc.constantFrom(...TIERS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('cadence' as const),
      person: personArb,
      cadenceDays: fc.constantFrom(undefined, null, 7, 45),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('pause' as const),
      person: personArb,
      isPaused: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('ask' as const), person: personArb, at: timeArb }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('outcome' as const),
      target: fc.nat(),
      outcome: fc.constantFrom('helped' as const, 'declined' as const, 'pending' as const),
      at: timeArb,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'undo-ask' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('introduce' as const),
      first: personArb,
      direction: fc.constantFrom(...INTRODUCTION_DIRECTIONS),
      at: fc.constant(NOW - 30 * DAY_MS),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('move-introduction' as const),
      target: fc.nat(),
      state: fc.constantFrom(...INTRODUCTION_STATES),
      at: fc.integer({ min: -29, max: 0 }).map((days) => NOW + days * DAY_MS),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'undo-introduction' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('settings' as const),
      close: fc.integer({ min: 1, max: 120 }),
      acquaintance: fc.constantFrom(null, 365, 500),
    }),
  },
);

function expectClose(kept: Decayed, rebuilt: Decayed, halfLifeMs: number, what: string): void {
  const readAt = Math.max(kept.at, rebuilt.at);
  const a = readDecayed(kept, readAt, halfLifeMs);
  const b = readDecayed(rebuilt, readAt, halfLifeMs);
  expect(Math.abs(a - b), what).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(a), Math.abs(b)));
}

function expectSameDerived(kept: ContactDerived, rebuilt: ContactDerived, who: string): void {
  expect(kept.lastTouchAt, `${who} lastTouchAt`).toBe(rebuilt.lastTouchAt);
  expect(kept.lastTouchKind, `${who} lastTouchKind`).toBe(rebuilt.lastTouchKind);
  expect(kept.nextDueAt, `${who} nextDueAt`).toBe(rebuilt.nextDueAt);
  expect(kept.touchCount, `${who} touchCount`).toBe(rebuilt.touchCount);
  expect(kept.initiative, `${who} initiative`).toEqual(rebuilt.initiative);
  expectClose(kept.strength, rebuilt.strength, STRENGTH_HALF_LIFE_MS, `${who} strength`);
  expectClose(kept.gave, rebuilt.gave, RECIPROCITY_HALF_LIFE_MS, `${who} gave`);
  expectClose(kept.received, rebuilt.received, RECIPROCITY_HALF_LIFE_MS, `${who} received`);
}

/** Asks and introductions written so far, and the last change of each, for its undo. */
type Steps = {
  askIds: string[];
  introductionIds: string[];
  lastAskChange?: AskChange | undefined;
  lastIntroductionChange?: IntroductionChange | undefined;
};

/** Runs a write the state machine or a stale undo may refuse; a refusal writes nothing. */
async function unlessRefused<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (error) {
    if (isWriteError(error)) return undefined;
    throw error;
  }
}

function pick(ids: readonly string[], target: number): string | undefined {
  return ids[target % Math.max(1, ids.length)];
}

async function runGoalStep(step: Step, people: readonly Contact[], made: Steps): Promise<void> {
  const idOf = (index: number) => people[index % people.length]?.id ?? '';
  switch (step.op) {
    case 'ask':
      made.askIds.push(await logAsk({ contactId: idOf(step.person), what: '', at: step.at }, NOW));
      return;
    case 'outcome': {
      const id = pick(made.askIds, step.target);
      if (id) made.lastAskChange = await setAskOutcome(id, step.outcome, step.at, NOW);
      return;
    }
    case 'undo-ask':
      if (made.lastAskChange) await unlessRefused(undoAskChange(made.lastAskChange, NOW));
      made.lastAskChange = undefined;
      return;
    case 'introduce':
      made.introductionIds.push(
        await createIntroduction(
          {
            direction: step.direction,
            firstId: idOf(step.first),
            secondId: idOf(step.first + 1),
            note: '',
            at: step.at,
          },
          NOW,
        ),
      );
      return;
    case 'move-introduction': {
      const id = pick(made.introductionIds, step.target);
      if (!id) return;
      const change = await unlessRefused(setIntroductionState(id, step.state, step.at, NOW));
      if (change) made.lastIntroductionChange = change;
      return;
    }
    case 'undo-introduction':
      if (made.lastIntroductionChange) {
        await unlessRefused(undoIntroductionChange(made.lastIntroductionChange, NOW));
      }
      made.lastIntroductionChange = undefined;
      return;
    default:
      return;
  }
}

async function runStep(
  step: Step,
  people: readonly Contact[],
  touchIds: string[],
  made: Steps,
): Promise<void> {
  const idOf = (index: number) => people[index]?.id ?? '';
  const withPeople = (draft: TouchInput): TouchInput => ({
    ...draft,
    participantIds: draft.participantIds.map((index) => idOf(Number(index))),
  });
  const target = 'target' in step ? touchIds[step.target % Math.max(1, touchIds.length)] : '';
  switch (step.op) {
    case 'add':
      touchIds.push(await addTouch(withPeople(step.draft), NOW));
      return;
    case 'edit':
      if (target && (await storedTouch(target))?.deletedAt === undefined) {
        await updateTouch(await touchRef(target), withPeople(step.draft), NOW);
      }
      return;
    case 'delete':
      if (target) await deleteTouch(await touchRef(target), NOW);
      return;
    case 'undo':
      if (target) await undoDeleteTouch(await touchRef(target), NOW);
      return;
    case 'tier':
      await updateContact(idOf(step.person), { tier: step.tier }, NOW);
      return;
    case 'cadence':
      await updateContact(idOf(step.person), { cadenceDays: step.cadenceDays }, NOW);
      return;
    case 'pause':
      await (step.isPaused ? pauseContact : resumeContact)(idOf(step.person), NOW);
      return;
    case 'settings':
      await updateTieSettings({
        tierCadenceDays: {
          ...DEFAULT_SETTINGS.tierCadenceDays,
          close: step.close,
          acquaintance: step.acquaintance,
        },
      });
      return;
    default:
      await runGoalStep(step, people, made);
  }
}

describe('derived fields in the database', () => {
  it('equal a full rebuild after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 16 }), async (steps) => {
        await freshDatabase();
        const people = await seedPeople(
          makePerson('Anna', 'Berg', { createdAt: NOW - 800 * DAY_MS, tier: 'close' }),
          makePerson('Bo', 'Ek', { createdAt: NOW - 10 * DAY_MS, tier: 'inner' }),
          makePerson('Cecilia', 'Lund', { createdAt: NOW - 300 * DAY_MS, tier: 'acquaintance' }),
        );
        // Seeded rows carry no next-due time; a rebuild gives them theirs before the writes.
        await rebuildAllDerived();
        const touchIds: string[] = [];
        const made: Steps = { askIds: [], introductionIds: [] };
        for (const step of steps) await runStep(step, people, touchIds, made);

        const kept = await db.contacts.toArray();
        await rebuildAllDerived();
        const rebuilt = new Map((await db.contacts.toArray()).map((c) => [c.id, c]));
        const settings = (await db.settings.get('settings')) ?? DEFAULT_SETTINGS;
        const live = (await readAllTouches()).filter((t) => t.deletedAt === undefined);
        for (const contact of kept) {
          const fromScratch = rebuilt.get(contact.id);
          if (!fromScratch) throw new Error(`${contact.id} vanished`);
          expectSameDerived(contact, fromScratch, contact.givenName);
          const theirs = live.filter((touch) => touch.participantIds.includes(contact.id));
          expectSameDerived(
            fromScratch,
            rebuildDerived(contact, theirs, settings),
            `${contact.givenName} (interactions table)`,
          );
        }
      }),
      { numRuns: 60 },
    );
    // Sixty databases, each written by a random sequence of writes (asks and introductions
    // too): 5.9 s measured with both cores shared by four engineers, past the default 5 s.
  }, 60_000);
});
