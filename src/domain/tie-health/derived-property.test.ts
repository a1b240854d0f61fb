// Property: after any sequence of writes – touches added (back-dated or not, several people
// at once), removed, edited, and people's tier, cadence or pause changed – the incrementally
// kept fields equal a rebuild from the remaining touches (decayed sums within a relative
// error of 1e-9, everything else exactly).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDerived } from '../contact';
import { TOUCH_KINDS, TIERS, VALUE_KINDS, type ContactDerived, type Decayed } from '../types';
import { readDecayed } from './decayed';
import { applyTouch, removeTouch, withNextDueAt, type DerivedOwner } from './derived';
import { SETTINGS } from '../../../tests/support/tie-health';
import { rebuildDerived } from './rebuild-derived';
import { RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { STRENGTH_HALF_LIFE_MS } from './strength';
import { latestTouchOf, type TouchFacts } from './touch';
import { DAY_MS } from './zone-days';

const PEOPLE = 3;
const START = Date.UTC(2023, 0, 1);
const SPAN_MINUTES = (2 * 365 * DAY_MS) / 60_000; // two years of touches

type GroupTouch = TouchFacts & { participants: number[] };

const timeArb = fc.oneof(
  fc.integer({ min: 0, max: SPAN_MINUTES }).map((minutes) => START + minutes * 60_000),
  // A few shared instants, so that touches at the same time are common.
  fc.constantFrom(START, START + 100 * DAY_MS, START + 400 * DAY_MS),
);
const touchArb: fc.Arbitrary<GroupTouch> = fc.record({
  at: timeArb,
  kind: fc.constantFrom(...TOUCH_KINDS),
  initiator: fc.constantFrom('me' as const, 'them' as const, 'unknown' as const),
  gave: fc.subarray([...VALUE_KINDS]),
  received: fc.subarray([...VALUE_KINDS]),
  askedForHelp: fc.boolean(),
  participants: fc.subarray([0, 1, 2], { minLength: 1 }),
});
const ownerArb: fc.Arbitrary<DerivedOwner> = fc.record({
  createdAt: fc.constant(START - 30 * DAY_MS),
  tier: fc.constantFrom(...TIERS),
  cadenceDays: fc.constantFrom(undefined, null, 7, 45),
  isPaused: fc.boolean(),
});
const opArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('add' as const), touch: touchArb }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('edit' as const), pick: fc.nat(), touch: touchArb }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('owner' as const),
      person: fc.nat(PEOPLE - 1),
      owner: ownerArb,
    }),
  },
);

function expectClose(kept: Decayed, rebuilt: Decayed, halfLifeMs: number): void {
  const readAt = Math.max(kept.at, rebuilt.at);
  const a = readDecayed(kept, readAt, halfLifeMs);
  const b = readDecayed(rebuilt, readAt, halfLifeMs);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(a), Math.abs(b)));
}

function expectSame(kept: ContactDerived, rebuilt: ContactDerived): void {
  expect(kept.lastTouchAt).toBe(rebuilt.lastTouchAt);
  expect(kept.lastTouchKind).toBe(rebuilt.lastTouchKind);
  expect(kept.nextDueAt).toBe(rebuilt.nextDueAt);
  expect(kept.touchCount).toBe(rebuilt.touchCount);
  expect(kept.initiative).toEqual(rebuilt.initiative);
  expectClose(kept.strength, rebuilt.strength, STRENGTH_HALF_LIFE_MS);
  expectClose(kept.gave, rebuilt.gave, RECIPROCITY_HALF_LIFE_MS);
  expectClose(kept.received, rebuilt.received, RECIPROCITY_HALF_LIFE_MS);
}

describe('derived fields kept incrementally', () => {
  it('equal a rebuild after any sequence of writes', () => {
    fc.assert(
      fc.property(
        fc.array(ownerArb, { minLength: PEOPLE, maxLength: PEOPLE }),
        fc.array(opArb, { maxLength: 60 }),
        (startOwners, ops) => {
          const owners = [...startOwners];
          const kept = owners.map((owner) => rebuildDerived(owner, [], SETTINGS));
          let touches: GroupTouch[] = [];
          const touchesOf = (person: number, among = touches) =>
            among.filter((t) => t.participants.includes(person));

          const remove = (removed: GroupTouch) => {
            const remaining = touches.filter((t) => t !== removed);
            for (const person of removed.participants) {
              const latest = latestTouchOf(touchesOf(person, remaining));
              kept[person] = removeTouch(
                kept[person] as ContactDerived,
                removed,
                latest,
                owners[person] as DerivedOwner,
                SETTINGS,
              );
            }
            touches = remaining;
          };
          const add = (added: GroupTouch) => {
            for (const person of added.participants) {
              kept[person] = applyTouch(
                kept[person] as ContactDerived,
                added,
                owners[person] as DerivedOwner,
                SETTINGS,
              );
            }
            touches = [...touches, added];
          };

          for (const op of ops) {
            if (op.type === 'add') add(op.touch);
            else if (op.type === 'owner') {
              owners[op.person] = op.owner;
              kept[op.person] = withNextDueAt(
                kept[op.person] as ContactDerived,
                op.owner,
                SETTINGS,
              );
            } else if (touches.length > 0) {
              const target = touches[op.pick % touches.length] as GroupTouch;
              remove(target);
              if (op.type === 'edit') add(op.touch);
            }
            for (let person = 0; person < PEOPLE; person += 1) {
              const rebuilt = rebuildDerived(
                owners[person] as DerivedOwner,
                touchesOf(person),
                SETTINGS,
              );
              expectSame(kept[person] as ContactDerived, rebuilt);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 sequences of writes, each checked against a rebuild: 1 s with both cores busy.
  }, 20_000);

  it('starts from the fields of a new person', () => {
    const owner: DerivedOwner = { createdAt: START, tier: 'close', isPaused: false };
    expect(rebuildDerived(owner, [], SETTINGS)).toEqual({
      ...emptyDerived(),
      nextDueAt: START + 30 * DAY_MS,
    });
  });
});
