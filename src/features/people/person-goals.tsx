import { Link } from 'react-router-dom';
import { useGoals } from '../../live-queries/use-goals';
import type { Contact } from '../../domain/types';
import { goalsTheyCanHelpWith } from './person-goals-match';
import { useI18n } from '../../i18n/use-i18n';

/** "Goals they can help with", each linking to the goal; nothing when there is none. */
export function PersonGoals({ person }: { person: Contact }) {
  const { t } = useI18n();
  const goals = useGoals();
  const matching = goals === undefined ? [] : goalsTheyCanHelpWith(person, goals);
  if (matching.length === 0) return null;
  return (
    <section className="card person-goals" aria-labelledby="person-goals">
      <h2 id="person-goals">{t('people.person.goals')}</h2>
      <ul>
        {matching.map((goal) => (
          <li key={goal.id}>
            <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
