import { useId, useState } from 'react';
import { showToast } from '../../components/toast-store';
import { currentTime } from '../../db/clock';
import {
  deleteAsk,
  editAsk,
  logAsk,
  setAskOutcome,
  undoAskChange,
  undoDeleteAsk,
  undoLogAsk,
  type AskChange,
} from '../../db/writes/asks';
import { useAsks } from '../../live-queries/use-asks';
import { useGoal } from '../../live-queries/use-goals';
import { nameOf } from '../../domain/contact';
import type { Ask, AskOutcome, Contact } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { AskForm } from './ask-form';
import { dayInputOf } from './day-input';
import { useAttempt } from './use-attempt';

const SETTLED_OUTCOMES = ['helped', 'declined', 'no-answer'] as const satisfies AskOutcome[];

/** The "Ask for help" form for a person: logs the ask and the touch it was made in. */
type NewAskFormProps = {
  person: Contact;
  /** The goal chosen to begin with; '' for none. */
  goalId?: string;
  onDone: () => void;
};

export function NewAskForm({ person, goalId = '', onDone }: NewAskFormProps) {
  const { t } = useI18n();
  const attempt = useAttempt();
  const name = nameOf(person);
  return (
    <AskForm
      title={t('asks.form.title', { name })}
      initial={{ what: '', goalId, day: dayInputOf(currentTime()), kind: 'message' }}
      hasKind
      saveLabel={t('asks.form.save')}
      onCancel={onDone}
      onSave={async (draft, at) => {
        const id = await logAsk({
          contactId: person.id,
          what: draft.what,
          goalId: draft.goalId === '' ? undefined : draft.goalId,
          at,
          kind: draft.kind,
        });
        onDone();
        showToast({
          message: t('asks.toast.logged', { name }),
          actionLabel: t('common.undo'),
          onAction: async () => {
            await attempt(() => undoLogAsk(id));
          },
        });
      }}
    />
  );
}

/** Every ask to this person, newest first; none shows nothing. */
export function PersonAsks({ person }: { person: Contact }) {
  const { t } = useI18n();
  const headingId = useId();
  const asks = useAsks({ contactId: person.id });
  if (!asks || asks.length === 0) return null;
  return (
    <section className="card person-asks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('asks.list.title')}</h2>
      <ul className="ask-list">
        {asks.map((ask) => (
          <AskItem key={ask.id} ask={ask} name={nameOf(person)} />
        ))}
      </ul>
    </section>
  );
}

function AskItem({ ask, name }: { ask: Ask; name: string }) {
  const { t, formatDate } = useI18n();
  const attempt = useAttempt();
  const goal = useGoal(ask.goalId);
  const [isEditing, setIsEditing] = useState(false);
  const what = ask.what === '' ? t('asks.list.nothingWritten') : ask.what;

  // Every change can be taken back from its toast, until the ask changes again.
  function offerUndo(change: AskChange, message: string) {
    if (change.before === change.after) return;
    showToast({
      message,
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => undoAskChange(change));
      },
    });
  }

  async function settle(outcome: AskOutcome) {
    const now = currentTime();
    const change = await attempt(() => setAskOutcome(ask.id, outcome, now, now));
    if (change) offerUndo(change, t(`asks.toast.${outcome}`, { name }));
  }

  async function remove() {
    const isDeleted = await attempt(async () => {
      await deleteAsk(ask.id);
      return true;
    });
    if (!isDeleted) return;
    showToast({
      message: t('asks.toast.deleted'),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => undoDeleteAsk(ask.id));
      },
    });
  }

  if (isEditing) {
    return (
      <li>
        <AskForm
          title={t('asks.list.edit')}
          initial={{
            what: ask.what,
            goalId: ask.goalId ?? '',
            day: dayInputOf(ask.at),
            kind: 'message',
          }}
          hasKind={false}
          saveLabel={t('asks.edit.save')}
          onCancel={() => {
            setIsEditing(false);
          }}
          onSave={async (draft, at) => {
            const change = await editAsk(
              ask.id,
              {
                what: draft.what,
                // An unchanged day keeps the time the ask was logged at.
                at: draft.day === dayInputOf(ask.at) ? ask.at : at,
                goalId: draft.goalId === '' ? null : draft.goalId,
              },
              ask.updatedAt,
            );
            setIsEditing(false);
            offerUndo(change, t('asks.toast.edited'));
          }}
        />
      </li>
    );
  }

  const outcomeLabelId = `${ask.id}-outcomes`;
  return (
    <li className="ask-item">
      <p className="ask-what">{what}</p>
      <p className="muted">
        {t('asks.list.askedOn', { date: formatDate(ask.at) })}
        {goal ? ` · ${t('asks.list.forGoal', { goal: goal.title })}` : ''}
      </p>
      {ask.outcome === 'pending' ? (
        <div className="ask-outcomes" role="group" aria-labelledby={outcomeLabelId}>
          <span id={outcomeLabelId} className="muted">
            {t('asks.list.outcomes')}
          </span>
          {SETTLED_OUTCOMES.map((outcome) => (
            <button
              key={outcome}
              type="button"
              className="button"
              onClick={() => void settle(outcome)}
            >
              {t(`asks.outcome.${outcome}`)}
            </button>
          ))}
        </div>
      ) : (
        <p className="ask-settled">
          {t(`asks.settled.${ask.outcome}`, { date: formatDate(ask.settledAt ?? ask.updatedAt) })}
        </p>
      )}
      <div className="ask-item-actions">
        {ask.outcome === 'pending' ? null : (
          <button type="button" className="button" onClick={() => void settle('pending')}>
            {t('asks.list.reopen')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setIsEditing(true);
          }}
        >
          {t('asks.list.edit')}
        </button>
        <button type="button" className="button danger" onClick={() => void remove()}>
          {t('asks.list.delete')}
        </button>
      </div>
    </li>
  );
}
