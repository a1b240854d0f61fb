import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useWeekStats } from './use-week-plan';
import { quarterStartOf, type WeekStats } from '../../db/reads/this-week';
import type { Coverage } from '../../domain/goals/who-can-help';
import type { EpochMs } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { I18n } from '../../i18n/i18n-context';

/** Below this many value units in total, there is no give-and-take to speak of. */
const NEGLIGIBLE_UNITS = 0.5;
/** Balances within ±0.2 read as even (balance is in [−1, 1], see domain reciprocity.ts). */
const EVEN_BALANCE = 0.2;

type WeekStatsPanelProps = {
  now: EpochMs;
  timeZone: string;
  /** This week counts toward the streak once something on its list was handled. */
  isThisWeekReviewed: boolean;
};

/** The side figures: the streak of reviewed weeks, new people, the overall give-and-take. */
export function WeekStatsPanel({ now, timeZone, isThisWeekReviewed }: WeekStatsPanelProps) {
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
  const { stats, goalCoverage } = useWeekStats(now, timeZone);
  const titleId = useId();

  return (
    <aside className="week-stats card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('thisWeek.stats.title')}</h2>
      {stats === undefined ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <dl>
          <div className="week-stat">
            <dt>{t('thisWeek.stats.streakLabel')}</dt>
            <dd className="week-stat-value">
              {t('thisWeek.stats.streak', {
                count: stats.reviewedWeeksBefore + (isThisWeekReviewed ? 1 : 0),
              })}
            </dd>
            <dd className="muted">{t('thisWeek.stats.streakHint')}</dd>
          </div>
          <div className="week-stat">
            <dt>{t('thisWeek.stats.newPeopleLabel')}</dt>
            <dd className="week-stat-value">{formatNumber(stats.newPeopleThisQuarter)}</dd>
            <dd className="muted">
              {t('thisWeek.stats.newPeopleHint', {
                date: formatDate(quarterStartOf(now, timeZone), { day: 'numeric', month: 'long' }),
              })}
            </dd>
          </div>
          <div className="week-stat">
            <dt>{t('thisWeek.stats.balanceLabel')}</dt>
            <BalanceValue stats={stats} i18n={i18n} />
            <dd className="muted">{t('thisWeek.stats.balanceHint')}</dd>
          </div>
          <GoalCoverage coverage={goalCoverage} i18n={i18n} />
        </dl>
      )}
    </aside>
  );
}

/** "Help within 24 hours for 3 of 4 needs", to the goals; nothing without an active goal. */
function GoalCoverage({ coverage, i18n }: { coverage: Coverage | undefined; i18n: I18n }) {
  if (coverage === undefined) return null;
  const { t, formatNumber } = i18n;
  return (
    <div className="week-stat">
      <dt>{t('thisWeek.stats.helpLabel')}</dt>
      <dd className="week-stat-value">
        <Link to="/goals">
          {t('thisWeek.stats.help', {
            covered: formatNumber(coverage.covered),
            count: coverage.total,
          })}
        </Link>
      </dd>
      <dd className="muted">{t('thisWeek.stats.helpHint')}</dd>
    </div>
  );
}

function BalanceValue({ stats, i18n }: { stats: WeekStats; i18n: I18n }) {
  const { t, formatNumber } = i18n;
  const { gave, received, balance } = stats.giveAndTake;
  if (gave + received < NEGLIGIBLE_UNITS) {
    return <dd className="week-stat-value">{t('thisWeek.stats.balanceNone')}</dd>;
  }
  // Decayed sums are fractional; whole numbers read better once they are big.
  const units = (value: number) =>
    formatNumber(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
  const verdict =
    balance >= EVEN_BALANCE
      ? 'thisWeek.stats.balanceGiver'
      : balance <= -EVEN_BALANCE
        ? 'thisWeek.stats.balanceReceiver'
        : 'thisWeek.stats.balanceEven';
  return (
    <>
      <dd className="week-stat-value">
        {t('thisWeek.stats.balanceFigures', { gave: units(gave), received: units(received) })}
      </dd>
      <dd>{t(verdict)}</dd>
    </>
  );
}
