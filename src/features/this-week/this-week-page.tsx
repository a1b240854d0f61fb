import { useId, useMemo, useState } from 'react';
import { deviceTimeZone } from '../../db/clock';
import { Link, Navigate } from 'react-router-dom';
import { BackupReminderBanner } from '../../components/backup-reminder-banner';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import { useNow } from '../../components/use-now';
import { useSettings } from '../../live-queries/use-settings';
import { useThisWeek } from './use-week-plan';
import { refreshWeekPlan } from '../../db/writes/week-plan';
import { type ThisWeek } from '../../db/reads/this-week';
import { isWeekReviewed } from '../../domain/tie-health';
import { DAY_MS, localDayNumber } from '../../domain/tie-health';
import type { EpochMs } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { NoPeopleYet, NothingThisWeek } from './empty-states';
import { progressOf, type WeekProgress } from './item-state';
import { progressTextOf } from './progress-text';
import { useAppBadge } from './use-app-badge';
import { WeekItemCard, type WeekItemContext } from './week-item-card';
import { WeekStatsPanel } from './week-stats';
import './this-week.css';

/** The home screen: this week's reach-out list. The first run goes to the welcome screen. */
export function ThisWeekPage() {
  const { t } = useI18n();
  const settings = useSettings();
  if (settings === undefined) {
    return (
      <p className="page loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  // The first run starts at the welcome screen until a choice (demo or empty) is made.
  if (settings.onboardedAt === undefined) return <Navigate to="/welcome" replace />;
  return <ThisWeekScreen />;
}

function ThisWeekScreen() {
  const { t } = useI18n();
  const now = useNow();
  const [timeZone] = useState(deviceTimeZone);
  const { thisWeek, error } = useThisWeek(now, timeZone);
  const progress = useMemo(
    () => (thisWeek?.plan ? progressOf(thisWeek.items, now) : undefined),
    [thisWeek, now],
  );
  useAppBadge(progress?.open);
  const titleId = useId();

  const heading = (
    <header className="this-week-header">
      <h1 id={titleId}>{t('thisWeek.title')}</h1>
      {thisWeek ? <WeekDates firstDay={thisWeek.week.firstDay} /> : null}
      <Link to="/goals" className="this-week-goals-link">
        {t('thisWeek.goalsLink')}
      </Link>
    </header>
  );

  if (!thisWeek?.plan || thisWeek.needsPlan || !progress) {
    return (
      <section className="page this-week" aria-labelledby={titleId}>
        {heading}
        {error ? (
          <p role="alert" className="card field-error">
            {t('thisWeek.failed', { reason: failureText(error, t) })}
          </p>
        ) : (
          <p className="muted" role="status">
            {t('thisWeek.loading')}
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="page this-week" aria-labelledby={titleId}>
      {heading}
      <div className="this-week-layout">
        <div className="this-week-main">
          <BackupReminderBanner />
          {thisWeek.isStale ? <StaleNotice now={now} timeZone={timeZone} /> : null}
          <WeekList thisWeek={thisWeek} progress={progress} now={now} timeZone={timeZone} />
          <p className="this-week-share">
            <Link to="/share">{t('thisWeek.shareSomething')}</Link>
          </p>
        </div>
        {thisWeek.hasPeople ? (
          <WeekStatsPanel
            now={now}
            timeZone={timeZone}
            isThisWeekReviewed={isWeekReviewed(thisWeek.items)}
          />
        ) : null}
      </div>
    </section>
  );
}

type WeekListProps = {
  thisWeek: ThisWeek;
  progress: WeekProgress;
  now: EpochMs;
  timeZone: string;
};

function WeekList({ thisWeek, progress, now, timeZone }: WeekListProps) {
  const { t } = useI18n();
  const { plan, items, settings, week } = thisWeek;
  if (!thisWeek.hasPeople) return <NoPeopleYet />;
  if (!plan || items.length === 0) return <NothingThisWeek />;
  const context: WeekItemContext = {
    weekStart: week.weekStart,
    now,
    timeZone,
    settings,
    today: localDayNumber(now, timeZone),
    planDay: localDayNumber(plan.createdAt, timeZone),
  };
  return (
    <>
      <ProgressBar progress={progress} />
      <ol className="week-items" aria-label={t('thisWeek.listLabel')}>
        {items.map((entry) => (
          <WeekItemCard key={entry.contact.id} entry={entry} context={context} />
        ))}
      </ol>
    </>
  );
}

function ProgressBar({ progress }: { progress: WeekProgress }) {
  const i18n = useI18n();
  const { line, closing } = progressTextOf(progress, i18n);
  return (
    <div className="week-progress">
      <p className="week-progress-text">
        {line}
        {closing === undefined ? null : <span className="muted"> {closing}</span>}
      </p>
      <progress
        max={progress.total}
        value={progress.handled}
        aria-label={i18n.t('thisWeek.progressLabel')}
      />
    </div>
  );
}

/** "9–15 June": the week's first and last day. */
function WeekDates({ firstDay }: { firstDay: number }) {
  const { language } = useI18n();
  // Day numbers count local calendar days; formatted in UTC they give that calendar date.
  const noonOf = (day: number) => day * DAY_MS + DAY_MS / 2;
  const format = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return (
    <p className="this-week-dates muted">
      {format.formatRange(noonOf(firstDay), noonOf(firstDay + 6))}
    </p>
  );
}

function StaleNotice({ now, timeZone }: { now: EpochMs; timeZone: string }) {
  const { t } = useI18n();
  const [isRefreshing, setRefreshing] = useState(false);
  const refresh = async () => {
    setRefreshing(true);
    try {
      await refreshWeekPlan(now, timeZone);
      showToast({ message: t('thisWeek.refreshed') });
    } catch (error) {
      showToast({
        message: t('thisWeek.toast.failed', { reason: failureText(error, t) }),
        tone: 'error',
      });
    } finally {
      setRefreshing(false);
    }
  };
  return (
    <div className="card week-stale">
      <p>
        {t('thisWeek.stale')} <span className="muted">{t('thisWeek.staleHint')}</span>
      </p>
      <button
        type="button"
        className="button"
        disabled={isRefreshing}
        onClick={() => {
          void refresh();
        }}
      >
        {t(isRefreshing ? 'thisWeek.refreshing' : 'thisWeek.refresh')}
      </button>
    </div>
  );
}
