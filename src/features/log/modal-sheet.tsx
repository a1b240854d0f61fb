// The modal shell of the log sheet: a bottom sheet on phones, a centred panel on wide
// screens. Modal for real: the rest of the page is made inert while it is open, Tab is
// kept inside, Escape and the backdrop close it. (LogSheetHost returns focus on close.)
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Icon } from '../../components/icon';
import { useI18n } from '../../i18n/use-i18n';
import './log-sheet.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

type ModalSheetProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
};

export function ModalSheet({ title, onClose, children }: ModalSheetProps) {
  const { t } = useI18n();
  const titleId = useId();
  const layerRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const layer = layerRef.current;
    const panel = panelRef.current;
    if (!layer || !panel) return;
    if (!panel.contains(document.activeElement)) panel.focus();
    const madeInert = [...document.body.children].filter(
      (element): element is HTMLElement =>
        element !== layer && element instanceof HTMLElement && !element.inert,
    );
    for (const element of madeInert) element.inert = true;
    return () => {
      for (const element of madeInert) element.inert = false;
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      keepTabInside(event);
    }
  }

  function keepTabInside(event: KeyboardEvent<HTMLDivElement>) {
    const panel = panelRef.current;
    if (!panel) return;
    const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.closest('[hidden]') === null,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const current = document.activeElement;
    if (event.shiftKey && (current === first || current === panel)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && current === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div ref={layerRef} className="log-sheet-layer">
      <div className="log-sheet-backdrop" aria-hidden="true" onClick={onClose} />
      {/* A modal dialog keeps Tab inside it and closes on Escape: its own keys. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={panelRef}
        className="log-sheet-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="log-sheet-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="button log-sheet-close"
            aria-label={t('common.close')}
            onClick={onClose}
          >
            <Icon name="close" />
          </button>
        </header>
        {children}
      </div>
    </div>,
    document.body,
  );
}
