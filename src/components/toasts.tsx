import { useEffect } from 'react';
import { TOAST_DURATION_MS, dismissToast, useToastStore, type Toast } from './toast-store';
import { useI18n } from '../i18n/use-i18n';
import { useMediaQuery } from './use-media-query';
import './toasts.css';

/**
 * Below this width a stack of toasts would cover a good part of the screen: only the newest
 * is shown, and the ones behind it wait their turn.
 */
export const NARROW_SCREEN = '(max-width: 599px)';

/**
 * Renders the toasts in a polite live region so screen readers hear them. Wide screens stack
 * the last few; a phone shows one at a time, the newest. A toast waiting behind it is not
 * lost: its timer only runs while it is shown (ToastItem starts it on mount), so once the
 * newer one is gone it comes back with its full time to reach for Undo.
 */
export function Toasts() {
  const toasts = useToastStore((state) => state.toasts);
  const isNarrow = useMediaQuery(NARROW_SCREEN);
  const shown = isNarrow ? toasts.slice(-1) : toasts;
  const waiting = toasts.length - shown.length;
  return (
    <div className="toasts" role="status" aria-live="polite">
      {shown.map((toast) => (
        <ToastItem key={toast.id} toast={toast} waiting={waiting} />
      ))}
    </div>
  );
}

function ToastItem({ toast, waiting }: { toast: Toast; waiting: number }) {
  const { t } = useI18n();
  useEffect(() => {
    const timer = setTimeout(() => {
      dismissToast(toast.id);
    }, TOAST_DURATION_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [toast.id]);

  return (
    <div className={`toast toast-${toast.tone}`}>
      <span>
        {toast.message}
        {waiting > 0 ? (
          <small className="toast-waiting">{t('toast.waiting', { count: waiting })}</small>
        ) : null}
      </span>
      {toast.onAction && toast.actionLabel ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            dismissToast(toast.id);
            void toast.onAction?.();
          }}
        >
          {toast.actionLabel}
        </button>
      ) : null}
      <button
        type="button"
        className="button toast-close"
        aria-label={t('common.close')}
        onClick={() => {
          dismissToast(toast.id);
        }}
      >
        ×
      </button>
    </div>
  );
}
