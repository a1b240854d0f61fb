// An introduction, double opt-in (docs/glossary.md, "Introduction"): nobody is introduced
// to anyone who has not said yes. The states come in one order:
//
//   asked → first-agreed → second-agreed → made → met | nothing-came
//
// - 'i-make': the user introduces two people; each of them is asked in turn (first, then
//   second), and once both said yes the user makes the introduction.
// - 'for-me': the user asks the first person (the introducer) to introduce them to the
//   second; the introducer says yes, then the second person does, then the introducer
//   makes it.
//
// A move goes one step forward, or any number of steps back (the user corrects a mistake:
// what was recorded for the later states is forgotten). Nothing is skipped: a yes that was
// never recorded is not assumed. Each state keeps the time it was reached; the times never
// go backwards along the order, so "waiting since" is always the latest of them.

import {
  INTRODUCTION_STATES,
  type EpochMs,
  type Id,
  type Introduction,
  type IntroductionState,
} from '../types';

/** The two outcomes: states after 'made' that end the introduction. */
export const INTRODUCTION_OUTCOMES = [
  'met',
  'nothing-came',
] as const satisfies readonly IntroductionState[];

export type IntroductionFacts = Pick<
  Introduction,
  'direction' | 'firstId' | 'secondId' | 'state' | 'stateAt' | 'deletedAt'
>;

/** Why a move was refused, as a code the screens word. */
export type IntroductionMoveError = 'not-a-next-state' | 'before-previous-state';

/** Position of a state in the order; both outcomes share the last place. */
function rankOf(state: IntroductionState): number {
  return state === 'nothing-came'
    ? INTRODUCTION_STATES.indexOf('met')
    : INTRODUCTION_STATES.indexOf(state);
}

/** True for 'met' and 'nothing-came'. */
export function isOutcome(state: IntroductionState): boolean {
  return state === 'met' || state === 'nothing-came';
}

/** True while the introduction is not yet made, or made without an outcome yet. */
export function isOpenIntroduction(
  introduction: Pick<IntroductionFacts, 'state' | 'deletedAt'>,
): boolean {
  return introduction.deletedAt === undefined && !isOutcome(introduction.state);
}

/** True once the introduction is made (its outcome may be known or not). */
export function isMade(state: IntroductionState): boolean {
  return rankOf(state) >= rankOf('made');
}

/** The states the introduction can move forward to, in order (none after an outcome). */
export function nextStates(state: IntroductionState): IntroductionState[] {
  if (isOutcome(state)) return [];
  if (state === 'made') return [...INTRODUCTION_OUTCOMES];
  const next = INTRODUCTION_STATES[rankOf(state) + 1];
  return next === undefined ? [] : [next];
}

/** The states the introduction can go back to: every earlier one, latest first. */
export function earlierStates(state: IntroductionState): IntroductionState[] {
  return INTRODUCTION_STATES.slice(0, rankOf(state)).reverse();
}

/** When the introduction reached its current state (its latest recorded time). */
export function currentStateAt(
  introduction: Pick<IntroductionFacts, 'state' | 'stateAt'>,
): EpochMs | undefined {
  return introduction.stateAt[introduction.state];
}

/**
 * The introduction moved to `to` at `at`: one step forward (the time must not be before
 * the current state's), or back to an earlier state (the later states' times are dropped;
 * `at` is ignored, the earlier state keeps its own time).
 */
export function movedIntroduction<T extends IntroductionFacts>(
  introduction: T,
  to: IntroductionState,
  at: EpochMs,
): { ok: true; introduction: T } | { ok: false; error: IntroductionMoveError } {
  if (earlierStates(introduction.state).includes(to)) {
    // An earlier state is never an outcome, so this keeps 'asked' up to `to`.
    const stateAt: Partial<Record<IntroductionState, EpochMs>> = {};
    for (const state of INTRODUCTION_STATES.slice(0, rankOf(to) + 1)) {
      const time = introduction.stateAt[state];
      if (time !== undefined) stateAt[state] = time;
    }
    return { ok: true, introduction: { ...introduction, state: to, stateAt } };
  }
  if (!nextStates(introduction.state).includes(to)) return { ok: false, error: 'not-a-next-state' };
  const since = currentStateAt(introduction);
  if (since !== undefined && at < since) return { ok: false, error: 'before-previous-state' };
  return {
    ok: true,
    introduction: { ...introduction, state: to, stateAt: { ...introduction.stateAt, [to]: at } },
  };
}

/**
 * What an open introduction waits for, and since when:
 * - 'first-yes' / 'second-yes': that person's yes (the person is named);
 * - 'making': both said yes; for 'i-make' the user makes it, for 'for-me' the introducer;
 * - 'outcome': it was made; whether they met is not recorded yet.
 * Undefined once it has an outcome, or when deleted.
 */
export type IntroductionWait = {
  waitingFor: 'first-yes' | 'second-yes' | 'making' | 'outcome';
  /** Whose step it is: the person asked, or the introducer; absent when it is the user's. */
  personId?: Id | undefined;
  since: EpochMs | undefined;
};

export function waitOf(introduction: IntroductionFacts): IntroductionWait | undefined {
  if (!isOpenIntroduction(introduction)) return undefined;
  const since = currentStateAt(introduction);
  switch (introduction.state) {
    case 'asked':
      return { waitingFor: 'first-yes', personId: introduction.firstId, since };
    case 'first-agreed':
      return { waitingFor: 'second-yes', personId: introduction.secondId, since };
    case 'second-agreed':
      return {
        waitingFor: 'making',
        personId: introduction.direction === 'for-me' ? introduction.firstId : undefined,
        since,
      };
    default:
      return { waitingFor: 'outcome', since };
  }
}

/** The two people other than the user that an introduction involves. */
export function peopleOf(introduction: Pick<IntroductionFacts, 'firstId' | 'secondId'>): [Id, Id] {
  return [introduction.firstId, introduction.secondId];
}
