import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Icon } from '../../components/icon';
import { openLogSheet } from '../../components/log-sheet-store';
import { Timeline } from '../../components/timeline';
import { usePerson } from '../../live-queries/use-people';
import { initialsOf, nameOf } from '../../domain/contact';
import { useI18n } from '../../i18n/use-i18n';
import { IntroducedBy } from './introduced-by';
import { IntroductionForm } from './introduction-form';
import { NewAskForm, PersonAsks } from './person-asks';
import { PersonActions } from './person-actions';
import { PersonDetails } from './person-details';
import { PersonGoals } from './person-goals';
import { PersonHealth } from './person-health';
import { PersonIntroductions } from './person-introductions';
import { PersonNotFound } from './person-not-found';
import './people.css';

/** /people/:personId: who they are, what to ask next time, and every touch. */
export default function PersonPage() {
  const { personId } = useParams();
  const { t } = useI18n();
  const person = usePerson(personId);
  // ?ask=<goal id>, from a goal's "who can help": the ask form opens with that goal chosen.
  const [searchParams] = useSearchParams();
  const askForGoal = searchParams.get('ask');
  // One form at a time opens under the actions: an ask, or an introduction.
  const [openForm, setOpenForm] = useState<'ask' | 'introduction' | null>(
    askForGoal === null ? null : 'ask',
  );
  if (person === undefined) return <p className="page muted">{t('common.loading')}</p>;
  if (person === null) return <PersonNotFound />;

  const name = nameOf(person);
  const closeForm = () => {
    setOpenForm(null);
  };
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
          <IntroducedBy personId={person.id} />
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
        <button
          type="button"
          className="button"
          aria-expanded={openForm === 'ask'}
          onClick={() => {
            setOpenForm(openForm === 'ask' ? null : 'ask');
          }}
        >
          {t('asks.action')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={openForm === 'introduction'}
          onClick={() => {
            setOpenForm(openForm === 'introduction' ? null : 'introduction');
          }}
        >
          {t('introductions.action')}
        </button>
        <PersonActions person={person} />
      </div>

      {openForm === 'ask' ? (
        <NewAskForm key={person.id} person={person} goalId={askForGoal ?? ''} onDone={closeForm} />
      ) : null}
      {openForm === 'introduction' ? (
        <IntroductionForm key={person.id} person={person} onDone={closeForm} />
      ) : null}

      {person.nextTimeNote ? (
        <section className="card person-next-time" aria-labelledby="person-next-time">
          <h2 id="person-next-time">{t('people.person.nextTime')}</h2>
          <p>{person.nextTimeNote}</p>
        </section>
      ) : null}

      <PersonHealth person={person} />

      <PersonIntroductions person={person} />

      <PersonAsks person={person} />

      <PersonDetails person={person} />

      <PersonGoals person={person} />

      <section className="person-timeline" aria-labelledby="person-timeline">
        <h2 id="person-timeline">{t('people.person.timeline')}</h2>
        <Timeline contactId={person.id} />
      </section>
    </article>
  );
}
