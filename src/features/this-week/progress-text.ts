// The progress line of this week's list, in words that say what was done: "4 of 7 handled:
// 2 logged, 1 snoozed and 1 skipped · 3 left". Only a list with nothing left gets a closing
// line, and that line says whether everyone was reached or some were put off.
import type { WeekProgress } from '../../domain/tie-health';
import type { I18n } from '../../i18n/i18n-context';

export type ProgressText = {
  line: string;
  /** Said only when nothing is left; undefined while items are still open. */
  closing: string | undefined;
};

function partsOf(progress: WeekProgress, { t, formatList }: I18n): string {
  const parts: string[] = [];
  if (progress.logged > 0) parts.push(t('thisWeek.progress.logged', { count: progress.logged }));
  if (progress.snoozed > 0) parts.push(t('thisWeek.progress.snoozed', { count: progress.snoozed }));
  if (progress.skipped > 0) parts.push(t('thisWeek.progress.skipped', { count: progress.skipped }));
  return formatList(parts);
}

export function progressTextOf(progress: WeekProgress, i18n: I18n): ProgressText {
  const { t } = i18n;
  const { handled, total, open, logged } = progress;
  if (open === 0 && total > 0) {
    return {
      line: t('thisWeek.progress.all', { count: total, parts: partsOf(progress, i18n) }),
      closing: t(logged === total ? 'thisWeek.progress.allReached' : 'thisWeek.progress.listClear'),
    };
  }
  const handledText = t('thisWeek.progress.handled', { count: handled, total });
  const left = t('thisWeek.progress.left', { count: open });
  return {
    line:
      handled === 0
        ? t('thisWeek.progress.lineNone', { handled: handledText, left })
        : t('thisWeek.progress.line', {
            handled: handledText,
            parts: partsOf(progress, i18n),
            left,
          }),
    closing: undefined,
  };
}
