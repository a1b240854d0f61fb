import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import { createGoal, editGoal, GoalConflictError, type GoalConflict } from '../../db/writes/goals';
import { writeErrorReasonOf, type WriteErrorReason } from '../../db/write-errors';
import { changesBetween } from '../../domain/field-changes';
import type { GoalFields } from '../../domain/goals/goal-fields';
import type { Goal } from '../../domain/types';
import { useGoal } from '../../live-queries/use-goals';
import { useI18n } from '../../i18n/use-i18n';
import { ExpertiseField } from './expertise-field';
import { GoalNotFound } from './goal-not-found';
import './goals-messages';
import './goals.css';
import { GOAL_FORM_FIELDS, useGoalDraft } from './use-goal-draft';

/** Which field a refused save is about, so its message shows there. */
const FIELD_OF_REASON: Partial<Record<WriteErrorReason, keyof GoalFields>> = {
  'no-title': 'title',
  'title-too-long': 'title',
  'why-too-long': 'why',
  'expertise-too-long': 'neededExpertise',
  'too-much-expertise': 'neededExpertise',
  'invalid-due-day': 'dueOn',
};

/** /goals/new and /goals/:goalId/edit. */
export default function GoalFormPage() {
  const { goalId } = useParams();
  const { t } = useI18n();
  const goal = useGoal(goalId);
  if (goalId === undefined) return <GoalForm goal={undefined} />;
  if (goal === undefined) return <p className="page muted">{t('common.loading')}</p>;
  if (goal === null) return <GoalNotFound />;
  return <GoalForm goal={goal} />;
}

/**
 * The goal's fields (their input: use-goal-draft.ts). Save sends only the fields the user
 * changed; a refused save keeps everything typed and says why.
 */
function GoalForm({ goal }: { goal: Goal | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const draft = useGoalDraft(goal);
  const { base, fields, change } = draft;
  const [problem, setProblem] = useState<{ reason: WriteErrorReason; text: string }>();
  const [conflicts, setConflicts] = useState<readonly GoalConflict[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    setIsSaving(true);
    try {
      let id = goal?.id;
      if (id === undefined) id = await createGoal(fields);
      else await editGoal(id, changesBetween(base, fields, GOAL_FORM_FIELDS));
      draft.letGo();
      showToast({ message: t('goals.toast.saved') });
      void navigate(`/goals/${id}`);
    } catch (error) {
      if (error instanceof GoalConflictError) {
        setConflicts(error.conflicts);
        // Seen now: a second Save keeps the user's values.
        const theirs: Partial<GoalFields> = {};
        for (const conflict of error.conflicts) {
          Object.assign(theirs, { [conflict.field]: conflict.theirs });
        }
        draft.seeTheirs(theirs);
      }
      setProblem({ reason: writeErrorReasonOf(error), text: failureText(error, t) });
      setIsSaving(false);
      requestAnimationFrame(() => alertRef.current?.focus());
    }
  }

  const fieldWithProblem = problem === undefined ? undefined : FIELD_OF_REASON[problem.reason];
  const errorOf = (field: keyof GoalFields) =>
    fieldWithProblem === field ? problem?.text : undefined;
  const theirsOf = (field: keyof GoalFields) => {
    const conflict = conflicts.find((entry) => entry.field === field);
    if (conflict === undefined) return undefined;
    const value = Array.isArray(conflict.theirs) ? conflict.theirs.join(', ') : conflict.theirs;
    return t('goals.form.theirs', { value });
  };
  const cancelTo = goal === undefined ? '/goals' : `/goals/${goal.id}`;

  return (
    <section className="page goal-form-page" aria-labelledby="goal-form-title">
      <h1 id="goal-form-title">
        {goal === undefined ? t('goals.form.newTitle') : t('goals.form.editTitle')}
      </h1>
      <form className="goal-form" noValidate onSubmit={(event) => void save(event)}>
        {draft.isRestored ? (
          <div className="card form-note">
            <p role="status">{t('goals.form.restored')}</p>
            <button type="button" className="button" onClick={draft.discard}>
              {t('goals.form.discardRestored')}
            </button>
          </div>
        ) : null}
        {problem === undefined ? null : (
          <p ref={alertRef} role="alert" tabIndex={-1} className="field-error goal-form-problem">
            {t('goals.form.saveFailed', { reason: problem.text })}
          </p>
        )}
        <div className="field">
          <label htmlFor="goal-title">{t('goals.form.title')}</label>
          <input
            id="goal-title"
            value={fields.title}
            autoComplete="off"
            aria-describedby="goal-title-hint"
            aria-invalid={errorOf('title') === undefined ? undefined : true}
            onChange={(event) => {
              change({ title: event.target.value });
            }}
          />
          <span id="goal-title-hint" className="field-hint">
            {theirsOf('title') ?? t('goals.form.titleHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor="goal-why">{t('goals.form.why')}</label>
          <textarea
            id="goal-why"
            rows={3}
            value={fields.why}
            aria-invalid={errorOf('why') === undefined ? undefined : true}
            onChange={(event) => {
              change({ why: event.target.value });
            }}
          />
          {theirsOf('why') === undefined ? null : (
            <span className="field-hint">{theirsOf('why')}</span>
          )}
        </div>
        <ExpertiseField
          values={fields.neededExpertise}
          error={errorOf('neededExpertise') ?? theirsOf('neededExpertise')}
          onChange={(neededExpertise) => {
            change({ neededExpertise });
          }}
        />
        <div className="field">
          <label htmlFor="goal-due">{t('goals.form.dueOn')}</label>
          <input
            id="goal-due"
            type="date"
            value={fields.dueOn}
            aria-invalid={errorOf('dueOn') === undefined ? undefined : true}
            onChange={(event) => {
              change({ dueOn: event.target.value });
            }}
          />
          {theirsOf('dueOn') === undefined ? null : (
            <span className="field-hint">{theirsOf('dueOn')}</span>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={isSaving}>
            {t('goals.form.save')}
          </button>
          <Link to={cancelTo} className="button" onClick={draft.letGo}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
