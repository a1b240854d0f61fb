import { Link, useNavigate } from 'react-router-dom';
import { Icon } from '../../components/icon';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import {
  archiveGoal,
  completeGoal,
  deleteGoal,
  reopenGoal,
  undoDeleteGoal,
  undoGoalStatus,
  type GoalStatusBefore,
} from '../../db/writes/goals';
import type { Goal } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import './goals-messages';

/** Edit, mark done, archive or reopen, and delete; each with Undo in a toast. */
export function GoalActions({ goal }: { goal: Goal }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { title } = goal;

  // Every write here reports a failure in a toast instead of failing silently.
  const attempt = async <T,>(write: () => Promise<T>): Promise<{ value: T } | undefined> => {
    try {
      return { value: await write() };
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('goals.actionFailed', { reason: failureText(error, t) }),
      });
      return undefined;
    }
  };

  async function setStatus(
    write: (id: string) => Promise<GoalStatusBefore>,
    message: 'goals.toast.done' | 'goals.toast.archived' | 'goals.toast.reopened',
  ) {
    const result = await attempt(() => write(goal.id));
    if (!result) return;
    showToast({
      message: t(message, { title }),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => undoGoalStatus(goal.id, result.value));
      },
    });
  }

  async function remove() {
    if (!(await attempt(() => deleteGoal(goal.id)))) return;
    void navigate('/goals');
    showToast({
      message: t('goals.toast.deleted', { title }),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => undoDeleteGoal(goal.id));
      },
    });
  }

  return (
    <div className="goal-actions">
      <Link to={`/goals/${goal.id}/edit`} className="button">
        <Icon name="edit" size={20} />
        {t('common.edit')}
      </Link>
      {goal.status === 'active' ? (
        <button
          type="button"
          className="button"
          onClick={() => void setStatus(completeGoal, 'goals.toast.done')}
        >
          <Icon name="check" size={20} />
          {t('goals.detail.complete')}
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => void setStatus(reopenGoal, 'goals.toast.reopened')}
        >
          {t('goals.detail.reopen')}
        </button>
      )}
      {goal.status === 'archived' ? null : (
        <button
          type="button"
          className="button"
          onClick={() => void setStatus(archiveGoal, 'goals.toast.archived')}
        >
          {t('goals.detail.archive')}
        </button>
      )}
      <button type="button" className="button danger" onClick={() => void remove()}>
        <Icon name="trash" size={20} />
        {t('common.delete')}
      </button>
    </div>
  );
}
