import { Link, useParams } from 'react-router-dom';
import { Icon } from '../../components/icon';
import { openLogSheet } from '../../components/log-sheet-store';
import { Timeline } from '../../components/timeline';
import { usePerson } from '../../live-queries/use-people';
import { initialsOf, nameOf } from '../../domain/contact';
import { useI18n } from '../../i18n/use-i18n';
import { PersonActions } from './person-actions';
import { PersonDetails } from './person-details';
import { PersonGoals } from './person-goals';
import { PersonHealth } from './person-health';
import { PersonNotFound } from './person-not-found';
import './people.css';

/** /people/:personId: who they are, what to ask next time, and every touch. */
export default function PersonPage() {
  const { personId } = useParams();
  const { t } = useI18n();
  const person = usePerson(personId);
  if (person === undefined) return <p className="page muted">{t('common.loading')}</p>;
  if (person === null) return <PersonNotFound />;

  const name = nameOf(person);
  const work = [person.role, person.organisation].filter(Boolean).join(', ');
  return (
    <article className="page person-page" aria-labelledby="person-name">
      <p>
        <Link to="/people">
          <Icon name="back" size={18} />
          {t('people.person.backToPeople')}
        </Link>
      </p>
      <header className="person-heading">
        <span className="person-avatar" aria-hidden="true">
          {initialsOf(person)}
        </span>
        <div>
          <h1 id="person-name">{name}</h1>
          {work ? <p className="person-subtitle">{work}</p> : null}
        </div>
      </header>
      {person.isArchived ? <p className="card muted">{t('people.person.archivedNote')}</p> : null}

      <div className="person-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            openLogSheet([person.id]);
          }}
        >
          <Icon name="log" size={20} />
          {t('people.person.log')}
        </button>
        <PersonActions person={person} />
      </div>

      {person.nextTimeNote ? (
        <section className="card person-next-time" aria-labelledby="person-next-time">
          <h2 id="person-next-time">{t('people.person.nextTime')}</h2>
          <p>{person.nextTimeNote}</p>
        </section>
      ) : null}

      <PersonHealth person={person} />

      <PersonDetails person={person} />

      <PersonGoals person={person} />

      <section className="person-timeline" aria-labelledby="person-timeline">
        <h2 id="person-timeline">{t('people.person.timeline')}</h2>
        <Timeline contactId={person.id} />
      </section>
    </article>
  );
}
