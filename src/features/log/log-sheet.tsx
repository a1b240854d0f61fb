import { useEffect, useRef, useState } from 'react';
import { failureText } from '../../components/failure-text';
import { closeLogSheet, useLogSheetStore } from '../../components/log-sheet-store';
import { showToast } from '../../components/toast-store';
import { useUnsavedInput } from '../../components/use-unsaved-input';
import { currentTime } from '../../db/clock';
import { usePeopleByIds } from '../../live-queries/use-people';
import { useTouch } from './use-touch';
import { addTouch, deleteTouch, editTouch } from '../../db/writes/touches';
import { nameOf } from '../../domain/contact';
import { touchFieldsOf } from '../../domain/touch-edit';
import type { Contact } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import {
  changeDraft,
  changeEditDraft,
  clearDraft,
  clearEditDraft,
  dropUntouchedPrefill,
  isUntouchedPrefill,
  prefillDraft,
  startEditDraft,
  useLogDraftStore,
} from './log-draft-store';
import { ModalSheet } from './modal-sheet';
import { TouchForm } from './touch-form';
import {
  draftFromTouch,
  isDraftEmpty,
  toTouchAsk,
  toTouchInput,
  type EditDraft,
  type TouchDraft,
} from './touch-draft';
import {
  touchChangesOf,
  touchConflictsWith,
  touchFieldsToTake,
  withTouchFieldsKept,
  withTouchFieldsTaken,
} from './touch-edit-draft';
import { TouchConflictNotice, TouchDeletedNotice } from './touch-edit-notice';

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
  // Both drafts are stored as they are typed (log-draft-store.ts): a reload keeps them.
  useUnsavedInput(UNSAVED_KEY, hasInput, { isKeptOnReload: true });
}

function NewTouch({ prefillIds }: { prefillIds: readonly string[] }) {
  const { t } = useI18n();
  // The prefilled people go in the draft before the first render (an effect would come after
  // the picker's first render), so the picker knows from the start that someone is picked
  // and reads nobody else. Adding is idempotent, so a second run does no harm.
  // An untouched prefill left from a sheet that never closed (the tab was reloaded) is
  // nobody's draft: it goes before this opening's people go in.
  useState(() => {
    dropUntouchedPrefill();
    prefillDraft(prefillIds);
  });
  const draft = useLogDraftStore((state) => state.draft);
  const isPrefillOnly = useLogDraftStore(isUntouchedPrefill);
  // Only the people on the draft, kept live by key: a live query over everyone would read
  // all of them again when the save writes its people.
  const peopleById = usePeopleByIds(draft.personIds);
  const namesOf = useNameList(peopleById);
  // The people the sheet was opened with are not input of the user's until they change
  // something: nothing to warn about, nothing to discard.
  const hasInput = !isDraftEmpty(draft) && !isPrefillOnly;
  useReportUnsaved(hasInput);

  // For people prefilled while the sheet is open already.
  useEffect(() => {
    prefillDraft(prefillIds);
  }, [prefillIds]);
  // Closing without a save takes an untouched prefill back out (log-draft-store.ts).
  useEffect(
    () => () => {
      dropUntouchedPrefill();
    },
    [],
  );

  async function save(current: TouchDraft, at: number) {
    // People deleted since they were put in the draft are not shown, so they are not saved.
    // Anyone not read yet is kept: addTouch refuses a deleted person anyway.
    const personIds = current.personIds.filter((id) => peopleById?.get(id) !== null);
    const id = await addTouch(
      toTouchInput({ ...current, personIds }, at),
      currentTime(),
      toTouchAsk(current),
    );
    clearDraft();
    closeLogSheet();
    showToast({
      message: t(`log.toast.logged.${current.kind}`, { names: namesOf(personIds) }),
      actionLabel: t('common.undo'),
      onAction: async () => {
        try {
          await deleteTouch({ id, participantIds: personIds });
        } catch (error) {
          showToast({ message: failureText(error, t), tone: 'error' });
        }
      },
    });
  }

  return (
    <TouchForm
      draft={draft}
      onChange={changeDraft}
      onSave={save}
      hasAskFields
      discardLabel={t('log.discard')}
      canDiscard={hasInput}
      onDiscard={() => {
        clearDraft();
        closeLogSheet();
      }}
    />
  );
}

function EditTouch({ editId, ownerId }: { editId: string; ownerId: string }) {
  const { t } = useI18n();
  const stored = useTouch(editId, ownerId);
  const edit = useLogDraftStore((state) => state.edit);
  const current = edit?.interactionId === editId ? edit : null;
  // "Now" and "today" are resolved at this moment to compare the draft with the stored touch:
  // either way they differ from a stored time, which is all the comparison needs.
  const [openedAt] = useState(currentTime);
  const hasChanges = current !== null && touchChangesOf(current, openedAt).length > 0;
  const conflicts = current && stored ? touchConflictsWith(current, stored, openedAt) : [];
  const [isChoiceAsked, setIsChoiceAsked] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useReportUnsaved(hasChanges);

  // An unsaved edit of this same touch is picked up again; anything else starts afresh.
  useEffect(() => {
    if (stored && edit?.interactionId !== editId) startEditDraft(draftFromTouch(stored));
  }, [stored, edit?.interactionId, editId]);

  // The stored touch changed (another tab saved it): fields the user left alone show the
  // new values. A draft kept by an older version learns here where it started from.
  useEffect(() => {
    if (!current || !stored) return;
    if (current.base === null) {
      startEditDraft({ ...current, base: touchFieldsOf(stored) });
      return;
    }
    const taken = touchFieldsToTake(current, stored, openedAt);
    if (taken.length > 0) startEditDraft(withTouchFieldsTaken(current, stored, taken));
  }, [current, stored, openedAt]);

  if (stored === null && !hasChanges) {
    return (
      <div className="log-sheet-body">
        <p>{t('log.editMissing')}</p>
      </div>
    );
  }
  if (!current) return <p className="log-sheet-body">{t('common.loading')}</p>;
  const isDeleted = stored === null;

  async function save(draft: TouchDraft, savedAt: number) {
    if (!current) return;
    const edited: EditDraft = { ...current, ...draft };
    if (isDeleted) {
      await addTouch(toTouchInput(draft, savedAt, current));
    } else if (conflicts.length > 0) {
      setIsChoiceAsked(true);
      noticeRef.current?.focus();
      return;
    } else {
      await editTouch(
        { id: editId, participantIds: [ownerId] },
        touchChangesOf(edited, currentTime()),
      );
    }
    clearEditDraft();
    closeLogSheet();
    showToast({ message: t(isDeleted ? 'log.toast.savedAsNew' : 'log.toast.updated') });
  }

  const settle = (choice: 'keep' | 'take') => {
    if (!stored) return;
    const settled = choice === 'keep' ? withTouchFieldsKept : withTouchFieldsTaken;
    startEditDraft(settled(current, stored, conflicts));
  };

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
      saveLabel={isDeleted ? t('log.saveAsNew') : undefined}
      notice={
        isDeleted ? (
          <TouchDeletedNotice />
        ) : conflicts.length > 0 ? (
          <TouchConflictNotice
            fields={conflicts}
            isChoiceAsked={isChoiceAsked}
            onKeepMine={() => {
              settle('keep');
            }}
            onTakeTheirs={() => {
              settle('take');
            }}
            titleRef={noticeRef}
          />
        ) : null
      }
    />
  );
}
