import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { failureText } from '../../components/failure-text';
import { PersonPicker } from '../../components/person-picker';
import { showToast } from '../../components/toast-store';
import { useUnsavedInput } from '../../components/use-unsaved-input';
import { useNow } from '../../components/use-now';
import { currentTime } from '../../db/clock';
import { addTouch, deleteTouch } from '../../db/writes/touches';
import { nameOf } from '../../domain/contact';
import { suggestShares, type SharedItem } from '../../domain/share/share-match';
import { shareNoteOf } from '../../domain/share/share-note';
import type { Id } from '../../domain/types';
import { usePeopleByIds } from '../../live-queries/use-people';
import type { MessageKeyWith } from '../../i18n/messages/keys';
import { useI18n } from '../../i18n/use-i18n';
import { PasteBox, SharedItemView } from './shared-item-view';
import { SHOWN_SUGGESTIONS, ShareSuggestions } from './share-suggestions';
import { useShareIndex, type ShareSources } from './use-share-index';
import './share-messages';
import './share.css';

/** Key under which the screen tells the update prompt it holds input. */
const UNSAVED_KEY = 'share';

/** What a share from another app carried in the address (public/share-target-sw.js). */
function receivedItemOf(params: URLSearchParams): SharedItem {
  return {
    title: params.get('title') ?? '',
    text: params.get('text') ?? '',
    url: params.get('url') ?? '',
  };
}

function isEmptyItem(item: SharedItem): boolean {
  return item.title.trim() === '' && item.text.trim() === '' && item.url.trim() === '';
}

/**
 * The /share route: a link or text shared to Ties from another app, or pasted here; the
 * people it might help; and one give logged with every person picked.
 */
export default function SharePage() {
  const { t } = useI18n();
  const titleId = useId();
  const [params] = useSearchParams();
  const received = useMemo(() => receivedItemOf(params), [params]);
  const isReceived = !isEmptyItem(received);
  const [pasted, setPasted] = useState('');
  const pastedItem = useMemo(() => ({ title: '', text: pasted, url: '' }), [pasted]);
  const item = isReceived ? received : pastedItem;
  const [pickedIds, setPickedIds] = useState<Id[]>([]);
  const [addedIds, setAddedIds] = useState<Id[]>([]);
  const sources = useShareIndex();

  const hasInput = (!isReceived && pasted.trim() !== '') || pickedIds.length + addedIds.length > 0;
  useUnsavedInput(UNSAVED_KEY, hasInput);

  return (
    <section className="page share-page" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('share.title')}</h1>
      <p className="muted">{t('share.intro')}</p>
      {isReceived ? (
        <SharedItemView item={received} />
      ) : (
        <PasteBox value={pasted} onChange={setPasted} />
      )}
      <SharePeople
        item={item}
        sources={sources}
        pickedIds={pickedIds}
        onPick={setPickedIds}
        addedIds={addedIds}
        onAdd={setAddedIds}
      />
    </section>
  );
}

type SharePeopleProps = {
  item: SharedItem;
  sources: ShareSources | undefined;
  pickedIds: Id[];
  onPick: (ids: Id[]) => void;
  addedIds: Id[];
  onAdd: (ids: Id[]) => void;
};

/** Who to share with: suggestions, a search for anyone else, and "Log as given". */
function SharePeople({ item, sources, pickedIds, onPick, addedIds, onAdd }: SharePeopleProps) {
  const { t } = useI18n();
  const now = useNow();
  // Typing stays quick however many people match: the suggestions follow a moment later.
  const deferredItem = useDeferredValue(item);
  const matched = useMemo(
    () =>
      sources ? suggestShares(sources.index, deferredItem, now, SHOWN_SUGGESTIONS) : undefined,
    [sources, deferredItem, now],
  );
  const shown = useMemo(() => matched?.suggestions ?? [], [matched]);
  // Stable between keystrokes, so the memoised list is not made again in the urgent render.
  const earlierIds = useMemo(
    () => pickedIds.filter((id) => !shown.some((s) => s.personId === id)),
    [pickedIds, shown],
  );
  const toggle = useCallback(
    (id: Id, isPicked: boolean) => {
      onPick(isPicked ? [...pickedIds, id] : pickedIds.filter((other) => other !== id));
    },
    [pickedIds, onPick],
  );

  return (
    <div className="share-people">
      {isEmptyItem(item) ? (
        <p className="card share-empty">{t('share.nothingYet')}</p>
      ) : matched === undefined || sources === undefined ? (
        <p className="muted" role="status">
          {t('share.loading')}
        </p>
      ) : shown.length + earlierIds.length === 0 ? (
        <p className="card share-empty" role="status">
          {t('share.noMatch')}
        </p>
      ) : (
        <ShareSuggestions
          suggestions={shown}
          moreCount={matched.matchedCount - shown.length}
          earlierIds={earlierIds}
          peopleById={sources.peopleById}
          pickedIds={pickedIds}
          onToggle={toggle}
        />
      )}
      <PersonPicker label={t('share.search')} selectedIds={addedIds} onChange={onAdd} />
      <LogShare
        item={item}
        personIds={[...new Set([...pickedIds, ...addedIds])]}
        onLogged={() => {
          onPick([]);
          onAdd([]);
        }}
      />
    </div>
  );
}

type LogShareProps = { item: SharedItem; personIds: Id[]; onLogged: () => void };

/** "Log as given": one touch with everyone picked, the article given, the link in the note. */
function LogShare({ item, personIds, onLogged }: LogShareProps) {
  const { t, formatList } = useI18n();
  const peopleById = usePeopleByIds(personIds);
  const [problem, setProblem] = useState<MessageKeyWith<never>>();
  const [failure, setFailure] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function log() {
    setFailure(undefined);
    const problemNow = isEmptyItem(item)
      ? 'share.nothingToLog'
      : personIds.length === 0
        ? 'share.noOnePicked'
        : undefined;
    setProblem(problemNow);
    if (problemNow !== undefined) return;
    setIsSaving(true);
    try {
      const ids = [...personIds];
      const id = await addTouch({
        at: currentTime(),
        kind: 'message',
        participantIds: ids,
        note: shareNoteOf(item),
        initiator: 'me',
        gave: ['article'],
        received: [],
        askedForHelp: false,
      });
      const names = ids.flatMap((personId) => {
        const person = peopleById?.get(personId);
        return person ? [nameOf(person)] : [];
      });
      onLogged();
      showToast({
        message: t('share.logged', { names: formatList(names) }),
        actionLabel: t('common.undo'),
        onAction: async () => {
          try {
            await deleteTouch({ id, participantIds: ids });
          } catch (error) {
            showToast({ message: failureText(error, t), tone: 'error' });
          }
        },
      });
    } catch (error) {
      // The picks and the text stay as they were, to try again.
      setFailure(t('share.failed', { reason: failureText(error, t) }));
    } finally {
      setIsSaving(false);
    }
  }

  const message = failure ?? (problem === undefined ? undefined : t(problem));
  return (
    <div className="share-log">
      {message === undefined ? null : (
        <p role="alert" className="field-error">
          {message}
        </p>
      )}
      <button
        type="button"
        className="button primary"
        disabled={isSaving}
        onClick={() => {
          void log();
        }}
      >
        {t(isSaving ? 'share.logging' : 'share.log')}
      </button>
    </div>
  );
}
