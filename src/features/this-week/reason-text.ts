// Why a person is on this week's list, in plain, warm words, from the reason data the plan
// stored (domain/tie-health/week-reasons.ts). Day counts in a reason were true on the day
// the plan was made; they are moved on by the days since, so on Friday a Monday plan's
// "94 days ago" reads "98 days ago".
import { dayNumberOfKey, secondaryReasonsOf, DAY_MS } from '../../domain/tie-health';
import { TOUCH_KINDS, type TouchKind, type WeekItem } from '../../domain/types';
import type { I18n } from '../../i18n/i18n-context';

type Reason = WeekItem['reason'];
export type ReasonWords = Pick<I18n, 'language' | 't' | 'formatDate' | 'formatRelativeDays'>;

export type ReasonContext = {
  /** Local days from the day the plan was made until today (0 on that day). */
  daysSincePlan: number;
  /** Today's local day number. */
  today: number;
  /** The person had a touch before this week (for reasons stored without its kind). */
  hadTouch: boolean;
  /** The title of the goal a reason points at, if it still exists. */
  goalTitle: string | undefined;
  /** The item's person, by name (reasons about asks and introductions name them). */
  name?: string | undefined;
  /** The other person of an introduction, by name, if they still exist. */
  otherName?: string | undefined;
};

function numberOf(reason: Reason, key: string): number | undefined {
  const value = reason[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function textOf(reason: Reason, key: string): string | undefined {
  const value = reason[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isTouchKind(kind: string | undefined): kind is TouchKind {
  return (TOUCH_KINDS as readonly (string | undefined)[]).includes(kind);
}

/** "94 days ago", "yesterday", "today" in the language. */
function ago(words: ReasonWords, days: number): string {
  return words.formatRelativeDays(-Math.max(0, Math.round(days)));
}

/** "Last coffee 94 days ago", or "Added 94 days ago, no touch yet". */
function lastTouchText(reason: Reason, days: number, ctx: ReasonContext, words: ReasonWords) {
  const kind = textOf(reason, 'lastTouchKind');
  const vars = { ago: ago(words, days) };
  if (isTouchKind(kind)) return words.t(`thisWeek.last.${kind}`, vars);
  return words.t(ctx.hadTouch ? 'thisWeek.last.other' : 'thisWeek.last.none', vars);
}

/** A 'YYYY-MM-DD' day as a time that formats to that date in UTC. */
const utcNoonOf = (day: number) => day * DAY_MS + DAY_MS / 2;

function birthdayText(reason: Reason, ctx: ReasonContext, words: ReasonWords): string {
  const key = textOf(reason, 'date');
  const day = key === undefined ? undefined : dayNumberOfKey(key);
  const age = numberOf(reason, 'turnsAge');
  if (day === undefined) return words.t('thisWeek.reason.birthdayToday');
  if (day === ctx.today) {
    return age === undefined
      ? words.t('thisWeek.reason.birthdayToday')
      : words.t('thisWeek.reason.turnsToday', { age });
  }
  if (day > ctx.today) {
    const weekday = words.formatDate(utcNoonOf(day), { weekday: 'long', timeZone: 'UTC' });
    return age === undefined
      ? words.t('thisWeek.reason.birthdayOn', { weekday })
      : words.t('thisWeek.reason.turnsOn', { age, weekday });
  }
  const date = words.formatDate(utcNoonOf(day), { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return age === undefined
    ? words.t('thisWeek.reason.birthdayWas', { date })
    : words.t('thisWeek.reason.turnedOn', { age, date });
}

/** "Monday" within the last six days, "today", or "3 May" further back. */
function sinceText(reason: Reason, ctx: ReasonContext, words: ReasonWords): string {
  const key = textOf(reason, 'since');
  const day = key === undefined ? undefined : dayNumberOfKey(key);
  if (day === undefined || day >= ctx.today) return ago(words, 0);
  if (ctx.today - day < 7) {
    return words.formatDate(utcNoonOf(day), { weekday: 'long', timeZone: 'UTC' });
  }
  return words.formatDate(utcNoonOf(day), { day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** The reasons that come from asks and introductions, which name the people involved. */
function askOrIntroText(
  reason: Reason,
  ctx: ReasonContext,
  words: ReasonWords,
): string | undefined {
  const name = ctx.name ?? '';
  const later = (key: string) => (numberOf(reason, key) ?? 0) + ctx.daysSincePlan;
  switch (reason.kind) {
    case 'thank-for-help':
      return ctx.goalTitle === undefined
        ? words.t('thisWeek.reason.thanksNoGoal', { name, ago: ago(words, later('helpedDaysAgo')) })
        : words.t('thisWeek.reason.thanks', { name, goal: ctx.goalTitle });
    case 'ask-no-answer':
      return words.t('thisWeek.reason.askNoAnswer', { name, count: later('askedDaysAgo') });
    case 'intro-waiting': {
      const since = sinceText(reason, ctx, words);
      const other = ctx.otherName;
      if (other === undefined) return words.t('thisWeek.reason.introUnnamed', { name, since });
      if (textOf(reason, 'waitingFor') === 'making') {
        return words.t('thisWeek.reason.introMaking', { name, other, since });
      }
      // Asked for an introduction, the second yes is the one of the person to be met: the
      // other one is the introducer.
      const isVia =
        textOf(reason, 'direction') === 'for-me' && textOf(reason, 'waitingFor') === 'second-yes';
      return words.t(isVia ? 'thisWeek.reason.introYesVia' : 'thisWeek.reason.introYes', {
        name,
        other,
        since,
      });
    }
    default:
      return undefined;
  }
}

/** The main reason, as one sentence. */
export function reasonText(reason: Reason, ctx: ReasonContext, words: ReasonWords): string {
  const later = (key: string) => (numberOf(reason, key) ?? 0) + ctx.daysSincePlan;
  switch (reason.kind) {
    case 'overdue': {
      const cadence = numberOf(reason, 'cadenceDays');
      const last = lastTouchText(reason, later('daysSinceTouch'), ctx, words);
      return cadence === undefined ? last : words.t('thisWeek.reason.overdue', { last, cadence });
    }
    case 'new-follow-up': {
      const vars = { ago: ago(words, later('metDaysAgo')) };
      const since = textOf(reason, 'since');
      if (since === 'connected') return words.t('thisWeek.reason.newConnected', vars);
      if (since === 'added') return words.t('thisWeek.reason.newImported');
      return textOf(reason, 'lastTouchKind') !== undefined || ctx.hadTouch
        ? words.t('thisWeek.reason.newMet', vars)
        : words.t('thisWeek.reason.newAdded', vars);
    }
    case 'you-owe':
      return words.t('thisWeek.reason.youOwe');
    case 'birthday-this-week':
      return birthdayText(reason, ctx, words);
    case 'goal-expertise': {
      const expertise = textOf(reason, 'expertise') ?? '';
      return ctx.goalTitle === undefined
        ? words.t('thisWeek.reason.goalUnnamed', { expertise })
        : words.t('thisWeek.reason.goal', { expertise, goal: ctx.goalTitle });
    }
    case 'dormant-revival':
      return words.t('thisWeek.reason.dormant');
    default:
      return askOrIntroText(reason, ctx, words) ?? words.t('thisWeek.reason.other');
  }
}

/** "Also: birthday this week and a chance to give back", or undefined. */
export function alsoText(reason: Reason, words: ReasonWords): string | undefined {
  const kinds = secondaryReasonsOf({ also: reason.also });
  if (kinds.length === 0) return undefined;
  const labels = kinds.map((kind) => words.t(`thisWeek.also.${kind}`));
  const reasons = new Intl.ListFormat(words.language, { type: 'conjunction' }).format(labels);
  return words.t('thisWeek.also', { reasons });
}
