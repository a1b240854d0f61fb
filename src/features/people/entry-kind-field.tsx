// The label picker of one phone or e-mail row: the four shared kinds, "No label", and
// "Custom…", which shows a text box for the user's own words. A native select, so the
// keyboard and screen readers work as everywhere else on the platform.
import { ENTRY_KINDS, type LabelledValue } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKeyWith } from '../../i18n/translate';
import { isEntryKind } from '../../domain/labelled-value';
import { describedBy } from './form-aria';

const NO_LABEL = 'none';

type EntryKindFieldProps = {
  /** The row's input id; the picker and the text box take ids after it. */
  rowId: string;
  number: number;
  kindLabel: MessageKeyWith<'number'>;
  customLabel: MessageKeyWith<'number'>;
  entry: LabelledValue;
  error?: string | undefined;
  onChange: (entry: LabelledValue) => void;
};

export function EntryKindField({
  rowId,
  number,
  kindLabel,
  customLabel,
  entry,
  error,
  onChange,
}: EntryKindFieldProps) {
  const { t } = useI18n();
  const kindId = `${rowId}-kind`;
  const customId = `${rowId}-label`;
  const aria = describedBy(customId, { hasError: error !== undefined });
  return (
    <>
      <div className="field entry-kind">
        <label htmlFor={kindId}>{t(kindLabel, { number })}</label>
        <select
          id={kindId}
          value={entry.kind ?? NO_LABEL}
          onChange={(event) => {
            const chosen = event.target.value;
            // The label text stays in the form when another kind is picked, so picking
            // "Custom…" again brings it back; only the saved entry drops it.
            const kind = chosen === 'custom' || isEntryKind(chosen) ? chosen : undefined;
            onChange({ ...entry, kind });
          }}
        >
          <option value={NO_LABEL}>{t('people.entryKind.none')}</option>
          {ENTRY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`people.entryKind.${kind}`)}
            </option>
          ))}
          <option value="custom">{t('people.entryKind.custom')}</option>
        </select>
      </div>
      {entry.kind === 'custom' ? (
        <div className="field entry-custom-label">
          <label htmlFor={customId}>{t(customLabel, { number })}</label>
          <input
            id={customId}
            type="text"
            value={entry.label ?? ''}
            autoComplete="off"
            {...aria}
            onChange={(event) => {
              onChange({ ...entry, label: event.target.value });
            }}
          />
          {error ? (
            <p id={`${customId}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
