import { useId, useState, type SyntheticEvent } from 'react';
import { failureText } from '../../components/failure-text';
import { GoalSelect } from '../../components/goal-select';
import { showToast } from '../../components/toast-store';
import { useNow } from '../../components/use-now';
import { currentTime } from '../../db/clock';
import {
  deleteIntroduction,
  editIntroduction,
  setIntroductionState,
  undoDeleteIntroduction,
  undoIntroductionChange,
} from '../../db/writes/introductions';
import { useIntroductions } from '../../live-queries/use-introductions';
import { usePeopleByIds } from '../../live-queries/use-people';
import { nameOf } from '../../domain/contact';
import {
  currentStateAt,
  earlierStates,
  nextStates,
  waitOf,
} from '../../domain/goals/introductions';
import type { Contact, EpochMs, Introduction, IntroductionState } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { DayField } from './day-field';
import { atOfDayInput, dayInputOf } from './day-input';
import { useAttempt } from './use-attempt';

/** A week: within it, a day is named by its weekday ("since Monday"), else by its date. */
const WEEKDAY_SPAN_DAYS = 6;
const DAY_MS = 24 * 60 * 60 * 1000; // 1 day

/** Every introduction this person is part of, as the first person or the second. */
export function PersonIntroductions({ person }: { person: Contact }) {
  const { t } = useI18n();
  const headingId = useId();
  const introductions = useIntroductions({ contactId: person.id });
  const ids = [...new Set((introductions ?? []).flatMap((item) => [item.firstId, item.secondId]))];
  const people = usePeopleByIds(ids);
  if (!introductions || introductions.length === 0 || !people) return null;
  // An introduction with someone deleted is kept for an undo of that delete, not shown.
  const shown = introductions.flatMap((introduction) => {
    const first = people.get(introduction.firstId);
    const second = people.get(introduction.secondId);
    return first && second ? [{ introduction, first, second }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section className="card person-introductions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('introductions.list.title')}</h2>
      <ul className="introduction-list">
        {shown.map(({ introduction, first, second }) => (
          <IntroductionItem
            key={introduction.id}
            introduction={introduction}
            first={first}
            second={second}
          />
        ))}
      </ul>
    </section>
  );
}

/** "today", "Monday" within the last week, else "3 Dec". */
function useWhenText(): (at: EpochMs | undefined) => string {
  const { t, formatDate } = useI18n();
  const now = useNow();
  return (at) => {
    if (at === undefined) return '';
    if (dayInputOf(at) === dayInputOf(now)) return t('introductions.when.today');
    if (now - at < WEEKDAY_SPAN_DAYS * DAY_MS) return formatDate(at, { weekday: 'long' });
    return formatDate(at, { day: 'numeric', month: 'short' });
  };
}

type Names = { first: string; second: string };

function useStatusText(): (introduction: Introduction, names: Names) => string {
  const { t, formatDate } = useI18n();
  const whenText = useWhenText();
  return (introduction, names) => {
    const at = currentStateAt(introduction) ?? introduction.updatedAt;
    const wait = waitOf(introduction);
    if (wait === undefined) {
      const ended = introduction.state === 'met' ? 'met' : 'nothing-came';
      return t(`introductions.ended.${ended}`, { date: formatDate(at) });
    }
    const name = wait.personId === introduction.firstId ? names.first : names.second;
    switch (wait.waitingFor) {
      case 'first-yes':
      case 'second-yes':
        return t('introductions.wait.yes', { name, when: whenText(wait.since) });
      case 'making':
        return wait.personId === undefined
          ? t('introductions.wait.makeIt')
          : t('introductions.wait.theyMakeIt', { name, when: whenText(wait.since) });
      case 'outcome':
        return t(`introductions.wait.outcome.${introduction.direction}`, {
          date: formatDate(at, { day: 'numeric', month: 'short' }),
        });
    }
  };
}

function useNextLabel(): (
  introduction: Introduction,
  state: IntroductionState,
  names: Names,
) => string {
  const { t } = useI18n();
  return (introduction, state, names) => {
    switch (state) {
      case 'first-agreed':
        return t('introductions.next.agreed', { name: names.first });
      case 'second-agreed':
        return t('introductions.next.agreed', { name: names.second });
      case 'made':
        return t('introductions.next.made');
      case 'met':
        return t(
          introduction.direction === 'for-me'
            ? 'introductions.next.weMet'
            : 'introductions.next.met',
        );
      default:
        return t('introductions.next.nothing-came');
    }
  };
}

function IntroductionItem({
  introduction,
  first,
  second,
}: {
  introduction: Introduction;
  first: Contact;
  second: Contact;
}) {
  const { t } = useI18n();
  const attempt = useAttempt();
  const statusText = useStatusText();
  const nextLabel = useNextLabel();
  const titleId = useId();
  // Empty means today: the next step is recorded at the moment it is tapped.
  const [stepDay, setStepDay] = useState('');
  const [dayProblem, setDayProblem] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  const names = { first: nameOf(first), second: nameOf(second) };
  const next = nextStates(introduction.state);
  const [back] = earlierStates(introduction.state);

  async function move(state: IntroductionState) {
    const now = currentTime();
    const when = stepDay === '' ? { ok: true as const, at: now } : atOfDayInput(stepDay, now);
    if (!when.ok) {
      setDayProblem(t(when.problem === 'future' ? 'asks.error.future' : 'asks.error.date'));
      return;
    }
    const change = await attempt(() => setIntroductionState(introduction.id, state, when.at, now));
    if (!change) return;
    setStepDay('');
    showToast({
      message: t('introductions.toast.moved'),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => undoIntroductionChange(change));
      },
    });
  }

  async function remove() {
    const isDeleted = await attempt(async () => {
      await deleteIntroduction(introduction.id);
      return true;
    });
    if (!isDeleted) return;
    showToast({
      message: t('introductions.toast.deleted'),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => undoDeleteIntroduction(introduction.id));
      },
    });
  }

  if (isEditing) {
    return (
      <li className="introduction-item">
        <IntroductionEditForm
          introduction={introduction}
          title={t(`introductions.title.${introduction.direction}`, names)}
          onDone={() => {
            setIsEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className="introduction-item" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="introduction-title">
        {t(`introductions.title.${introduction.direction}`, names)}
      </p>
      <p className="introduction-status">{statusText(introduction, names)}</p>
      {introduction.note ? <p className="muted person-text">{introduction.note}</p> : null}
      {next.length > 0 ? (
        <>
          <div className="introduction-next">
            {next.map((state) => (
              <button
                key={state}
                type="button"
                className="button primary"
                onClick={() => void move(state)}
              >
                {nextLabel(introduction, state, names)}
              </button>
            ))}
          </div>
          <DayField
            label={t('introductions.stepDate')}
            value={stepDay}
            problem={dayProblem}
            onChange={(value) => {
              setDayProblem(null);
              setStepDay(value);
            }}
          />
        </>
      ) : null}
      <div className="ask-item-actions">
        {back === undefined ? null : (
          <button type="button" className="button" onClick={() => void move(back)}>
            {t('introductions.back')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setIsEditing(true);
          }}
        >
          {t('introductions.edit')}
        </button>
        <button type="button" className="button danger" onClick={() => void remove()}>
          {t('introductions.delete')}
        </button>
      </div>
    </li>
  );
}

type EditDraft = { note: string; goalId: string; day: string };

/**
 * Edits an introduction's note, its goal and the day of the step it is at. The draft stays
 * as typed when the save fails (another tab changed the introduction, a day before the step
 * before it); a save can be taken back from its toast.
 */
function IntroductionEditForm({
  introduction,
  title,
  onDone,
}: {
  introduction: Introduction;
  title: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const attempt = useAttempt();
  const titleId = useId();
  const noteId = useId();
  const reachedAt = introduction.stateAt[introduction.state];
  const [draft, setDraft] = useState<EditDraft>({
    note: introduction.note,
    goalId: introduction.goalId ?? '',
    day: reachedAt === undefined ? '' : dayInputOf(reachedAt),
  });
  const [dayProblem, setDayProblem] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const change = (changes: Partial<EditDraft>) => {
    if ('day' in changes) setDayProblem(null);
    setDraft((current) => ({ ...current, ...changes }));
  };

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    const now = currentTime();
    const isDayChanged = reachedAt !== undefined && draft.day !== dayInputOf(reachedAt);
    const when = isDayChanged ? atOfDayInput(draft.day, now) : undefined;
    if (when && !when.ok) {
      setDayProblem(t(when.problem === 'future' ? 'asks.error.future' : 'asks.error.date'));
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      const saved = await editIntroduction(
        introduction.id,
        {
          note: draft.note.trim(),
          goalId: draft.goalId === '' ? null : draft.goalId,
          ...(when?.ok ? { stateAt: { state: introduction.state, at: when.at } } : {}),
        },
        introduction.updatedAt,
        now,
      );
      onDone();
      showToast({
        message: t('introductions.toast.edited'),
        actionLabel: t('common.undo'),
        onAction: async () => {
          await attempt(() => undoIntroductionChange(saved));
        },
      });
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
      <h3 id={titleId}>{t('introductions.editTitle', { title })}</h3>
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
      {reachedAt === undefined ? null : (
        <DayField
          label={t('introductions.stepDay')}
          value={draft.day}
          problem={dayProblem}
          onChange={(day) => {
            change({ day });
          }}
        />
      )}
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
          {isSaving ? t('asks.form.saving') : t('introductions.editSave')}
        </button>
      </div>
    </form>
  );
}
