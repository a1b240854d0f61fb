import { useState } from 'react';
import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import { BulkEditError, bulkEditPeople, undoBulkEdit } from '../../db/writes/people-bulk-edit';
import {
  bulkEditProblem,
  tagsFromText,
  type BulkEdit,
  type BulkEditProblem,
} from '../../domain/bulk-edit';
import { TIERS, type Id, type Tier } from '../../domain/types';
import type { I18n } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/use-i18n';
import { clearSelection, setAllSelected, usePeopleSelectionStore } from './people-selection-store';

type CadenceChoice = 'tier' | 'custom' | 'none';
const CADENCE_CHOICES = ['tier', 'custom', 'none'] as const satisfies readonly CadenceChoice[];

/** The toast that says what a bulk edit did, by its kind. */
type DoneKey =
  | 'people.bulk.done.tier'
  | 'people.bulk.done.cadence'
  | 'people.bulk.done.addTags'
  | 'people.bulk.done.removeTags'
  | 'people.bulk.done.pause'
  | 'people.bulk.done.resume';

function doneKeyOf(edit: BulkEdit): DoneKey {
  switch (edit.kind) {
    case 'tier':
      return 'people.bulk.done.tier';
    case 'cadence':
      return 'people.bulk.done.cadence';
    case 'add-tags':
      return 'people.bulk.done.addTags';
    case 'remove-tags':
      return 'people.bulk.done.removeTags';
    case 'pause':
      return edit.isPaused ? 'people.bulk.done.pause' : 'people.bulk.done.resume';
  }
}

function bulkProblemText(problem: BulkEditProblem, t: I18n['t']): string {
  switch (problem.reason) {
    case 'no-tags':
      return t('people.bulk.error.noTags');
    case 'tag-too-long':
      return t('people.bulk.error.tagTooLong', { max: problem.max });
    case 'too-many-tags':
      return t('people.bulk.error.tooManyTags', { count: problem.count, max: problem.max });
    case 'cadence-out-of-range':
      return t('people.bulk.error.cadence', { min: problem.min, max: problem.max });
  }
}

type PeopleBulkBarProps = {
  /** Everyone the list shows now (after search and filters), for "select all". */
  listed: readonly Id[];
};

/**
 * Select all, the count of people selected, and the changes that apply to all of them: a
 * tier, a rhythm, tags added or removed, a pause. Each is one write with an Undo toast.
 */
export function PeopleBulkBar({ listed }: PeopleBulkBarProps) {
  const { t } = useI18n();
  const selected = usePeopleSelectionStore((state) => state.selected);
  const [tier, setTier] = useState<Tier>('wide');
  const [cadence, setCadence] = useState<CadenceChoice>('tier');
  const [days, setDays] = useState('30');
  const [tagText, setTagText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [isWorking, setIsWorking] = useState(false);
  const isAllListed = listed.length > 0 && listed.every((id) => selected.has(id));
  const isDisabled = selected.size === 0 || isWorking;

  async function apply(edit: BulkEdit) {
    const refused = bulkEditProblem(edit);
    if (refused) {
      setProblem(bulkProblemText(refused, t));
      return;
    }
    setProblem(undefined);
    setIsWorking(true);
    try {
      const undo = await bulkEditPeople([...selected], edit);
      const count = undo.previous.length;
      if (count === 0) {
        showToast({ message: t('people.bulk.nothingChanged') });
      } else {
        showToast({
          message: t(doneKeyOf(edit), { count }),
          actionLabel: t('common.undo'),
          onAction: async () => {
            try {
              await undoBulkEdit(undo);
              showToast({ message: t('people.bulk.undone') });
            } catch (error) {
              console.error('Ties could not undo a change to several people', error);
              showToast({ tone: 'error', message: failureText(error, t) });
            }
          },
        });
      }
    } catch (error) {
      if (error instanceof BulkEditError) {
        setProblem(bulkProblemText(error.problem, t));
      } else {
        console.error('Ties could not change several people', error);
        setProblem(failureText(error, t));
      }
    } finally {
      setIsWorking(false);
    }
  }

  const cadenceEdit = (): BulkEdit => ({
    kind: 'cadence',
    cadenceDays: cadence === 'tier' ? undefined : cadence === 'none' ? null : Number(days.trim()),
  });
  const run = (edit: BulkEdit) => () => {
    void apply(edit);
  };

  return (
    <section className="card people-bulk" aria-labelledby="people-bulk-title">
      <h2 id="people-bulk-title" className="visually-hidden">
        {t('people.bulk.title')}
      </h2>
      <div className="people-bulk-selection">
        <label className="people-bulk-all">
          <input
            type="checkbox"
            checked={isAllListed}
            disabled={listed.length === 0}
            onChange={(event) => {
              setAllSelected(listed, event.target.checked);
            }}
          />
          {t('people.bulk.selectAll', { count: listed.length })}
        </label>
        <p role="status" className="people-bulk-count">
          {t('people.bulk.selectedCount', { count: selected.size })}
          {selected.size > 0 ? (
            <>
              {' '}
              <button type="button" className="button link" onClick={clearSelection}>
                {t('people.bulk.clear')}
              </button>
            </>
          ) : null}
        </p>
      </div>
      <div className="people-bulk-actions">
        <div className="people-bulk-group">
          <div className="field">
            <label htmlFor="people-bulk-tier">{t('people.bulk.tier')}</label>
            <select
              id="people-bulk-tier"
              value={tier}
              onChange={(event) => {
                setTier(TIERS.find((choice) => choice === event.target.value) ?? 'wide');
              }}
            >
              {TIERS.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`people.tier.${choice}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={isDisabled}
            onClick={run({ kind: 'tier', tier })}
          >
            {t('people.bulk.setTier')}
          </button>
        </div>
        <div className="people-bulk-group">
          <div className="field">
            <label htmlFor="people-bulk-cadence">{t('people.bulk.cadence')}</label>
            <select
              id="people-bulk-cadence"
              value={cadence}
              onChange={(event) => {
                setCadence(
                  CADENCE_CHOICES.find((choice) => choice === event.target.value) ?? 'tier',
                );
              }}
            >
              <option value="tier">{t('people.bulk.cadenceTier')}</option>
              <option value="custom">{t('people.bulk.cadenceCustom')}</option>
              <option value="none">{t('people.bulk.cadenceNone')}</option>
            </select>
          </div>
          {cadence === 'custom' ? (
            <div className="field people-bulk-days">
              <label htmlFor="people-bulk-days">{t('people.bulk.cadenceDays')}</label>
              <input
                id="people-bulk-days"
                inputMode="numeric"
                value={days}
                onChange={(event) => {
                  setDays(event.target.value);
                }}
              />
            </div>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={isDisabled}
            onClick={() => {
              void apply(cadenceEdit());
            }}
          >
            {t('people.bulk.setCadence')}
          </button>
        </div>
        <div className="people-bulk-group">
          <div className="field">
            <label htmlFor="people-bulk-tags">{t('people.bulk.tags')}</label>
            <input
              id="people-bulk-tags"
              value={tagText}
              autoComplete="off"
              onChange={(event) => {
                setTagText(event.target.value);
              }}
            />
          </div>
          <button
            type="button"
            className="button"
            disabled={isDisabled}
            onClick={run({ kind: 'add-tags', tags: tagsFromText(tagText) })}
          >
            {t('people.bulk.addTags')}
          </button>
          <button
            type="button"
            className="button"
            disabled={isDisabled}
            onClick={run({ kind: 'remove-tags', tags: tagsFromText(tagText) })}
          >
            {t('people.bulk.removeTags')}
          </button>
        </div>
        <div className="people-bulk-group">
          <button
            type="button"
            className="button"
            disabled={isDisabled}
            onClick={run({ kind: 'pause', isPaused: true })}
          >
            {t('people.bulk.pause')}
          </button>
          <button
            type="button"
            className="button"
            disabled={isDisabled}
            onClick={run({ kind: 'pause', isPaused: false })}
          >
            {t('people.bulk.resume')}
          </button>
        </div>
      </div>
      {isWorking ? <p className="muted">{t('people.bulk.working')}</p> : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
