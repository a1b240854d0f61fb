import { flushSync } from 'react-dom';
import { useI18n } from '../../i18n/use-i18n';
import type { LabelledValue } from '../../domain/types';
import { describedBy } from './form-aria';
import { EntryKindField } from './entry-kind-field';
import type { MessageKeyWith, PlainMessageKey } from '../../i18n/translate';

export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {text}
    </p>
  );
}

type TextFieldProps = {
  id: string;
  label: PlainMessageKey;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: PlainMessageKey | undefined;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  isMultiline?: boolean;
};

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  autoComplete = 'off',
  inputMode,
  isMultiline = false,
}: TextFieldProps) {
  const { t } = useI18n();
  const aria = describedBy(id, { hasHint: hint !== undefined, hasError: error !== undefined });
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      {isMultiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          {...aria}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          autoComplete={autoComplete}
          inputMode={inputMode}
          {...aria}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {t(hint)}
        </span>
      ) : null}
      <FieldError id={id} text={error} />
    </div>
  );
}

function focusRow(name: string, index: number): void {
  document.getElementById(`person-${name}-${Math.max(index, 0)}`)?.focus();
}

type ListFieldProps = {
  /** Field name in the validation errors: "emails" or "phones". */
  name: 'emails' | 'phones';
  legend: PlainMessageKey;
  itemLabel: MessageKeyWith<'number'>;
  /** The label picker's name ("Label of phone 1") and its text box's ("Own label of …"). */
  kindLabel: MessageKeyWith<'number'>;
  customLabel: MessageKeyWith<'number'>;
  addLabel: PlainMessageKey;
  removeLabel: MessageKeyWith<'number'>;
  type: 'email' | 'tel';
  values: LabelledValue[];
  onChange: (values: LabelledValue[]) => void;
  errorOf: (field: string) => string | undefined;
};

const BLANK_ROW: LabelledValue = { value: '' };

/** Several emails or phones: one row each (value and label), with add and remove buttons. */
export function ListField({
  name,
  legend,
  itemLabel,
  kindLabel,
  customLabel,
  addLabel,
  removeLabel,
  type,
  values,
  onChange,
  errorOf,
}: ListFieldProps) {
  const { t } = useI18n();
  const listError = errorOf(name);
  const listErrorId = `person-${name}-error`;
  return (
    <fieldset className="list-field">
      <legend>{t(legend)}</legend>
      {values.map((entry, index) => {
        const { value } = entry;
        const id = `person-${name}-${index}`;
        const error = errorOf(`${name}.${index}`);
        const aria = describedBy(id, { hasError: error !== undefined });
        // The "too many" error belongs to the whole list; the first row carries it.
        const listAria =
          listError && index === 0
            ? { 'aria-invalid': true, 'aria-describedby': listErrorId }
            : undefined;
        return (
          <div className="list-field-row" key={index}>
            <div className="field">
              <label htmlFor={id}>{t(itemLabel, { number: index + 1 })}</label>
              <input
                id={id}
                type={type}
                value={value}
                autoComplete="off"
                {...aria}
                {...listAria}
                onChange={(event) => {
                  const typed = event.target.value;
                  onChange(
                    values.map((old, at) => (at === index ? { ...old, value: typed } : old)),
                  );
                }}
              />
              <FieldError id={id} text={error} />
            </div>
            <EntryKindField
              rowId={id}
              number={index + 1}
              kindLabel={kindLabel}
              customLabel={customLabel}
              entry={entry}
              error={errorOf(`${name}.${index}.label`)}
              onChange={(changed) => {
                onChange(values.map((old, at) => (at === index ? changed : old)));
              }}
            />
            {values.length > 1 || value !== '' || entry.kind !== undefined ? (
              <button
                type="button"
                className="button"
                aria-label={t(removeLabel, { number: index + 1 })}
                onClick={() => {
                  const rest = values.filter((_, at) => at !== index);
                  // Render now so focus can land on a row that exists, not on the page.
                  flushSync(() => {
                    onChange(rest.length > 0 ? rest : [BLANK_ROW]);
                  });
                  focusRow(name, Math.min(index, rest.length - 1));
                }}
              >
                ×
              </button>
            ) : null}
          </div>
        );
      })}
      {listError ? (
        <p id={listErrorId} className="field-error">
          {listError}
        </p>
      ) : null}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => {
            flushSync(() => {
              onChange([...values, BLANK_ROW]);
            });
            focusRow(name, values.length);
          }}
        >
          {t(addLabel)}
        </button>
      </div>
    </fieldset>
  );
}
