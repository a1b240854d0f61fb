import { Link, useNavigate } from 'react-router-dom';
import { Icon } from '../../components/icon';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import {
  archiveContact,
  deleteContact,
  pauseContact,
  resumeContact,
  unarchiveContact,
  undoDeleteContact,
} from '../../db/writes/people';
import { nameOf } from '../../domain/contact';
import type { Contact } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';

/** Edit, pause or resume, archive or unarchive, and delete (with Undo in a toast). */
export function PersonActions({ person }: { person: Contact }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const name = nameOf(person);

  // Every write here reports a failure in a toast instead of failing silently.
  const attempt = async (write: () => Promise<void>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('people.person.actionFailed', { reason: failureText(error, t) }),
      });
      return false;
    }
  };

  async function toggleArchived() {
    const isArchiving = !person.isArchived;
    const isDone = await attempt(() =>
      isArchiving ? archiveContact(person.id) : unarchiveContact(person.id),
    );
    if (!isDone) return;
    showToast({
      message: t(isArchiving ? 'people.person.archivedToast' : 'people.person.unarchivedToast', {
        name,
      }),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() =>
          isArchiving ? unarchiveContact(person.id) : archiveContact(person.id),
        );
      },
    });
  }

  async function togglePaused() {
    const isPausing = !person.isPaused;
    const isDone = await attempt(() =>
      isPausing ? pauseContact(person.id) : resumeContact(person.id),
    );
    if (!isDone) return;
    showToast({
      message: t(isPausing ? 'people.person.pausedToast' : 'people.person.resumedToast', { name }),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => (isPausing ? resumeContact(person.id) : pauseContact(person.id)));
      },
    });
  }

  async function remove() {
    if (!(await attempt(() => deleteContact(person.id)))) return;
    void navigate('/people');
    showToast({
      message: t('people.person.deletedToast', { name }),
      actionLabel: t('common.undo'),
      onAction: async () => {
        await attempt(() => undoDeleteContact(person.id));
      },
    });
  }

  return (
    <>
      <Link to={`/people/${person.id}/edit`} className="button">
        <Icon name="edit" size={20} />
        {t('common.edit')}
      </Link>
      <button type="button" className="button" onClick={() => void togglePaused()}>
        {person.isPaused ? t('people.person.resume') : t('people.person.pause')}
      </button>
      <button type="button" className="button" onClick={() => void toggleArchived()}>
        {person.isArchived ? t('people.person.unarchive') : t('people.person.archive')}
      </button>
      <button type="button" className="button danger" onClick={() => void remove()}>
        <Icon name="trash" size={20} />
        {t('common.delete')}
      </button>
    </>
  );
}
