// Incremental upkeep of a person's derived fields (docs/tie-health.md, "Derived fields"):
// each write that adds, removes or changes a touch applies the difference instead of
// rescanning the person's touches. rebuild-derived.ts computes the same fields from scratch;
// a property test holds the two equal. An edit is removeTouch(old) followed by
// applyTouch(new); a group touch is applied once to each participant, in full.

import { emptyDerived } from '../contact';
import type { Contact, ContactDerived, InitiativeCounts, Initiator } from '../types';
import { effectiveCadenceDays, nextDueAtOf, type CadenceSettings } from './cadence';
import { addToDecayed, removeFromDecayed } from './decayed';
import { gaveUnitsOf, receivedUnitsOf, RECIPROCITY_HALF_LIFE_MS } from './reciprocity';
import { STRENGTH_HALF_LIFE_MS, touchWeight } from './strength';
import { compareTouchMoments, type TouchFacts, type TouchMoment } from './touch';

/** What of the person (besides their touches) the derived fields depend on. */
export type DerivedOwner = Pick<Contact, 'createdAt' | 'tier' | 'cadenceDays' | 'isPaused'>;

function nextDueFor(
  lastTouchAt: number | undefined,
  owner: DerivedOwner,
  settings: CadenceSettings,
): number | undefined {
  return nextDueAtOf(
    lastTouchAt,
    owner.createdAt,
    effectiveCadenceDays(owner, settings),
    owner.isPaused,
  );
}

function countInitiator(
  initiative: InitiativeCounts,
  initiator: Initiator,
  change: 1 | -1,
): InitiativeCounts {
  return { ...initiative, [initiator]: Math.max(0, initiative[initiator] + change) };
}

function isNewLatest(touch: TouchFacts, derived: ContactDerived): boolean {
  if (derived.lastTouchAt === undefined) return true;
  // Fields written before lastTouchKind existed: the later or equal time wins.
  if (derived.lastTouchKind === undefined) return touch.at >= derived.lastTouchAt;
  return compareTouchMoments(touch, { at: derived.lastTouchAt, kind: derived.lastTouchKind }) > 0;
}

/** The derived fields after one more touch with this person (back-dated or not). */
export function applyTouch(
  derived: ContactDerived,
  touch: TouchFacts,
  owner: DerivedOwner,
  settings: CadenceSettings,
): ContactDerived {
  const isLatest = isNewLatest(touch, derived);
  const lastTouchAt = isLatest ? touch.at : derived.lastTouchAt;
  return {
    lastTouchAt,
    lastTouchKind: isLatest ? touch.kind : derived.lastTouchKind,
    nextDueAt: nextDueFor(lastTouchAt, owner, settings),
    touchCount: derived.touchCount + 1,
    strength: addToDecayed(
      derived.strength,
      touchWeight(touch.kind),
      touch.at,
      STRENGTH_HALF_LIFE_MS,
    ),
    gave: addToDecayed(derived.gave, gaveUnitsOf(touch), touch.at, RECIPROCITY_HALF_LIFE_MS),
    received: addToDecayed(
      derived.received,
      receivedUnitsOf(touch),
      touch.at,
      RECIPROCITY_HALF_LIFE_MS,
    ),
    initiative: countInitiator(derived.initiative, touch.initiator, 1),
  };
}

/**
 * The derived fields after a touch with this person is removed (deleted, or the person
 * taken off it). `remainingLatest` is the latest of the person's touches that remain,
 * by compareTouchMoments (latestTouchOf), or undefined when none remain: the fields
 * cannot know it, the database can read it from the person's timeline index.
 */
export function removeTouch(
  derived: ContactDerived,
  touch: TouchFacts,
  remainingLatest: TouchMoment | undefined,
  owner: DerivedOwner,
  settings: CadenceSettings,
): ContactDerived {
  const touchCount = Math.max(0, derived.touchCount - 1);
  const lastTouchAt = remainingLatest?.at;
  const nextDueAt = nextDueFor(lastTouchAt, owner, settings);
  if (touchCount === 0) {
    // Exactly empty again, without the rounding residue of subtracting the last amounts.
    return { ...emptyDerived(), nextDueAt };
  }
  return {
    lastTouchAt,
    lastTouchKind: remainingLatest?.kind,
    nextDueAt,
    touchCount,
    strength: removeFromDecayed(
      derived.strength,
      touchWeight(touch.kind),
      touch.at,
      STRENGTH_HALF_LIFE_MS,
    ),
    gave: removeFromDecayed(derived.gave, gaveUnitsOf(touch), touch.at, RECIPROCITY_HALF_LIFE_MS),
    received: removeFromDecayed(
      derived.received,
      receivedUnitsOf(touch),
      touch.at,
      RECIPROCITY_HALF_LIFE_MS,
    ),
    initiative: countInitiator(derived.initiative, touch.initiator, -1),
  };
}

/** The derived fields after the person's tier, custom cadence or pause changed. */
export function withNextDueAt(
  derived: ContactDerived,
  owner: DerivedOwner,
  settings: CadenceSettings,
): ContactDerived {
  return { ...derived, nextDueAt: nextDueFor(derived.lastTouchAt, owner, settings) };
}
