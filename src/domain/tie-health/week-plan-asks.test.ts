import { describe, expect, it } from 'vitest';
import type { Ask, Contact, Introduction, WeekItem } from '../types';
import { at, daysBefore, person, SETTINGS, STOCKHOLM } from '../../../tests/support/tie-health';
import { makeWeekPlan, type WeekPlanInput } from './week-plan';
import { askNoAnswerScore, introWaitingScore, thankForHelpScore } from './week-reasons';

// Wednesday in the week Monday 13 – Sunday 19 May 2024, at noon in Stockholm.
const NOW = at('2024-05-15T12:00+02:00');

/** Someone in good shape: on no list for any other reason. */
const fine = (overrides: Partial<Contact> = {}) =>
  person({ lastTouchAt: daysBefore(NOW, 3), touchCount: 4, ...overrides });

let askNumber = 0;
function ask(contactId: string, overrides: Partial<Ask> = {}): Ask {
  askNumber += 1;
  return {
    id: `ask${String(askNumber).padStart(3, '0')}`,
    createdAt: 0,
    updatedAt: 0,
    source: 'manual',
    contactId,
    at: daysBefore(NOW, 10),
    what: '',
    outcome: 'pending',
    ...overrides,
  };
}

let introNumber = 0;
function intro(overrides: Partial<Introduction> & Pick<Introduction, 'firstId' | 'secondId'>) {
  introNumber += 1;
  const introduction: Introduction = {
    id: `intro${introNumber}`,
    createdAt: 0,
    updatedAt: 0,
    source: 'manual',
    direction: 'for-me',
    note: '',
    state: 'asked',
    stateAt: { asked: daysBefore(NOW, 5) },
    ...overrides,
  };
  return introduction;
}

function plan(contacts: Contact[], extra: Partial<WeekPlanInput> = {}): WeekItem[] {
  return makeWeekPlan({
    contacts,
    goals: [],
    settings: SETTINGS,
    now: NOW,
    timeZone: STOCKHOLM,
    ...extra,
  });
}

/** Local midnight `days` days before today (Stockholm), plus `minutes`. */
const localDaysBefore = (days: number, minutes = 0) =>
  at('2024-05-15T00:00+02:00') - days * 86_400_000 + minutes * 60_000;

describe('thank-for-help', () => {
  it('thanks someone whose ask was settled "helped", with the goal and the days since', () => {
    const erik = fine();
    const helped = ask(erik.id, {
      goalId: 'g-germany',
      outcome: 'helped',
      settledAt: daysBefore(NOW, 2),
    });
    expect(plan([erik], { asks: [helped] })).toEqual([
      {
        contactId: erik.id,
        state: 'open',
        reason: {
          kind: 'thank-for-help',
          askId: helped.id,
          goalId: 'g-germany',
          helpedDaysAgo: 2,
          also: undefined,
        },
      },
    ]);
  });

  it('thanks for help up to 7 local days ago, not 8', () => {
    const erik = fine();
    // Settled just after midnight 7 days ago counts; just before it is 8 days ago.
    const sevenDays = ask(erik.id, { outcome: 'helped', settledAt: localDaysBefore(7, 1) });
    expect(plan([erik], { asks: [sevenDays] })[0]?.reason).toMatchObject({
      kind: 'thank-for-help',
      helpedDaysAgo: 7,
    });
    const eightDays = ask(erik.id, { outcome: 'helped', settledAt: localDaysBefore(7, -1) });
    expect(plan([erik], { asks: [eightDays] })).toEqual([]);
  });

  it('thanks nobody for an ask declined, unanswered or deleted', () => {
    const erik = fine();
    const settledAt = daysBefore(NOW, 1);
    const asks = [
      ask(erik.id, { outcome: 'declined', settledAt }),
      ask(erik.id, { outcome: 'no-answer', settledAt }),
      ask(erik.id, { outcome: 'helped', settledAt, deletedAt: NOW }),
    ];
    expect(plan([erik], { asks })).toEqual([]);
  });

  it('names the latest help when someone helped twice', () => {
    const erik = fine();
    const older = ask(erik.id, { outcome: 'helped', settledAt: daysBefore(NOW, 5) });
    const newer = ask(erik.id, { outcome: 'helped', settledAt: daysBefore(NOW, 1) });
    expect(plan([erik], { asks: [older, newer] })[0]?.reason).toMatchObject({
      askId: newer.id,
      helpedDaysAgo: 1,
    });
  });
});

describe('ask-no-answer', () => {
  it('prompts a follow-up once an ask has been pending 7 local days, not 6', () => {
    const li = fine();
    const sevenDays = ask(li.id, { goalId: 'g1', at: localDaysBefore(7, 1) });
    expect(plan([li], { asks: [sevenDays] })[0]?.reason).toEqual({
      kind: 'ask-no-answer',
      askId: sevenDays.id,
      goalId: 'g1',
      askedDaysAgo: 7,
      also: undefined,
    });
    const sixDays = ask(li.id, { at: localDaysBefore(6, 23 * 60 + 59) });
    expect(plan([li], { asks: [sixDays] })).toEqual([]);
  });

  it('follows up the oldest pending ask, and never a settled one', () => {
    const li = fine();
    const older = ask(li.id, { at: daysBefore(NOW, 20) });
    const newer = ask(li.id, { at: daysBefore(NOW, 9) });
    const settled = ask(li.id, { at: daysBefore(NOW, 30), outcome: 'declined', settledAt: NOW });
    expect(plan([li], { asks: [newer, settled, older] })[0]?.reason).toMatchObject({
      askId: older.id,
      askedDaysAgo: 20,
    });
  });
});

describe('intro-waiting', () => {
  it('nudges the person whose yes is awaited, naming the other, after 3 local days', () => {
    const anna = fine();
    const erik = fine();
    const asked = intro({
      firstId: anna.id,
      secondId: erik.id,
      goalId: 'g1',
      stateAt: { asked: localDaysBefore(3, 1) },
    });
    expect(plan([anna, erik], { introductions: [asked] })).toEqual([
      {
        contactId: anna.id,
        state: 'open',
        reason: {
          kind: 'intro-waiting',
          introductionId: asked.id,
          direction: 'for-me',
          waitingFor: 'first-yes',
          otherId: erik.id,
          since: '2024-05-12',
          goalId: 'g1',
          also: undefined,
        },
      },
    ]);
    const twoDays = intro({
      firstId: anna.id,
      secondId: erik.id,
      stateAt: { asked: localDaysBefore(2, 1) },
    });
    expect(plan([anna, erik], { introductions: [twoDays] })).toEqual([]);
  });

  it('waits for the second person after the first said yes, since that yes', () => {
    const anna = fine();
    const erik = fine();
    const agreed = intro({
      firstId: anna.id,
      secondId: erik.id,
      state: 'first-agreed',
      stateAt: { asked: daysBefore(NOW, 10), 'first-agreed': daysBefore(NOW, 4) },
    });
    expect(plan([anna, erik], { introductions: [agreed] })[0]).toMatchObject({
      contactId: erik.id,
      reason: { waitingFor: 'second-yes', otherId: anna.id, since: '2024-05-11' },
    });
  });

  it('waits for the introducer to make an introduction asked for, not for the user', () => {
    const anna = fine();
    const erik = fine();
    const stateAt = {
      asked: daysBefore(NOW, 10),
      'first-agreed': daysBefore(NOW, 8),
      'second-agreed': daysBefore(NOW, 6),
    };
    const forMe = intro({ firstId: anna.id, secondId: erik.id, state: 'second-agreed', stateAt });
    expect(plan([anna, erik], { introductions: [forMe] })[0]).toMatchObject({
      contactId: anna.id,
      reason: { waitingFor: 'making', otherId: erik.id },
    });
    // Introducing two people, the making is the user's own step: nobody to nudge.
    const mine = { ...forMe, direction: 'i-make' as const };
    expect(plan([anna, erik], { introductions: [mine] })).toEqual([]);
  });

  it('says nothing once made, with an outcome, or deleted', () => {
    const anna = fine();
    const erik = fine();
    const long = { asked: daysBefore(NOW, 30) };
    const introductions = [
      intro({ firstId: anna.id, secondId: erik.id, state: 'made', stateAt: long }),
      intro({ firstId: anna.id, secondId: erik.id, state: 'met', stateAt: long }),
      intro({ firstId: anna.id, secondId: erik.id, stateAt: long, deletedAt: NOW }),
    ];
    expect(plan([anna, erik], { introductions })).toEqual([]);
  });
});

describe('scores and the frozen plan', () => {
  it('scores within the documented ranges', () => {
    expect([thankForHelpScore(0), thankForHelpScore(7)]).toEqual([100, 93]);
    expect([askNoAnswerScore(7), askNoAnswerScore(14), askNoAnswerScore(60)]).toEqual([91, 98, 98]);
    expect([introWaitingScore(3), introWaitingScore(10), introWaitingScore(40)]).toEqual([
      91, 98, 98,
    ]);
  });

  it('keeps the best reason and lists the others as also', () => {
    const erik = fine();
    const asks = [
      ask(erik.id, { outcome: 'helped', settledAt: daysBefore(NOW, 1) }),
      ask(erik.id, { at: daysBefore(NOW, 9) }),
    ];
    expect(plan([erik], { asks })[0]?.reason).toMatchObject({
      kind: 'thank-for-help',
      also: 'ask-no-answer',
    });
  });

  it('lists an overdue tie with an unanswered ask for the ask, though many are more overdue', () => {
    // Twenty inner-circle ties more overdue than Li (25 of 14 days against 50 of 30).
    const crowd = Array.from({ length: 20 }, () =>
      person({ tier: 'inner', lastTouchAt: daysBefore(NOW, 25), touchCount: 4 }),
    );
    const li = person({ tier: 'close', lastTouchAt: daysBefore(NOW, 50), touchCount: 4 });
    const asks = [ask(li.id, { at: daysBefore(NOW, 8) })];
    const items = plan([...crowd, li], { asks });
    expect(items).toHaveLength(SETTINGS.listSize);
    expect(items.find((item) => item.contactId === li.id)?.reason).toMatchObject({
      kind: 'ask-no-answer',
      also: 'overdue',
    });
    // Without the ask, Li is one overdue tie among many and does not make the list.
    expect(plan([...crowd, li]).some((item) => item.contactId === li.id)).toBe(false);
  });

  it('leaves archived and paused people out, as every reason does', () => {
    const archived = fine({ isArchived: true });
    const paused = fine({ isPaused: true });
    const settledAt = daysBefore(NOW, 1);
    const asks = [
      ask(archived.id, { outcome: 'helped', settledAt }),
      ask(paused.id, { outcome: 'helped', settledAt }),
    ];
    expect(plan([archived, paused], { asks })).toEqual([]);
  });
});
