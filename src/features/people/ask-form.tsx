import { useId, useState, type SyntheticEvent } from 'react';
import { failureText } from '../../components/failure-text';
import { GoalSelect } from '../../components/goal-select';
import { currentTime } from '../../db/clock';
import { TOUCH_KINDS, type TouchKind } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { DayField } from './day-field';
import { atOfDayInput, type DayProblem } from './day-input';

/** What the ask form holds; kept as typed while a save fails. */
export type AskDraft = { what: string; goalId: string; day: string; kind: TouchKind };

type AskFormProps = {
  title: string;
  initial: AskDraft;
  /** Edits keep the kind of the touch the ask was made in: it is changed in the timeline. */
  hasKind: boolean;
  saveLabel: string;
  onSave: (draft: AskDraft, at: number) => Promise<void>;
  onCancel: () => void;
};

/** A new ask for help, or an ask being edited: what, for which goal, when, and how. */
export function AskForm({ title, initial, hasKind, saveLabel, onSave, onCancel }: AskFormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const whatId = useId();
  const kindId = useId();
  const [draft, setDraft] = useState(initial);
  const [dayProblem, setDayProblem] = useState<DayProblem | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const change = (changes: Partial<AskDraft>) => {
    if ('day' in changes) setDayProblem(null);
    setDraft((current) => ({ ...current, ...changes }));
  };

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    const when = atOfDayInput(draft.day, currentTime());
    if (!when.ok) {
      setDayProblem(when.problem);
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      await onSave({ ...draft, what: draft.what.trim() }, when.at);
    } catch (error) {
      setSaveError(t('asks.error.saveFailed', { reason: failureText(error, t) }));
      setIsSaving(false);
    }
  }

  return (
    <form
      className="card ask-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="field">
        <label htmlFor={whatId}>{t('asks.form.what')}</label>
        <textarea
          id={whatId}
          rows={2}
          value={draft.what}
          onChange={(event) => {
            change({ what: event.target.value });
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
      <DayField
        label={t('asks.form.when')}
        value={draft.day}
        problem={
          dayProblem ? t(dayProblem === 'future' ? 'asks.error.future' : 'asks.error.date') : null
        }
        onChange={(day) => {
          change({ day });
        }}
      />
      {hasKind ? (
        <div className="field">
          <label htmlFor={kindId}>{t('asks.form.how')}</label>
          <select
            id={kindId}
            value={draft.kind}
            onChange={(event) => {
              const kind = TOUCH_KINDS.find((option) => option === event.target.value);
              if (kind) change({ kind });
            }}
          >
            {TOUCH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`log.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {saveError ? (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('asks.form.cancel')}
        </button>
        <button type="submit" className="button primary" aria-disabled={isSaving}>
          {isSaving ? t('asks.form.saving') : saveLabel}
        </button>
      </div>
    </form>
  );
}
