import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import {
  ContactConflictError,
  ContactNotFoundError,
  createContact,
  editContact,
} from '../../db/writes/people';
import { inputOf } from '../../domain/contact-validation';
import { useStoredPerson } from '../../live-queries/use-people';
import { nameOf } from '../../domain/contact';
import { emptyContactInput, type ContactInput } from '../../domain/contact-validation';
import type { Contact } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { hasTyped, newPersonDraft, type PersonDraft } from './person-draft';
import { personDraftKey, readPersonDraft } from './person-draft-storage';
import { ConflictPanel, DeletedNote, RestoredNote, UpdatedNote } from './person-edit-notices';
import { PersonForm } from './person-form';
import { PersonNotFound } from './person-not-found';
import { usePersonDraft } from './use-person-draft';
import './people.css';

/** /people/new and /people/:personId/edit. */
export default function PersonFormPage() {
  const { personId } = useParams();
  // A form per person: its input and draft never carry over to another person's form.
  return personId === undefined ? <NewPerson /> : <EditPerson key={personId} personId={personId} />;
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

/** A refused save in the user's words: a clash, a deleted person, a full disk, … */
function useFailureText() {
  const { t } = useI18n();
  return (error: unknown) => {
    if (error instanceof ContactConflictError) return t('people.form.conflictOnSave');
    if (error instanceof ContactNotFoundError) return t('people.form.deletedOnSave');
    return failureText(error, t);
  };
}

function NewPerson() {
  const { t } = useI18n();
  const showSaved = useShowSaved();
  const failureTextOf = useFailureText();
  const key = personDraftKey(undefined);
  const [empty] = useState(emptyContactInput);
  const [initial] = useState(() => readPersonDraft(key) ?? newPersonDraft(empty));
  const draft = usePersonDraft(key, initial, empty);
  return (
    <section className="page" aria-labelledby="person-form-title">
      <h1 id="person-form-title">{t('people.form.newTitle')}</h1>
      <PersonForm
        state={draft.state}
        onChange={draft.change}
        cancelTo="/people"
        onCancel={draft.forget}
        failureTextOf={failureTextOf}
        notices={draft.isRestored ? <RestoredNote onDiscard={draft.forget} /> : null}
        onSave={async (input) => {
          const id = await createContact(input);
          draft.forget();
          showSaved(id, input);
        }}
      />
    </section>
  );
}

function EditPerson({ personId }: { personId: string }) {
  const { t } = useI18n();
  // Deleted people too: their row is kept, so the form can name them when another tab
  // deletes them under it.
  const stored = useStoredPerson(personId);
  if (stored === undefined) return <p className="page muted">{t('common.loading')}</p>;
  return <OpenedPerson personId={personId} stored={stored} />;
}

/**
 * What the form opens with, decided once when the person is first read: this tab's kept
 * input, or the person as stored; nothing for a person who is gone and left no input here.
 */
function initialDraft(personId: string, stored: Contact | null): PersonDraft | null {
  const restored = readPersonDraft(personDraftKey(personId));
  if (restored !== null && hasTyped(restored)) return restored;
  if (stored === null || stored.deletedAt !== undefined) return null;
  return newPersonDraft(inputOf(stored));
}

function OpenedPerson({ personId, stored }: { personId: string; stored: Contact | null }) {
  const [initial] = useState(() => initialDraft(personId, stored));
  if (initial === null) return <PersonNotFound />;
  return <EditPersonForm personId={personId} stored={stored} initial={initial} />;
}

type EditPersonFormProps = {
  personId: string;
  /** The person's row as stored now, deleted or not; null when there is none at all. */
  stored: Contact | null;
  initial: PersonDraft;
};

function EditPersonForm({ personId, stored, initial }: EditPersonFormProps) {
  const { t } = useI18n();
  const showSaved = useShowSaved();
  const failureTextOf = useFailureText();
  const conflictsRef = useRef<HTMLHeadingElement>(null);
  const [isChoiceAsked, setIsChoiceAsked] = useState(false);
  const current = stored ? inputOf(stored) : initial.opened;
  const draft = usePersonDraft(personDraftKey(personId), initial, current);
  const isDeleted = stored === null || stored.deletedAt !== undefined;
  const name = nameOf(current);

  if (isDeleted && !draft.isDirty) return <PersonNotFound />;

  async function save(input: ContactInput) {
    if (isDeleted) {
      const id = await createContact(input);
      draft.forget();
      showSaved(id, input);
      return;
    }
    if (draft.conflicts.length > 0) {
      setIsChoiceAsked(true);
      conflictsRef.current?.focus();
      return;
    }
    await editContact(personId, draft.changes());
    draft.forget();
    showSaved(personId, input);
  }

  return (
    <section className="page" aria-labelledby="person-form-title">
      <h1 id="person-form-title">{t('people.form.editTitle', { name })}</h1>
      <PersonForm
        state={draft.state}
        onChange={draft.change}
        personId={personId}
        cancelTo={isDeleted ? '/people' : `/people/${personId}`}
        onCancel={draft.forget}
        failureTextOf={failureTextOf}
        saveLabel={isDeleted ? t('people.form.saveAsNew') : undefined}
        onSave={save}
        checksField={isDeleted ? undefined : (field) => draft.typedFields.includes(field)}
        notices={
          <>
            {draft.isRestored ? <RestoredNote onDiscard={draft.forget} /> : null}
            {isDeleted ? <DeletedNote name={name} /> : null}
            {!isDeleted && draft.updatedFields.length > 0 ? (
              <UpdatedNote fields={draft.updatedFields} />
            ) : null}
            {!isDeleted && draft.conflicts.length > 0 ? (
              <ConflictPanel
                conflicts={draft.conflicts}
                isChoiceAsked={isChoiceAsked}
                onKeepMine={draft.keepMine}
                onTakeTheirs={draft.takeTheirs}
                headingRef={conflictsRef}
              />
            ) : null}
          </>
        }
      />
    </section>
  );
}
