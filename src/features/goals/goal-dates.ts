import { DAY_MS, dayNumberOfKey } from '../../domain/tie-health';
import type { I18n } from '../../i18n/i18n-context';

/**
 * A 'YYYY-MM-DD' day as the language writes a date: noon UTC of that day, formatted in UTC,
 * so the date stays the one stored in every time zone. A text that is no day shows as it is.
 */
export function dayText(key: string, formatDate: I18n['formatDate']): string {
  const day = dayNumberOfKey(key);
  if (day === undefined) return key;
  return formatDate(day * DAY_MS + DAY_MS / 2, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
