import { useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { failureText } from '../../components/failure-text';
import { PersonPicker } from '../../components/person-picker';
import type { TouchErrorReason } from '../../db/write-errors';
import { TouchError } from '../../db/writes/touches';
import { STORED_YEARS } from '../../domain/time-range';
import { useI18n } from '../../i18n/use-i18n';
import type { I18n } from '../../i18n/i18n-context';
import { AskFields, FlowField, InitiatorField, KindField, WhenField } from './touch-fields';
import {
  hasProblems,
  problemsOf,
  resolveAt,
  type DraftProblems,
  type TouchDraft,
} from './touch-draft';

type TouchFormProps = {
  draft: TouchDraft;
  onChange: (changes: Partial<TouchDraft>) => void;
  /** Writes the touch; a rejection is shown in the form with all input kept. */
  onSave: (draft: TouchDraft, at: number) => Promise<void>;
  /** For an edit: the stored time, kept exactly unless another minute is picked. */
  originalAt?: number | undefined;
  discardLabel: string;
  canDiscard: boolean;
  onDiscard: () => void;
  /** Shown above the fields: a change made to this touch in another tab, say. */
  notice?: ReactNode;
  saveLabel?: string | undefined;
  /**
   * Offer what was asked and its goal when "I asked for help" is ticked: a new touch
   * records the ask with it. An edited touch keeps the asks it was logged with.
   */
  hasAskFields?: boolean;
};

/** The fields of a touch and its Save button; shared by logging and editing. */
export function TouchForm({
  draft,
  onChange,
  onSave,
  originalAt,
  discardLabel,
  canDiscard,
  onDiscard,
  notice,
  saveLabel,
  hasAskFields = false,
}: TouchFormProps) {
  const { t } = useI18n();
  const noteId = useId();
  const noteHintId = useId();
  const pickerRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  function change(changes: Partial<TouchDraft>) {
    // A problem goes away as soon as the field it is about is touched.
    setProblems((current) => ({
      people: 'personIds' in changes ? undefined : current.people,
      when: 'when' in changes || 'pickedAt' in changes ? undefined : current.when,
    }));
    onChange(changes);
  }

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    const now = Date.now();
    const found = problemsOf(draft, now, originalAt);
    const at = resolveAt(draft, now, originalAt);
    setProblems(found);
    if (hasProblems(found) || at === null) {
      if (found.people) pickerRef.current?.focus();
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      await onSave(draft, at);
    } catch (error) {
      setSaveError(failureOf(error, t));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form className="log-sheet-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="log-sheet-body">
        {notice}
        <PersonPicker
          ref={pickerRef}
          label={t('log.people')}
          selectedIds={draft.personIds}
          onChange={(personIds) => {
            change({ personIds });
          }}
          isMultiple
          autoFocus
          canAddPerson
          error={problems.people ? t('log.error.noPeople') : undefined}
        />
        <KindField
          value={draft.kind}
          onChange={(kind) => {
            change({ kind });
          }}
        />
        <WhenField
          when={draft.when}
          pickedAt={draft.pickedAt}
          onChange={change}
          error={
            problems.when === 'future'
              ? t('log.error.future')
              : problems.when === 'too-early'
                ? t('log.error.tooEarly', { year: String(STORED_YEARS.from) })
                : problems.when === 'no-time'
                  ? t('log.error.noTime')
                  : undefined
          }
        />
        <div className="field">
          <label htmlFor={noteId}>{t('log.note')}</label>
          <textarea
            id={noteId}
            rows={3}
            aria-describedby={noteHintId}
            value={draft.note}
            onChange={(event) => {
              change({ note: event.target.value });
            }}
          />
          <span id={noteHintId} className="muted log-note-hint">
            {t('log.note.hint')}
          </span>
        </div>
        <FlowField
          flows={draft.flows}
          onChange={(flows) => {
            change({ flows });
          }}
        />
        {hasAskFields && draft.flows.includes('asked') ? (
          <AskFields draft={draft} onChange={change} />
        ) : null}
        <InitiatorField
          value={draft.initiator}
          onChange={(initiator) => {
            change({ initiator });
          }}
        />
      </div>
      <div className="log-sheet-footer">
        {saveError ? (
          <p role="alert" className="log-sheet-alert">
            {saveError}
          </p>
        ) : null}
        <div className="log-sheet-actions">
          {canDiscard ? (
            <button type="button" className="button" onClick={onDiscard} disabled={isSaving}>
              {discardLabel}
            </button>
          ) : null}
          <button type="submit" className="button primary log-sheet-save" aria-disabled={isSaving}>
            {isSaving ? t('log.saving') : (saveLabel ?? t('log.save'))}
          </button>
        </div>
      </div>
    </form>
  );
}

/** Why a save failed, in the user's words: a refusal by its reason, a full disk, … */
function failureOf(error: unknown, t: I18n['t']): string {
  if (!(error instanceof TouchError)) return failureText(error, t);
  if (error.reason === 'edit-conflict') return t('log.error.conflictOnSave');
  return t('log.error.saveFailed', { reason: reasonText(error.reason, t) });
}

function reasonText(reason: Exclude<TouchErrorReason, 'edit-conflict'>, t: I18n['t']): string {
  switch (reason) {
    case 'no-participants':
      return t('log.error.reason.noPeople');
    case 'unknown-participant':
      return t('log.error.unknownPerson');
    case 'touch-not-found':
      return t('log.error.notFound');
    case 'goal-not-found':
      return t('log.error.goalGone');
    case 'invalid-time':
    case 'invalid-kind':
      return t('log.error.reason.invalid');
  }
}
