import { Link, useParams } from 'react-router-dom';
import { Icon } from '../../components/icon';
import { useGoalPage } from '../../live-queries/use-goal-page';
import type { Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { GoalActions } from './goal-actions';
import { dayText } from './goal-dates';
import { GoalHelpSection } from './goal-help-section';
import { GoalNotFound } from './goal-not-found';
import './goals-messages';
import './goals.css';

/** /goals/:goalId: the goal, what to do with it, and who can help with each need. */
export default function GoalPage() {
  const { goalId } = useParams();
  if (goalId === undefined) return <GoalNotFound />;
  return <GoalOfId goalId={goalId} />;
}

function GoalOfId({ goalId }: { goalId: Id }) {
  const { t, formatDate } = useI18n();
  const page = useGoalPage(goalId);
  if (page === undefined) return <p className="page muted">{t('common.loading')}</p>;
  const { goal, help, introductions } = page;
  if (goal === null) return <GoalNotFound />;

  return (
    <article className="page goal-page" aria-labelledby="goal-title">
      <p>
        <Link to="/goals">
          <Icon name="back" size={18} />
          {t('goals.detail.back')}
        </Link>
      </p>
      <h1 id="goal-title">{goal.title}</h1>
      {goal.status === 'active' ? null : (
        <p className="muted">
          {t(`goals.status.${goal.status}`)}
          {goal.closedAt === undefined
            ? null
            : ` · ${t('goals.closedOn', { date: formatDate(goal.closedAt) })}`}
        </p>
      )}
      {goal.dueOn ? (
        <p className="muted">{t('goals.dueOn', { date: dayText(goal.dueOn, formatDate) })}</p>
      ) : null}
      <GoalActions goal={goal} />
      {goal.why ? (
        <section aria-labelledby="goal-why">
          <h2 id="goal-why">{t('goals.detail.why')}</h2>
          <p className="goal-why">{goal.why}</p>
        </section>
      ) : null}
      <GoalHelpSection goalId={goal.id} help={help} introductions={introductions} />
    </article>
  );
}
