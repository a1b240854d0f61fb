import { memo, useRef, useState } from 'react';
import { useTimeline, type TimelineEntry } from '../live-queries/use-timeline';
import { deleteTouch, undoDeleteTouch } from '../db/writes/touches';
import { isShowableTime } from '../domain/time-range';
import type { Touch } from '../domain/types';
import { useI18n } from '../i18n/use-i18n';
import type { I18n } from '../i18n/i18n-context';
import { Icon } from './icon';
import { openLogSheet, openLogSheetToEdit } from './log-sheet-store';
import { failureText } from './failure-text';
import { showToast } from './toast-store';
import './timeline.css';

/** Touches shown at first and added by each "Show older touches". */
export const TIMELINE_PAGE_SIZE = 20;

/**
 * One person's touches, newest first, each with Edit and Delete (with undo). Memoised: a
 * save changes the person's row too, and the page that shows them re-renders for it, while
 * the timeline has nothing new until its own live query reads the touch.
 */
export const Timeline = memo(function Timeline({ contactId }: { contactId: string }) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(TIMELINE_PAGE_SIZE);
  const page = useTimeline(contactId, limit);
  // Focus lands here after a delete, so it is not lost with the removed item's button.
  const containerRef = useRef<HTMLDivElement>(null);

  if (page === undefined) {
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <div ref={containerRef} className="timeline-container" tabIndex={-1}>
      {page.entries.length === 0 ? (
        <div className="timeline-empty">
          <p>{t('log.timeline.empty')}</p>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              openLogSheet([contactId]);
            }}
          >
            {t('log.title')}
          </button>
        </div>
      ) : (
        <ol className="timeline" aria-label={t('log.timeline.label')}>
          {page.entries.map((entry) => (
            <TimelineItem
              ownerId={contactId}
              key={entry.touch.id}
              entry={entry}
              onDeleted={() => containerRef.current?.focus()}
            />
          ))}
        </ol>
      )}
      {page.hasOlder ? (
        <button
          type="button"
          className="button timeline-older"
          onClick={() => {
            setLimit((shown) => shown + TIMELINE_PAGE_SIZE);
          }}
        >
          {t('log.timeline.showOlder')}
        </button>
      ) : null}
    </div>
  );
});

function TimelineItem({
  entry,
  ownerId,
  onDeleted,
}: {
  entry: TimelineEntry;
  /** Whose timeline this is: their touch log holds the touch. */
  ownerId: string;
  onDeleted: () => void;
}) {
  const i18n = useI18n();
  const { t, formatDateTime, formatList } = i18n;
  const { touch, others } = entry;
  const kind = t(`log.kind.${touch.kind}`);
  const date = formatDateTime(touch.at);
  const flows = flowLabels(touch, t);
  const names = formatList(others.map((person) => person.name));

  async function remove() {
    try {
      await deleteTouch(touch);
    } catch (error) {
      showToast({
        message: t('log.toast.actionFailed', { reason: failureText(error, t) }),
        tone: 'error',
      });
      return;
    }
    onDeleted();
    showToast({
      message: t('log.toast.deleted'),
      actionLabel: t('common.undo'),
      onAction: async () => {
        try {
          await undoDeleteTouch(touch);
        } catch (error) {
          showToast({
            message: t('log.toast.actionFailed', { reason: failureText(error, t) }),
            tone: 'error',
          });
        }
      },
    });
  }

  return (
    <li className="timeline-item card">
      <div className="timeline-head">
        <span className="timeline-kind">{kind}</span>
        <time
          className="muted"
          dateTime={isShowableTime(touch.at) ? new Date(touch.at).toISOString() : undefined}
        >
          {date}
        </time>
      </div>
      {others.length > 0 ? (
        <p className="timeline-with">{t('log.timeline.with', { names })}</p>
      ) : null}
      {touch.note !== '' ? <p className="timeline-note">{touch.note}</p> : null}
      {flows.length > 0 ? (
        <ul className="timeline-flows">
          {flows.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      ) : null}
      <div className="timeline-actions">
        <button
          type="button"
          className="button"
          aria-label={t('log.timeline.edit', { kind, date })}
          onClick={() => {
            openLogSheetToEdit(touch.id, ownerId);
          }}
        >
          <Icon name="edit" size={18} />
          {t('common.edit')}
        </button>
        <button
          type="button"
          className="button danger"
          aria-label={t('log.timeline.delete', { kind, date })}
          onClick={() => void remove()}
        >
          <Icon name="trash" size={18} />
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}

/** What went each way and who started it, as short phrases. */
function flowLabels(touch: Touch, t: I18n['t']): string[] {
  const labels = [
    ...touch.gave.map((value) => t(`log.timeline.gave.${value}`)),
    ...touch.received.map((value) => t(`log.timeline.received.${value}`)),
  ];
  if (touch.askedForHelp) labels.push(t('log.timeline.asked'));
  if (touch.initiator !== 'unknown') {
    labels.push(t(`log.timeline.initiator.${touch.initiator}`));
  }
  return [...new Set(labels)];
}
