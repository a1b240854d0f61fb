import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { failureText } from '../../components/failure-text';
import { GoalSelect } from '../../components/goal-select';
import { PersonPicker } from '../../components/person-picker';
import { showToast } from '../../components/toast-store';
import { currentTime } from '../../db/clock';
import { createIntroduction } from '../../db/writes/introductions';
import { nameOf } from '../../domain/contact';
import {
  INTRODUCTION_DIRECTIONS,
  type Contact,
  type IntroductionDirection,
} from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';

type IntroductionDraft = {
  direction: IntroductionDirection;
  otherIds: string[];
  note: string;
  goalId: string;
};

/**
 * "Introduce…" from a person's page: this person is the first one (the one asked first, or
 * the introducer), the person picked the second. It starts as asked, today.
 */
export function IntroductionForm({ person, onDone }: { person: Contact; onDone: () => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const noteId = useId();
  const pickerRef = useRef<HTMLInputElement>(null);
  const name = nameOf(person);
  const [draft, setDraft] = useState<IntroductionDraft>({
    direction: 'i-make',
    otherIds: [],
    note: '',
    goalId: '',
  });
  const [hasNoPerson, setHasNoPerson] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const change = (changes: Partial<IntroductionDraft>) => {
    if ('otherIds' in changes) setHasNoPerson(false);
    setDraft((current) => ({ ...current, ...changes }));
  };

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    const [secondId] = draft.otherIds;
    if (secondId === undefined) {
      setHasNoPerson(true);
      pickerRef.current?.focus();
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      await createIntroduction({
        direction: draft.direction,
        firstId: person.id,
        secondId,
        note: draft.note.trim(),
        goalId: draft.goalId === '' ? undefined : draft.goalId,
        at: currentTime(),
      });
      onDone();
      showToast({ message: t('introductions.toast.created') });
    } catch (error) {
      setSaveError(t('introductions.error.saveFailed', { reason: failureText(error, t) }));
      setIsSaving(false);
    }
  }

  return (
    <form
      className="card introduction-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={titleId}>{t('introductions.form.title', { name })}</h2>
      <fieldset className="field">
        <legend>{t('introductions.form.direction')}</legend>
        {INTRODUCTION_DIRECTIONS.map((direction) => (
          <label key={direction} className="choice">
            <input
              type="radio"
              name={`${titleId}-direction`}
              value={direction}
              checked={draft.direction === direction}
              onChange={() => {
                change({ direction });
              }}
            />{' '}
            {t(`introductions.direction.${direction}`, { name })}
          </label>
        ))}
      </fieldset>
      <PersonPicker
        ref={pickerRef}
        label={t('introductions.form.other')}
        selectedIds={draft.otherIds}
        isMultiple={false}
        excludedIds={[person.id]}
        onChange={(otherIds) => {
          change({ otherIds });
        }}
        error={hasNoPerson ? t('introductions.error.noPerson') : undefined}
      />
      <div className="field">
        <label htmlFor={noteId}>{t('introductions.form.note')}</label>
        <textarea
          id={noteId}
          rows={2}
          value={draft.note}
          onChange={(event) => {
            change({ note: event.target.value });
          }}
        />
      </div>
      <GoalSelect
        label={t('asks.form.goal')}
        value={draft.goalId}
        onChange={(goalId) => {
          change({ goalId });
        }}
      />
      {saveError ? (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('asks.form.cancel')}
        </button>
        <button type="submit" className="button primary" aria-disabled={isSaving}>
          {isSaving ? t('asks.form.saving') : t('introductions.form.save')}
        </button>
      </div>
    </form>
  );
}
