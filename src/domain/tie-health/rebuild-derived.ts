// A person's derived fields computed from scratch from all of their touches. Written
// independently of derived.ts (direct sums, not a replay of applyTouch) so that the
// property test comparing the two checks the arithmetic and not just itself. Use it to
// repair fields, after an import, or when settings change every person's cadence.

import { emptyDerived } from '../contact';
import type { ContactDerived } from '../types';
import { effectiveCadenceDays, nextDueAtOf, type CadenceSettings } from './cadence';
import { decayFactor } from './decayed';
import type { DerivedOwner } from './derived';
import { gaveUnitsOf, receivedUnitsOf, RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { STRENGTH_HALF_LIFE_MS, touchWeight } from './strength';
import { latestTouchOf, type TouchFacts } from './touch';

/** The derived fields of a person with exactly these touches (in any order). */
export function rebuildDerived(
  owner: DerivedOwner,
  touches: readonly TouchFacts[],
  settings: CadenceSettings,
): ContactDerived {
  const cadenceDays = effectiveCadenceDays(owner, settings);
  const latest = latestTouchOf(touches);
  if (!latest) {
    return {
      ...emptyDerived(),
      nextDueAt: nextDueAtOf(undefined, owner.createdAt, cadenceDays, owner.isPaused),
    };
  }
  let strength = 0;
  let gave = 0;
  let received = 0;
  const initiative = { me: 0, them: 0, unknown: 0 };
  for (const touch of touches) {
    // Every sum is kept at the latest touch's time, so each factor is at most 1.
    const strengthFactor = decayFactor(latest.at - touch.at, STRENGTH_HALF_LIFE_MS);
    const valueFactor = decayFactor(latest.at - touch.at, RECIPROCITY_HALF_LIFE_MS);
    strength += touchWeight(touch.kind) * strengthFactor;
    gave += gaveUnitsOf(touch) * valueFactor;
    received += receivedUnitsOf(touch) * valueFactor;
    initiative[touch.initiator] += 1;
  }
  return {
    lastTouchAt: latest.at,
    lastTouchKind: latest.kind,
    nextDueAt: nextDueAtOf(latest.at, owner.createdAt, cadenceDays, owner.isPaused),
    touchCount: touches.length,
    strength: { value: strength, at: latest.at },
    gave: { value: gave, at: latest.at },
    received: { value: received, at: latest.at },
    initiative,
  };
}
