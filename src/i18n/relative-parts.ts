// How long ago something was, in the unit a person would say it (used by I18n.formatDaysAgo
// and a touch's "3 weeks ago").

export type RelativeParts = { amountAgo: number; unit: Intl.RelativeTimeFormatUnit };

/** Picks a unit a person would say: days up to two weeks, then weeks, months, years. */
export function relativeParts(daysAgo: number): RelativeParts {
  const days = Math.max(daysAgo, 0);
  if (days < 14) return { amountAgo: days, unit: 'day' };
  if (days < 60) return { amountAgo: Math.round(days / 7), unit: 'week' };
  if (days < 365) return { amountAgo: Math.round(days / 30.44), unit: 'month' };
  return { amountAgo: Math.max(1, Math.round(days / 365.25)), unit: 'year' };
}
