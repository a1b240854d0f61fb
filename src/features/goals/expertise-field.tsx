import { useState, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readKnownExpertise } from '../../db/reads/goals';
import { expertiseSuggestions, tidyExpertise } from '../../domain/goals/goal-fields';
import { useI18n } from '../../i18n/use-i18n';
import './goals-messages';

type ExpertiseFieldProps = {
  values: readonly string[];
  onChange: (values: string[]) => void;
  error: string | undefined;
};

const INPUT_ID = 'goal-expertise';

/**
 * Needed expertise as chips: typed and added with Enter (or a comma), or picked from the
 * expertise people already have, matched without case or diacritics ("forhand" finds
 * "Förhandling"). Each chip has its own remove button, so the field works from the keyboard.
 */
export function ExpertiseField({ values, onChange, error }: ExpertiseFieldProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const known = useLiveQuery(readKnownExpertise, []);
  const suggestions = expertiseSuggestions(typed, known ?? [], values);

  function add(label: string) {
    const next = tidyExpertise([...values, label]);
    onChange(next);
    setTyped('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' && event.key !== ',') return;
    // Enter adds the need instead of sending the form; an empty box lets Enter send it.
    if (typed.trim() === '') return;
    event.preventDefault();
    add(typed);
  }

  const describedBy = [`${INPUT_ID}-hint`, error === undefined ? '' : `${INPUT_ID}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="field goal-expertise">
      <legend>{t('goals.form.expertise')}</legend>
      {values.length === 0 ? (
        <p className="muted">{t('goals.form.expertiseNone')}</p>
      ) : (
        <ul className="goal-chips">
          {values.map((label) => (
            <li key={label} className="goal-chip">
              {label}
              <button
                type="button"
                className="goal-chip-remove"
                aria-label={t('goals.form.expertiseRemove', { label })}
                onClick={() => {
                  onChange(values.filter((value) => value !== label));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="goal-expertise-add">
        <label htmlFor={INPUT_ID} className="visually-hidden">
          {t('goals.form.expertise')}
        </label>
        <input
          id={INPUT_ID}
          value={typed}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={error === undefined ? undefined : true}
          onChange={(event) => {
            setTyped(event.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="button"
          disabled={typed.trim() === ''}
          onClick={() => {
            add(typed);
          }}
        >
          {t('goals.form.expertiseAdd')}
        </button>
      </div>
      <span id={`${INPUT_ID}-hint`} className="field-hint">
        {t('goals.form.expertiseHint')}
      </span>
      {suggestions.length > 0 ? (
        <div role="group" aria-label={t('goals.form.suggestions')} className="goal-suggestions">
          {suggestions.map((label) => (
            <button
              key={label}
              type="button"
              className="goal-chip goal-chip-button"
              onClick={() => {
                add(label);
                document.getElementById(INPUT_ID)?.focus();
              }}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
      {error === undefined ? null : (
        <p id={`${INPUT_ID}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
