import { useId, useRef } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from '../../components/icon';
import { openLogSheet } from '../../components/log-sheet-store';
import { TieBadge } from '../../components/tie-badge';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import {
  reopenItem,
  skipItem,
  snoozeItem,
  undoItemChange,
  type WeekItemChange,
} from '../../db/writes/week-plan';
import { type ThisWeekItem } from '../../db/reads/this-week';
import { nameOf } from '../../domain/contact';
import { tieStatus } from '../../domain/tie-health';
import type { EpochMs, Settings } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { shownStateOf } from './item-state';
import { alsoText, reasonText } from './reason-text';
import { SnoozeMenu } from './snooze-menu';

export type WeekItemContext = {
  weekStart: string;
  now: EpochMs;
  timeZone: string;
  settings: Settings;
  /** Today's and the plan's local day numbers, to move the reason's day counts on. */
  today: number;
  planDay: number;
};

type WeekItemCardProps = { entry: ThisWeekItem; context: WeekItemContext };

/** One person on this week's list: who, why, and what to do about it. */
export function WeekItemCard({ entry, context }: WeekItemCardProps) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { contact, item } = entry;
  const { weekStart, now, timeZone } = context;
  const name = nameOf(contact);
  const nameId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const state = shownStateOf(entry, now);
  const hadTouch = entry.isTouched ? contact.touchCount > 1 : contact.lastTouchAt !== undefined;
  const reason = reasonText(
    item.reason,
    {
      daysSincePlan: Math.max(0, context.today - context.planDay),
      today: context.today,
      hadTouch,
      goalTitle: entry.goalTitle,
      name,
      otherName: entry.other === undefined ? undefined : nameOf(entry.other),
    },
    i18n,
  );
  const also = alsoText(item.reason, i18n);
  const dateOf = (at: EpochMs) =>
    formatDate(at, { weekday: 'short', day: 'numeric', month: 'long' });

  // The buttons change with the state, so focus moves to the item instead of getting lost.
  const afterChange = (message: string, change: WeekItemChange) => {
    itemRef.current?.focus();
    showToast({
      message,
      actionLabel: t('common.undo'),
      onAction: () => undo(change),
    });
  };
  const report = (error: unknown) => {
    showToast({
      message: t('thisWeek.toast.failed', { reason: failureText(error, t) }),
      tone: 'error',
    });
  };
  const undo = async (change: WeekItemChange) => {
    try {
      await undoItemChange(change);
    } catch (error) {
      report(error);
    }
  };
  const skip = async () => {
    try {
      afterChange(t('thisWeek.toast.skipped', { name }), await skipItem(weekStart, contact.id));
    } catch (error) {
      report(error);
    }
  };
  const snooze = async (until: EpochMs) => {
    try {
      const change = await snoozeItem(weekStart, contact.id, until);
      afterChange(t('thisWeek.toast.snoozed', { name, date: dateOf(until) }), change);
    } catch (error) {
      report(error);
    }
  };
  const putBack = async () => {
    try {
      afterChange(t('thisWeek.toast.putBack', { name }), await reopenItem(weekStart, contact.id));
    } catch (error) {
      report(error);
    }
  };

  return (
    <li
      ref={itemRef}
      className="week-item card"
      data-state={state}
      aria-labelledby={nameId}
      tabIndex={-1}
    >
      <div className="week-item-head">
        <Link id={nameId} to={`/people/${contact.id}`} className="week-item-name">
          {name}
        </Link>
        <TieBadge status={tieStatus(contact, now, context.settings, timeZone)} />
      </div>
      <p className="week-item-reason">{reason}</p>
      {also ? <p className="week-item-also muted">{also}</p> : null}
      {state === 'open' ? null : (
        <p className={`week-item-state week-item-state-${state}`}>
          {state === 'done' ? <Icon name="check" size={18} /> : null}
          {state === 'done' ? t('thisWeek.state.done') : null}
          {state === 'skipped' ? t('thisWeek.state.skipped') : null}
          {state === 'snoozed'
            ? t('thisWeek.state.snoozed', { date: dateOf(item.snoozedUntil ?? now) })
            : null}
        </p>
      )}
      <div className="week-item-actions">
        {state === 'open' ? (
          <>
            <button
              type="button"
              className="button primary"
              aria-label={t('thisWeek.item.logLabel', { name })}
              onClick={() => {
                openLogSheet([contact.id]);
              }}
            >
              <Icon name="log" size={18} />
              {t('thisWeek.item.log')}
            </button>
            <SnoozeMenu
              name={name}
              now={now}
              timeZone={timeZone}
              onSnooze={(until) => {
                void snooze(until);
              }}
            />
            <button
              type="button"
              className="button"
              aria-label={t('thisWeek.item.skipLabel', { name })}
              onClick={() => {
                void skip();
              }}
            >
              {t('thisWeek.item.skip')}
            </button>
          </>
        ) : null}
        {state === 'skipped' || state === 'snoozed' ? (
          <button
            type="button"
            className="button"
            aria-label={t('thisWeek.item.putBackLabel', { name })}
            onClick={() => {
              void putBack();
            }}
          >
            {t('thisWeek.item.putBack')}
          </button>
        ) : null}
        <Link
          to={`/people/${contact.id}`}
          className="button"
          aria-label={t('thisWeek.item.openLabel', { name })}
        >
          {t('thisWeek.item.open')}
        </Link>
      </div>
    </li>
  );
}
