import { useNavigate, useParams } from 'react-router-dom';
import { showToast } from '../../components/toast-store';
import { createContact, inputOf, updateContact } from '../../db/contacts';
import { usePerson } from '../../db/hooks/use-people';
import { nameOf } from '../../domain/contact';
import type { ContactInput } from '../../domain/contact-validation';
import { useI18n } from '../../i18n/use-i18n';
import { PersonForm } from './person-form';
import { formStateOf } from './person-form-state';
import { PersonNotFound } from './person-not-found';
import './people.css';

/** /people/new and /people/:personId/edit. */
export default function PersonFormPage() {
  const { personId } = useParams();
  return personId === undefined ? <NewPerson /> : <EditPerson personId={personId} />;
}

/** After a save: show the person, and do not leave the form behind in the history. */
function useShowSaved() {
  const navigate = useNavigate();
  const { t } = useI18n();
  return (id: string, input: ContactInput) => {
    showToast({ message: t('people.form.saved', { name: nameOf(input) }) });
    void navigate(`/people/${id}`, { replace: true });
  };
}

function NewPerson() {
  const { t } = useI18n();
  const showSaved = useShowSaved();
  return (
    <section className="page" aria-labelledby="person-form-title">
      <h1 id="person-form-title">{t('people.form.newTitle')}</h1>
      <PersonForm
        initial={formStateOf()}
        cancelTo="/people"
        onSave={async (input) => {
          const id = await createContact(input);
          showSaved(id, input);
        }}
      />
    </section>
  );
}

function EditPerson({ personId }: { personId: string }) {
  const { t } = useI18n();
  const person = usePerson(personId);
  const showSaved = useShowSaved();
  if (person === undefined) return <p className="page muted">{t('common.loading')}</p>;
  if (person === null) return <PersonNotFound />;
  return (
    <section className="page" aria-labelledby="person-form-title">
      <h1 id="person-form-title">{t('people.form.editTitle', { name: nameOf(person) })}</h1>
      <PersonForm
        initial={formStateOf(inputOf(person))}
        personId={person.id}
        cancelTo={`/people/${person.id}`}
        onSave={async (input) => {
          await updateContact(person.id, input);
          showSaved(person.id, input);
        }}
      />
    </section>
  );
}
