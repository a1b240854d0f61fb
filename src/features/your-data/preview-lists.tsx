// The lists of an import's preview: new people, new details for people one has, rows left
// out and why, values changed on the way in, and repeats within the file. Each shows the
// first items the worker sent (PREVIEW_LIST_LIMIT) and says how many more there are.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { ImportPreview, PreviewMatch } from '../../workers/import-protocol';
import { fieldName, placeText, skippedText, warningText } from './your-data-text';
import './your-data-messages';

function PreviewList({
  title,
  total,
  shown,
  isOpen = false,
  children,
}: {
  title: string;
  total: number;
  shown: number;
  isOpen?: boolean;
  children: ReactNode;
}) {
  const { t, formatNumber } = useI18n();
  if (total === 0) return null;
  return (
    <details className="transfer-list" open={isOpen}>
      <summary>
        {title} ({formatNumber(total)})
      </summary>
      <ul>{children}</ul>
      {total > shown ? (
        <p className="muted">{t('yourData.preview.more', { count: total - shown })}</p>
      ) : null}
    </details>
  );
}

function matchSummary(text: ReturnType<typeof useI18n>, match: PreviewMatch): string {
  const names = (fields: readonly { field: string }[]) =>
    fields.map(({ field }) => fieldName(text, field)).join(', ');
  const parts: string[] = [];
  if (match.fills.length > 0)
    parts.push(text.t('yourData.preview.fills', { fields: names(match.fills) }));
  if (match.updates.length > 0) {
    parts.push(text.t('yourData.preview.updates', { fields: names(match.updates) }));
  }
  if (match.additions.length > 0) {
    parts.push(text.t('yourData.preview.additions', { fields: names(match.additions) }));
  }
  if (match.conflicts.length > 0) {
    parts.push(text.t('yourData.preview.asks', { fields: names(match.conflicts) }));
  }
  return parts.length > 0 ? parts.join('; ') : text.t('yourData.preview.recordOnly');
}

export function PreviewLists({ preview }: { preview: ImportPreview }) {
  const text = useI18n();
  const { t } = text;
  const isPhone = preview.source === 'contact-picker';
  const { counts } = preview;
  return (
    <div className="transfer-lists">
      <PreviewList
        title={t('yourData.preview.newTitle')}
        total={counts.newPeople}
        shown={preview.newPeople.length}
      >
        {preview.newPeople.map((person, index) => (
          <li key={index}>
            {person.name}
            {person.organisation === '' ? null : (
              <span className="muted"> · {person.organisation}</span>
            )}
          </li>
        ))}
      </PreviewList>
      <PreviewList
        title={t('yourData.preview.changedTitle')}
        total={counts.changed}
        shown={preview.matches.length}
      >
        {preview.matches.map((match) => (
          <li key={match.contactId}>
            {match.name}: {matchSummary(text, match)}
          </li>
        ))}
      </PreviewList>
      <PreviewList
        title={t('yourData.preview.skippedTitle')}
        total={counts.skipped}
        shown={preview.skipped.length}
        isOpen
      >
        {preview.skipped.map((item, index) => (
          <li key={index}>{skippedText(text, item, isPhone)}</li>
        ))}
      </PreviewList>
      <PreviewList
        title={t('yourData.preview.warningsTitle')}
        total={counts.warnings}
        shown={preview.warnings.length}
      >
        {preview.warnings.map((warning, index) => (
          <li key={index}>{warningText(text, warning)}</li>
        ))}
      </PreviewList>
      <PreviewList
        title={t('yourData.preview.duplicatesTitle')}
        total={counts.duplicates}
        shown={preview.duplicates.length}
      >
        {preview.duplicates.map((duplicate, index) => (
          <li key={index}>
            {t('yourData.preview.duplicate', {
              place: placeText(text, duplicate.place, isPhone),
              other: placeText(text, duplicate.sameAs, isPhone),
              rule: t(`yourData.preview.matchedBy.${duplicate.rule}`),
            })}
          </li>
        ))}
      </PreviewList>
    </div>
  );
}
