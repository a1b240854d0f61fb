import { useId } from 'react';
import type { SharedItem } from '../../domain/share/share-match';
import { shareLinkOf } from '../../domain/share/share-note';
import { useI18n } from '../../i18n/use-i18n';
import './share-messages';

/**
 * What another app shared. The link is shown as text, never as a live link or a preview:
 * Ties makes no request to it.
 */
export function SharedItemView({ item }: { item: SharedItem }) {
  const { t } = useI18n();
  const titleId = useId();
  const link = shareLinkOf(item);
  const text = item.text.trim();
  return (
    <section className="card share-received" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('share.received')}</h2>
      {item.title.trim() === '' ? null : <p className="share-title">{item.title.trim()}</p>}
      {text === '' || text === link ? null : <p className="share-text">{text}</p>}
      {link === undefined ? null : (
        <p className="share-link">
          <span className="muted">{t('share.link')}: </span>
          <span translate="no">{link}</span>
        </p>
      )}
    </section>
  );
}

type PasteBoxProps = { value: string; onChange: (value: string) => void };

/** Where a link or some text is pasted when the screen is opened from inside the app. */
export function PasteBox({ value, onChange }: PasteBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = useId();
  return (
    <div className="field share-paste">
      <label htmlFor={id}>{t('share.paste.label')}</label>
      <textarea
        id={id}
        rows={4}
        value={value}
        aria-describedby={hintId}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <p id={hintId} className="muted">
        {t('share.paste.hint')}
      </p>
    </div>
  );
}
