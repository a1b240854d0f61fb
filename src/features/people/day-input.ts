// A day typed in an <input type="date"> ('YYYY-MM-DD', in the user's time zone) as the moment
// an ask or a step of an introduction is saved at: today means now, so the order of today's
// steps is the order they were tapped in; an earlier day means its midday.
import type { EpochMs } from '../../domain/types';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIDDAY_HOUR = 12;

/** The local day of `at` as a date input's value. */
export function dayInputOf(at: EpochMs): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Why a typed day cannot be used. */
export type DayProblem = 'no-date' | 'future';

/** The moment a typed day stands for (see the module comment), or why it cannot be used. */
export function atOfDayInput(
  value: string,
  now: EpochMs,
): { ok: true; at: EpochMs } | { ok: false; problem: DayProblem } {
  const match = DAY.exec(value);
  if (!match) return { ok: false, problem: 'no-date' };
  if (value === dayInputOf(now)) return { ok: true, at: now };
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), MIDDAY_HOUR);
  if (Number.isNaN(date.getTime()) || dayInputOf(date.getTime()) !== value) {
    return { ok: false, problem: 'no-date' };
  }
  if (date.getTime() > now) return { ok: false, problem: 'future' };
  return { ok: true, at: date.getTime() };
}
