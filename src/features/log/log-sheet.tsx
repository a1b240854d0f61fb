import { useEffect, useMemo, useState } from 'react';
import { closeLogSheet, useLogSheetStore } from '../../components/log-sheet-store';
import { showToast } from '../../components/toast-store';
import { setUnsavedInput } from '../../components/unsaved-input-store';
import { usePeopleByIds } from '../../db/hooks/use-people';
import { useInteraction } from '../../db/hooks/use-interaction';
import { addInteraction, deleteInteraction, updateInteraction } from '../../db/interactions';
import { nameOf } from '../../domain/contact';
import type { Contact } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import {
  addPeopleToDraft,
  changeDraft,
  changeEditDraft,
  clearDraft,
  clearEditDraft,
  startEditDraft,
  useLogDraftStore,
} from './log-draft-store';
import { ModalSheet } from './modal-sheet';
import { TouchForm } from './touch-form';
import {
  draftFromInteraction,
  isDraftEmpty,
  isSameDraft,
  toInteractionDraft,
  type TouchDraft,
} from './touch-draft';

/** Key under which the sheet tells the update prompt it holds input. */
const UNSAVED_KEY = 'log-sheet';

/** The log sheet: a new touch, or an existing one when opened to edit. Lazy-loaded. */
export function LogSheet() {
  const { t } = useI18n();
  const editId = useLogSheetStore((state) => state.editId);
  const editOwnerId = useLogSheetStore((state) => state.editOwnerId);
  const prefillIds = useLogSheetStore((state) => state.prefillIds);
  return (
    <ModalSheet title={t(editId === null ? 'log.title' : 'log.editTitle')} onClose={closeLogSheet}>
      {editId === null || editOwnerId === null ? (
        <NewTouch prefillIds={prefillIds} />
      ) : (
        <EditTouch editId={editId} ownerId={editOwnerId} />
      )}
    </ModalSheet>
  );
}

/** "Anna Berg and Bo Ek", joined the way the language joins lists. */
function useNameList(peopleById: ReadonlyMap<string, Contact | null> | undefined) {
  const { formatList } = useI18n();
  return (ids: readonly string[]) =>
    formatList(
      ids.flatMap((id) => {
        const person = peopleById?.get(id);
        return person ? [nameOf(person)] : [];
      }),
    );
}

function useReportUnsaved(hasInput: boolean) {
  useEffect(() => {
    // Both drafts are stored as they are typed (log-draft-store.ts): a reload keeps them.
    setUnsavedInput(UNSAVED_KEY, hasInput, { isKeptOnReload: true });
  }, [hasInput]);
  useEffect(
    () => () => {
      setUnsavedInput(UNSAVED_KEY, false);
    },
    [],
  );
}

function NewTouch({ prefillIds }: { prefillIds: readonly string[] }) {
  const { t } = useI18n();
  // The prefilled people go in the draft before the first render (an effect would come after
  // the picker's first render), so the picker knows from the start that someone is picked
  // and reads nobody else. Adding is idempotent, so a second run does no harm.
  useState(() => {
    addPeopleToDraft(prefillIds);
  });
  const draft = useLogDraftStore((state) => state.draft);
  // Only the people on the draft, kept live by key: a live query over everyone would read
  // all of them again when the save writes its people (see usePeople).
  const peopleById = usePeopleByIds(draft.personIds);
  const namesOf = useNameList(peopleById);
  const isEmpty = isDraftEmpty(draft);
  useReportUnsaved(!isEmpty);

  // For people prefilled while the sheet is open already.
  useEffect(() => {
    addPeopleToDraft(prefillIds);
  }, [prefillIds]);

  async function save(current: TouchDraft, at: number) {
    // People deleted since they were put in the draft are not shown, so they are not saved.
    // Anyone not read yet is kept: addInteraction refuses a deleted person anyway.
    const personIds = current.personIds.filter((id) => peopleById?.get(id) !== null);
    const id = await addInteraction(toInteractionDraft({ ...current, personIds }, at));
    clearDraft();
    closeLogSheet();
    showToast({
      message: t(`log.toast.logged.${current.kind}`, { names: namesOf(personIds) }),
      actionLabel: t('common.undo'),
      onAction: async () => {
        try {
          await deleteInteraction({ id, participantIds: personIds });
        } catch (error) {
          showToast({
            message: t('log.toast.actionFailed', { reason: messageOf(error) }),
            tone: 'error',
          });
        }
      },
    });
  }

  return (
    <TouchForm
      draft={draft}
      onChange={changeDraft}
      onSave={save}
      discardLabel={t('log.discard')}
      canDiscard={!isEmpty}
      onDiscard={() => {
        clearDraft();
        closeLogSheet();
      }}
    />
  );
}

function EditTouch({ editId, ownerId }: { editId: string; ownerId: string }) {
  const { t } = useI18n();
  const stored = useInteraction(editId, ownerId);
  const edit = useLogDraftStore((state) => state.edit);
  const current = edit?.interactionId === editId ? edit : null;
  const original = useMemo(() => (stored ? draftFromInteraction(stored) : null), [stored]);
  const hasChanges = current !== null && original !== null && !isSameDraft(current, original);
  useReportUnsaved(hasChanges);

  // An unsaved edit of this same touch is picked up again; anything else starts afresh.
  useEffect(() => {
    if (original && edit?.interactionId !== editId) startEditDraft(original);
  }, [original, edit?.interactionId, editId]);

  if (stored === null) {
    return (
      <div className="log-sheet-body">
        <p>{t('log.editMissing')}</p>
      </div>
    );
  }
  if (!current) return <p className="log-sheet-body">{t('common.loading')}</p>;

  async function save(draft: TouchDraft, at: number) {
    if (!current) return;
    await updateInteraction(
      { id: editId, participantIds: [ownerId] },
      toInteractionDraft(draft, at, current),
    );
    clearEditDraft();
    closeLogSheet();
    showToast({ message: t('log.toast.updated') });
  }

  return (
    <TouchForm
      draft={current}
      onChange={changeEditDraft}
      onSave={save}
      originalAt={current.originalAt}
      discardLabel={t('log.discardChanges')}
      canDiscard={hasChanges}
      onDiscard={() => {
        clearEditDraft();
        closeLogSheet();
      }}
    />
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
