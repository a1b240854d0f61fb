import { useEffect } from 'react';
import { TOAST_DURATION_MS, dismissToast, useToastStore, type Toast } from './toast-store';
import { useI18n } from '../i18n/use-i18n';
import './toasts.css';

/** Renders the toast stack in a polite live region so screen readers hear it. */
export function Toasts() {
  const toasts = useToastStore((state) => state.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
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
      <span>{toast.message}</span>
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
