import { useCallback, useRef, useState } from 'react';
import { knownFailureText } from '../../components/failure-text';
import { WriteCancelledError, type WriteControl } from '../../db/long-write';
import { MergeError, mergePeople, undoMergePeople } from '../../db/writes/people-merge';
import { showToast } from '../../components/toast-store';
import { nameOf } from '../../domain/contact';
import type { DuplicatePair } from '../../domain/duplicates';
import type { Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { DuplicatePerson } from '../../workers/data-file-protocol';
import { ProgressBar } from './progress-bar';
import { fieldName } from './your-data-text';
import { useTransferServices } from './your-data-services';
import { askOnce } from './worker-channel';
import './your-data-messages';

/** Pairs shown at a time; more on request. */
const PAIRS_PER_PAGE = 25;

type Scan = { pairs: DuplicatePair[]; people: ReadonlyMap<Id, DuplicatePerson> };

/**
 * Looks for duplicates on request, not on every visit, in the data-file worker: it reads
 * everyone and pairs them in one linear pass (domain/duplicates.ts), off the main thread.
 */
function useDuplicateScan() {
  const { openDataFileChannel } = useTransferServices();
  const { language } = useI18n();
  const [scan, setScan] = useState<Scan | 'looking'>();
  /** A quiet look (after a merge) keeps the old list up until the new one is ready. */
  const look = useCallback(
    async (isQuiet = false) => {
      if (!isQuiet) setScan('looking');
      try {
        const response = await askOnce(openDataFileChannel, { type: 'find-duplicates', language });
        if (response.type !== 'duplicates') throw new Error(`Unexpected ${response.type}`);
        setScan({
          pairs: response.pairs,
          people: new Map(response.people.map((person) => [person.id, person])),
        });
      } catch (error) {
        console.error('Ties could not look for duplicates', error);
        setScan(undefined);
      }
    },
    [openDataFileChannel, language],
  );
  return { scan, look };
}

function PersonChoice({
  person,
  name,
  isChecked,
  onChoose,
}: {
  person: DuplicatePerson;
  name: string;
  isChecked: boolean;
  onChoose: () => void;
}) {
  const { t, formatDate } = useI18n();
  return (
    <label className="transfer-choice">
      <input type="radio" name={name} checked={isChecked} onChange={onChoose} />
      <span>
        {t('yourData.duplicates.keep', { name: nameOf(person) })}
        <span className="muted transfer-choice-detail">
          {t('yourData.duplicates.details', {
            organisation:
              person.organisation === ''
                ? t('yourData.duplicates.noOrganisation')
                : person.organisation,
            touches: t('yourData.duplicates.touches', { count: person.touchCount }),
            date: formatDate(person.createdAt),
          })}
          {person.emails.length > 0
            ? ` · ${person.emails.map((email) => email.value).join(', ')}`
            : null}
        </span>
      </span>
    </label>
  );
}

type Merge = (
  keep: DuplicatePerson,
  merge: DuplicatePerson,
  control: Required<WriteControl>,
) => Promise<void>;

/** A merge under way: how far it got (0–1), and whether a stop was asked for. */
type MergeProgress = { fraction: number; isStopping: boolean };

/** Merging one pair, with its progress and a way to stop it. */
function useMergeRun(onMerge: Merge) {
  const [progress, setProgress] = useState<MergeProgress>();
  const controllerRef = useRef<AbortController>(undefined);
  const start = (keep: DuplicatePerson, merge: DuplicatePerson) => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setProgress({ fraction: 0, isStopping: false });
    const onProgress = (done: number, total: number) => {
      setProgress((current) => current && { ...current, fraction: done / total });
    };
    void onMerge(keep, merge, { signal: controller.signal, onProgress }).finally(() => {
      setProgress(undefined);
    });
  };
  const stop = () => {
    setProgress((current) => current && { ...current, isStopping: true });
    controllerRef.current?.abort();
  };
  return { progress, start, stop };
}

function DuplicatePairItem({
  pair,
  people,
  onMerge,
}: {
  pair: DuplicatePair;
  people: ReadonlyMap<Id, DuplicatePerson>;
  onMerge: Merge;
}) {
  const { t } = useI18n();
  const [keepId, setKeepId] = useState(pair.keepId);
  const { progress, start, stop } = useMergeRun(onMerge);
  const isMerging = progress !== undefined;
  const first = people.get(pair.keepId);
  const second = people.get(pair.mergeId);
  if (!first || !second) return null;
  const keep = keepId === first.id ? first : second;
  const merge = keep === first ? second : first;
  const name = `duplicate-${pair.keepId}-${pair.mergeId}`;
  return (
    <li className="transfer-pair">
      <fieldset>
        <legend>
          {t('yourData.duplicates.pair', { first: nameOf(first), second: nameOf(second) })}
          <span className="muted">
            {' '}
            ({pair.reasons.map((reason) => t(`yourData.duplicates.reason.${reason}`)).join(', ')})
          </span>
        </legend>
        <p className="visually-hidden">{t('yourData.duplicates.which')}</p>
        {[first, second].map((person) => (
          <PersonChoice
            key={person.id}
            person={person}
            name={name}
            isChecked={keepId === person.id}
            onChoose={() => {
              setKeepId(person.id);
            }}
          />
        ))}
        {progress ? (
          <ProgressBar label={t('yourData.duplicates.merging')} fraction={progress.fraction} />
        ) : null}
        <div className="transfer-actions">
          <button
            type="button"
            className="button"
            disabled={isMerging}
            onClick={() => {
              start(keep, merge);
            }}
          >
            {t('yourData.duplicates.merge')}
          </button>
          {progress ? (
            <button type="button" className="button" disabled={progress.isStopping} onClick={stop}>
              {progress.isStopping ? t('yourData.duplicates.stopping') : t('common.cancel')}
            </button>
          ) : null}
        </div>
      </fieldset>
    </li>
  );
}

/** Why a merge did not happen, in the user's words: nothing of it was written. */
function mergeFailureText(text: ReturnType<typeof useI18n>, error: unknown): string {
  const { t } = text;
  if (error instanceof WriteCancelledError) return t('yourData.duplicates.cancelled');
  if (error instanceof MergeError && error.problem) {
    const { field, kind, size, max } = error.problem;
    const vars = { field: fieldName(text, field), count: size, max };
    return kind === 'items'
      ? t('yourData.duplicates.tooMany', vars)
      : t('yourData.duplicates.tooLong', vars);
  }
  const known = knownFailureText(error, t);
  return known === undefined
    ? t('yourData.duplicates.mergeFailed')
    : `${known} ${t('yourData.duplicates.notMerged')}`;
}

/** Likely duplicates with their reasons; merging one pair at a time, with Undo. */
export function DuplicatesSection() {
  const text = useI18n();
  const { t } = text;
  const { scan, look } = useDuplicateScan();
  const [shown, setShown] = useState(PAIRS_PER_PAGE);

  const merge: Merge = async (keep, other, control) => {
    try {
      const token = await mergePeople(keep.id, other.id, undefined, control);
      showToast({
        message: t('yourData.duplicates.merged', { name: nameOf(keep) }),
        actionLabel: t('yourData.toast.undo'),
        onAction: async () => {
          try {
            await undoMergePeople(token);
            showToast({ message: t('yourData.duplicates.undone') });
          } catch (error) {
            console.error('Ties could not undo a merge', error);
            const known = knownFailureText(error, t);
            showToast({ message: known ?? t('yourData.duplicates.undoFailed'), tone: 'error' });
          }
          await look(true);
        },
      });
    } catch (error) {
      const isStopped = error instanceof WriteCancelledError;
      const isRefused = error instanceof MergeError && error.reason === 'over-limit';
      if (!isStopped && !isRefused) console.error('Ties could not merge two people', error);
      showToast({
        message: mergeFailureText(text, error),
        ...(isStopped ? {} : { tone: 'error' }),
      });
    }
    await look(true);
  };

  const isLooking = scan === 'looking';
  return (
    <section className="card transfer-section" aria-labelledby="transfer-duplicates">
      <h2 id="transfer-duplicates">{t('yourData.duplicates.title')}</h2>
      <p>{t('yourData.duplicates.intro')}</p>
      <div className="transfer-actions">
        <button
          type="button"
          className="button"
          disabled={isLooking}
          onClick={() => {
            void look();
          }}
        >
          {isLooking ? t('yourData.duplicates.looking') : t('yourData.duplicates.find')}
        </button>
      </div>
      <p role="status">
        {scan === undefined || isLooking
          ? null
          : scan.pairs.length === 0
            ? t('yourData.duplicates.none')
            : t('yourData.duplicates.count', { count: scan.pairs.length })}
      </p>
      {scan === undefined || isLooking || scan.pairs.length === 0 ? null : (
        <>
          <ul className="transfer-pairs">
            {scan.pairs.slice(0, shown).map((pair) => (
              <DuplicatePairItem
                key={`${pair.keepId}-${pair.mergeId}`}
                pair={pair}
                people={scan.people}
                onMerge={merge}
              />
            ))}
          </ul>
          {scan.pairs.length > shown ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setShown((count) => count + PAIRS_PER_PAGE);
              }}
            >
              {t('yourData.duplicates.showMore')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
