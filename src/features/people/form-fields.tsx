import { flushSync } from 'react-dom';
import { useI18n } from '../../i18n/use-i18n';
import { describedBy } from './form-aria';
import type { MessageKey } from '../../i18n/translate';

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
  label: MessageKey;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: MessageKey | undefined;
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
  legend: MessageKey;
  itemLabel: MessageKey;
  addLabel: MessageKey;
  removeLabel: MessageKey;
  type: 'email' | 'tel';
  values: string[];
  onChange: (values: string[]) => void;
  errorOf: (field: string) => string | undefined;
};

/** Several emails or phones: one input per row, with add and remove buttons. */
export function ListField({
  name,
  legend,
  itemLabel,
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
      {values.map((value, index) => {
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
                  onChange(values.map((old, at) => (at === index ? event.target.value : old)));
                }}
              />
              <FieldError id={id} text={error} />
            </div>
            {values.length > 1 || value !== '' ? (
              <button
                type="button"
                className="button"
                aria-label={t(removeLabel, { number: index + 1 })}
                onClick={() => {
                  const rest = values.filter((_, at) => at !== index);
                  // Render now so focus can land on a row that exists, not on the page.
                  flushSync(() => {
                    onChange(rest.length > 0 ? rest : ['']);
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
              onChange([...values, '']);
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
