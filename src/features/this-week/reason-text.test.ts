import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { dayNumberOfKey } from '../../domain/tie-health';
import type { WeekItem } from '../../domain/types';
import { alsoText, reasonText, type ReasonContext } from './reason-text';

const en = createI18n('en');
const sv = createI18n('sv');
/** Wednesday 11 June 2025. */
const TODAY = dayNumberOfKey('2025-06-11') ?? 0;
const base: ReasonContext = {
  daysSincePlan: 0,
  today: TODAY,
  hadTouch: true,
  goalTitle: undefined,
};

const overdue: WeekItem['reason'] = {
  kind: 'overdue',
  overdueByDays: 4,
  daysSinceTouch: 94,
  cadenceDays: 90,
  tier: 'active',
  lastTouchKind: 'coffee',
};

describe('reasonText', () => {
  it('words an overdue tie with the last touch and the aim', () => {
    expect(reasonText(overdue, base, en)).toBe('Last coffee 94 days ago — you aim for every 90');
    expect(reasonText(overdue, base, sv)).toBe(
      'Senaste fikat för 94 dagar sedan — du siktar på en gång per 90 dagar',
    );
  });

  it('moves the day counts on by the days since the plan was made', () => {
    expect(reasonText(overdue, { ...base, daysSincePlan: 3 }, en)).toBe(
      'Last coffee 97 days ago — you aim for every 90',
    );
  });

  it('says when an overdue person was added and never met', () => {
    const reason = { ...overdue, lastTouchKind: undefined };
    expect(reasonText(reason, { ...base, hadTouch: false }, en)).toBe(
      'Added 94 days ago, no touch yet — you aim for every 90',
    );
    expect(reasonText(reason, base, en)).toBe('Last touch 94 days ago — you aim for every 90');
  });

  it('prompts a follow-up with someone met recently', () => {
    const reason = { kind: 'new-follow-up', metDaysAgo: 9, lastTouchKind: 'meeting' };
    expect(reasonText(reason, base, en)).toBe('Met 9 days ago — follow up');
    expect(reasonText(reason, base, sv)).toBe('Ni träffades för 9 dagar sedan — följ upp');
    expect(
      reasonText({ kind: 'new-follow-up', metDaysAgo: 1 }, { ...base, hadTouch: false }, en),
    ).toBe('Added yesterday — a good moment to follow up');
  });

  it('says how long ago a LinkedIn connection was made, moved on by the days since the plan', () => {
    const reason = { kind: 'new-follow-up', metDaysAgo: 5, since: 'connected' };
    expect(reasonText(reason, { ...base, hadTouch: false }, en)).toBe(
      'You connected on LinkedIn 5 days ago — follow up',
    );
    expect(reasonText(reason, { ...base, daysSincePlan: 2 }, sv)).toBe(
      'Ni blev kontakter på LinkedIn för 7 dagar sedan — följ upp',
    );
    expect(reasonText({ ...reason, metDaysAgo: 0 }, base, en)).toBe(
      'You connected on LinkedIn today — follow up',
    );
  });

  it('greets someone new from an imported address book', () => {
    const reason = { kind: 'new-follow-up', metDaysAgo: 0, since: 'added' };
    expect(reasonText(reason, { ...base, hadTouch: false }, en)).toBe(
      'New in your contacts — say hello',
    );
    expect(reasonText(reason, base, sv)).toBe('Ny bland dina kontakter — säg hej');
  });

  it('invites giving back without keeping score', () => {
    const reason = { kind: 'you-owe', received: 3, gave: 0 };
    expect(reasonText(reason, base, en)).toBe('They helped you recently — a chance to give back');
  });

  it('names the birthday’s weekday, today, or a late greeting', () => {
    const on = (date: string, turnsAge?: number) =>
      reasonText({ kind: 'birthday-this-week', date, turnsAge }, base, en);
    expect(on('2025-06-13')).toBe('Birthday on Friday');
    expect(on('2025-06-11')).toBe('Birthday today');
    expect(on('2025-06-13', 40)).toBe('Turns 40 on Friday');
    expect(on('2025-06-09')).toBe('Birthday was on June 9 — a late greeting still counts');
    expect(reasonText({ kind: 'birthday-this-week', date: '2025-06-13' }, base, sv)).toBe(
      'Fyller år på fredag',
    );
  });

  it('links expertise to the goal that needs it', () => {
    const reason = { kind: 'goal-expertise', expertise: 'M&A', goalId: 'g1' };
    expect(reasonText(reason, { ...base, goalTitle: 'Buy a company in Germany' }, en)).toBe(
      'Knows M&A — useful for your goal “Buy a company in Germany”',
    );
    expect(reasonText(reason, base, en)).toBe('Knows M&A — useful for one of your goals');
  });

  it('frames a dormant tie as an opportunity', () => {
    const reason = { kind: 'dormant-revival', daysSinceTouch: 500, tier: 'close', touchCount: 9 };
    expect(reasonText(reason, base, en)).toBe(
      'It’s been a while — reconnecting with old contacts often brings fresh ideas',
    );
  });

  it('has a friendly fallback for a reason it does not know', () => {
    expect(reasonText({ kind: 'something-new' }, base, en)).toBe('Worth a hello this week');
  });
});

describe('alsoText', () => {
  it('lists the other reasons a person has', () => {
    expect(alsoText({ ...overdue, also: 'birthday-this-week,you-owe' }, en)).toBe(
      'Also: birthday this week and a chance to give back',
    );
    expect(alsoText(overdue, en)).toBeUndefined();
  });
});

describe('reasonText for asks and introductions', () => {
  it('thanks someone for their help with a goal, its title verbatim', () => {
    const reason = { kind: 'thank-for-help', askId: 'a1', goalId: 'g1', helpedDaysAgo: 2 };
    const ctx = { ...base, name: 'Erik', goalTitle: 'Expand into Germany' };
    expect(reasonText(reason, ctx, en)).toBe('Thank Erik: they helped with “Expand into Germany”');
    expect(reasonText(reason, ctx, sv)).toBe(
      'Tacka Erik: hen hjälpte dig med ”Expand into Germany”',
    );
  });

  it('thanks without a goal by when they helped, moved on by the days since the plan', () => {
    const reason = { kind: 'thank-for-help', askId: 'a1', helpedDaysAgo: 2 };
    const ctx = { ...base, name: 'Erik', daysSincePlan: 1 };
    expect(reasonText(reason, ctx, en)).toBe('Thank Erik: they helped you 3 days ago');
    expect(reasonText(reason, ctx, sv)).toBe('Tacka Erik: hen hjälpte dig för 3 dagar sedan');
  });

  it('asks to follow up an ask without an answer, counting the days on', () => {
    const reason = { kind: 'ask-no-answer', askId: 'a1', askedDaysAgo: 7 };
    expect(reasonText(reason, { ...base, name: 'Li' }, en)).toBe(
      'No answer from Li in 7 days: follow up or ask someone else',
    );
    expect(reasonText(reason, { ...base, name: 'Li', daysSincePlan: 2 }, sv)).toBe(
      'Inget svar från Li på 9 dagar: hör av dig igen eller fråga någon annan',
    );
  });

  it('says whose yes an introduction waits for, since a weekday this week', () => {
    // The plan's day is Wednesday 11 June 2025; Monday is the 9th.
    const reason = {
      kind: 'intro-waiting',
      introductionId: 'i1',
      direction: 'for-me',
      waitingFor: 'first-yes',
      otherId: 'erik',
      since: '2025-06-09',
    };
    const ctx = { ...base, name: 'Anna', otherName: 'Erik' };
    expect(reasonText(reason, ctx, en)).toBe('Intro to Erik: waiting for Anna’s yes since Monday');
    expect(reasonText(reason, ctx, sv)).toBe(
      'Introduktion till Erik: väntar på ja från Anna sedan måndag',
    );
  });

  it('names the introducer while the person to meet is asked, and dates an older wait', () => {
    const reason = {
      kind: 'intro-waiting',
      direction: 'for-me',
      waitingFor: 'second-yes',
      since: '2025-05-28',
    };
    const ctx = { ...base, name: 'Erik', otherName: 'Anna' };
    expect(reasonText(reason, ctx, en)).toBe(
      'Intro through Anna: waiting for Erik’s yes since May 28',
    );
  });

  it('waits for the introducer to make it once both said yes', () => {
    const reason = { kind: 'intro-waiting', waitingFor: 'making', since: '2025-06-08' };
    const ctx = { ...base, name: 'Anna', otherName: 'Erik' };
    expect(reasonText(reason, ctx, en)).toBe(
      'Intro to Erik: both said yes, waiting for Anna to make it since Sunday',
    );
    expect(reasonText(reason, { ...ctx, otherName: undefined }, sv)).toBe(
      'En introduktion väntar på Anna sedan söndag',
    );
  });

  it('lists the new reasons among the others', () => {
    const reason = { ...overdue, also: 'thank-for-help,intro-waiting' };
    expect(alsoText(reason, en)).toBe(
      'Also: a thank-you for their help and an introduction waiting for them',
    );
  });
});
