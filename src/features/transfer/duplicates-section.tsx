import { useCallback, useState } from 'react';
import { mergePeople, undoMergePeople } from '../../db/people-merge';
import { showToast } from '../../components/toast-store';
import { nameOf } from '../../domain/contact';
import type { DuplicatePair } from '../../domain/duplicates';
import type { Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { DuplicatePerson } from '../../workers/data-file-protocol';
import { useTransferServices } from './transfer-services';
import { askOnce } from './worker-channel';
import './transfer-messages';

/** Pairs shown at a time; more on request. */
const PAIRS_PER_PAGE = 25;

type Scan = { pairs: DuplicatePair[]; people: ReadonlyMap<Id, DuplicatePerson> };

/**
 * Looks for duplicates on request, not on every visit, in the data-file worker: it reads
 * everyone and pairs them in one linear pass (domain/duplicates.ts), off the main thread.
 */
function useDuplicateScan() {
  const { openDataFileChannel } = useTransferServices();
  const [scan, setScan] = useState<Scan | 'looking'>();
  /** A quiet look (after a merge) keeps the old list up until the new one is ready. */
  const look = useCallback(
    async (isQuiet = false) => {
      if (!isQuiet) setScan('looking');
      try {
        const response = await askOnce(openDataFileChannel, { type: 'find-duplicates' });
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
    [openDataFileChannel],
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
        {t('transfer.duplicates.keep', { name: nameOf(person) })}
        <span className="muted transfer-choice-detail">
          {t('transfer.duplicates.details', {
            organisation:
              person.organisation === ''
                ? t('transfer.duplicates.noOrganisation')
                : person.organisation,
            touches: t('transfer.duplicates.touches', { count: person.touchCount }),
            date: formatDate(person.createdAt),
          })}
          {person.emails.length > 0 ? ` · ${person.emails.join(', ')}` : null}
        </span>
      </span>
    </label>
  );
}

function DuplicatePairItem({
  pair,
  people,
  onMerge,
}: {
  pair: DuplicatePair;
  people: ReadonlyMap<Id, DuplicatePerson>;
  onMerge: (keep: DuplicatePerson, merge: DuplicatePerson) => Promise<void>;
}) {
  const { t } = useI18n();
  const [keepId, setKeepId] = useState(pair.keepId);
  const [isMerging, setIsMerging] = useState(false);
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
          {t('transfer.duplicates.pair', { first: nameOf(first), second: nameOf(second) })}
          <span className="muted">
            {' '}
            ({pair.reasons.map((reason) => t(`transfer.duplicates.reason.${reason}`)).join(', ')})
          </span>
        </legend>
        <p className="visually-hidden">{t('transfer.duplicates.which')}</p>
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
        <div className="transfer-actions">
          <button
            type="button"
            className="button"
            disabled={isMerging}
            onClick={() => {
              setIsMerging(true);
              void onMerge(keep, merge).finally(() => {
                setIsMerging(false);
              });
            }}
          >
            {t('transfer.duplicates.merge')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/** Likely duplicates with their reasons; merging one pair at a time, with Undo. */
export function DuplicatesSection() {
  const { t } = useI18n();
  const { scan, look } = useDuplicateScan();
  const [shown, setShown] = useState(PAIRS_PER_PAGE);

  const merge = async (keep: DuplicatePerson, other: DuplicatePerson) => {
    try {
      const token = await mergePeople(keep.id, other.id);
      showToast({
        message: t('transfer.duplicates.merged', { name: nameOf(keep) }),
        actionLabel: t('transfer.toast.undo'),
        onAction: async () => {
          try {
            await undoMergePeople(token);
            showToast({ message: t('transfer.duplicates.undone') });
          } catch (error) {
            console.error('Ties could not undo a merge', error);
            showToast({ message: t('transfer.duplicates.undoFailed'), tone: 'error' });
          }
          await look(true);
        },
      });
    } catch (error) {
      console.error('Ties could not merge two people', error);
      showToast({ message: t('transfer.duplicates.mergeFailed'), tone: 'error' });
    }
    await look(true);
  };

  const isLooking = scan === 'looking';
  return (
    <section className="card transfer-section" aria-labelledby="transfer-duplicates">
      <h2 id="transfer-duplicates">{t('transfer.duplicates.title')}</h2>
      <p>{t('transfer.duplicates.intro')}</p>
      <div className="transfer-actions">
        <button
          type="button"
          className="button"
          disabled={isLooking}
          onClick={() => {
            void look();
          }}
        >
          {isLooking ? t('transfer.duplicates.looking') : t('transfer.duplicates.find')}
        </button>
      </div>
      <p role="status">
        {scan === undefined || isLooking
          ? null
          : scan.pairs.length === 0
            ? t('transfer.duplicates.none')
            : t('transfer.duplicates.count', { count: scan.pairs.length })}
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
              {t('transfer.duplicates.showMore')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
