import { Link } from 'react-router-dom';
import { Icon } from '../../components/icon';
import { useGoals } from '../../live-queries/use-goals';
import { useGoalHelp, type GoalHelpOfGoal } from '../../live-queries/use-goal-help';
import type { Goal } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { CoverageLine } from './coverage-line';
import { dayText } from './goal-dates';
import './goals-messages';
import './goals.css';

const NO_GOALS: readonly Goal[] = [];

/** /goals: active goals with their 24-hour coverage, done and archived ones folded below. */
export default function GoalsPage() {
  const { t } = useI18n();
  const goals = useGoals();
  const active = goals?.filter((goal) => goal.status === 'active');
  const help = useGoalHelp(active ?? NO_GOALS);
  if (goals === undefined) return <p className="page muted">{t('common.loading')}</p>;
  const closed = goals.filter((goal) => goal.status !== 'active');

  return (
    <section className="page goals-page" aria-labelledby="goals-title">
      <header className="goals-header">
        <h1 id="goals-title">{t('goals.title')}</h1>
        {goals.length > 0 ? <AddGoalLink /> : null}
      </header>
      {goals.length === 0 ? <EmptyGoals /> : null}
      {active && active.length > 0 ? (
        <section aria-labelledby="goals-active">
          <h2 id="goals-active">{t('goals.activeHeading')}</h2>
          <ul className="goal-list">
            {active.map((goal) => (
              <GoalRow key={goal.id} goal={goal} help={help?.byGoal.get(goal.id)} />
            ))}
          </ul>
        </section>
      ) : null}
      {closed.length > 0 ? (
        <details className="goals-closed">
          <summary>{t('goals.closedHeading', { count: closed.length })}</summary>
          <ul className="goal-list">
            {closed.map((goal) => (
              <GoalRow key={goal.id} goal={goal} help={undefined} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function AddGoalLink() {
  const { t } = useI18n();
  return (
    <Link to="/goals/new" className="button primary">
      <Icon name="log" size={20} />
      {t('goals.add')}
    </Link>
  );
}

function EmptyGoals() {
  const { t } = useI18n();
  return (
    <div className="card goals-empty">
      <h2>{t('goals.emptyTitle')}</h2>
      <p>{t('goals.emptyBody')}</p>
      <AddGoalLink />
    </div>
  );
}

function GoalRow({ goal, help }: { goal: Goal; help: GoalHelpOfGoal | undefined }) {
  const { t, formatDate } = useI18n();
  return (
    <li className="card goal-row">
      <Link to={`/goals/${goal.id}`} className="goal-row-title">
        {goal.title}
      </Link>
      {goal.status === 'active' ? (
        <CoverageLine coverage={help?.coverage} />
      ) : (
        <p className="muted">{t(`goals.status.${goal.status}`)}</p>
      )}
      {goal.dueOn && goal.status === 'active' ? (
        <p className="muted">{t('goals.dueOn', { date: dayText(goal.dueOn, formatDate) })}</p>
      ) : null}
    </li>
  );
}
