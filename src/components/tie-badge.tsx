// A person's tie status as a small badge: the status word, its colour (--status-* tokens)
// and a shape per status, so that colour is never the only cue (WCAG 1.4.1). The word is
// the badge's text, so screen readers read it where the badge is part of a description.
import type { ReactNode } from 'react';
import type { TieStatus } from '../domain/tie-health';
import { useI18n } from '../i18n/use-i18n';
import './tie-badge.css';

/** One shape per status, drawn on a 12 × 12 grid in currentColor. */
const SHAPES: Record<TieStatus, ReactNode> = {
  // A full circle: all is well.
  ok: <circle cx="6" cy="6" r="5" fill="currentColor" />,
  // A half-full circle: the time is coming.
  due: (
    <>
      <circle cx="6" cy="6" r="4.4" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M6 1.6a4.4 4.4 0 0 0 0 8.8z" fill="currentColor" />
    </>
  ),
  // A triangle: the time has come.
  overdue: <path d="M6 0.8 11.4 10.6H0.6z" fill="currentColor" />,
  // An empty ring: the tie has gone quiet.
  dormant: <circle cx="6" cy="6" r="4.4" fill="none" stroke="currentColor" strokeWidth="1.6" />,
  // A spark: someone new.
  new: <path d="M6 0.5 7.3 4.7 11.5 6 7.3 7.3 6 11.5 4.7 7.3 0.5 6 4.7 4.7z" fill="currentColor" />,
  // Two bars: paused.
  paused: (
    <>
      <rect x="2" y="1.5" width="3" height="9" rx="0.8" fill="currentColor" />
      <rect x="7" y="1.5" width="3" height="9" rx="0.8" fill="currentColor" />
    </>
  ),
};

type TieBadgeProps = {
  status: TieStatus;
  /** For aria-describedby from the element the badge describes. */
  id?: string | undefined;
};

export function TieBadge({ status, id }: TieBadgeProps) {
  const { t } = useI18n();
  return (
    <span id={id} className={`tie-badge tie-badge-${status}`} data-status={status}>
      <svg
        className="tie-badge-shape"
        width="12"
        height="12"
        viewBox="0 0 12 12"
        aria-hidden="true"
        focusable="false"
      >
        {SHAPES[status]}
      </svg>
      <span className="visually-hidden">{t('tie.statusPrefix')} </span>
      {t(`tie.status.${status}`)}
    </span>
  );
}
