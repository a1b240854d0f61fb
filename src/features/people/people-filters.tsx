import { useI18n } from '../../i18n/use-i18n';
import {
  FLAG_CHOICES,
  SORT_CHOICES,
  STATUS_CHOICES,
  setFlagFilter,
  setPeopleSort,
  setShowingArchived,
  setStatusFilter,
  usePeopleListStore,
  type FlagFilter,
  type StatusFilter,
} from './people-list-store';

/** The choice whose value the select reports, or `fallback` for anything else. */
function choiceOf<T extends string>(choices: readonly T[], value: string, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** Sort, status and give-and-take filters, and the archive toggle. */
export function PeopleFilters() {
  const { t } = useI18n();
  const { sort, isShowingArchived, status, flag } = usePeopleListStore();
  return (
    <div className="people-options">
      <div className="field people-option">
        <label htmlFor="people-sort">{t('people.sortLabel')}</label>
        <select
          id="people-sort"
          value={sort}
          onChange={(event) => {
            setPeopleSort(choiceOf(SORT_CHOICES, event.target.value, 'name'));
          }}
        >
          {SORT_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`people.sort.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field people-option">
        <label htmlFor="people-status">{t('people.filter.status')}</label>
        <select
          id="people-status"
          value={status}
          onChange={(event) => {
            setStatusFilter(choiceOf<StatusFilter>(STATUS_CHOICES, event.target.value, 'any'));
          }}
        >
          <option value="any">{t('people.filter.anyStatus')}</option>
          {STATUS_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`tie.status.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field people-option">
        <label htmlFor="people-flag">{t('people.filter.flag')}</label>
        <select
          id="people-flag"
          value={flag}
          onChange={(event) => {
            setFlagFilter(choiceOf<FlagFilter>(FLAG_CHOICES, event.target.value, 'any'));
          }}
        >
          <option value="any">{t('people.filter.anyFlag')}</option>
          {FLAG_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`people.flag.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="people-archived-toggle">
        <input
          type="checkbox"
          checked={isShowingArchived}
          onChange={(event) => {
            setShowingArchived(event.target.checked);
          }}
        />
        {t('people.showArchived')}
      </label>
    </div>
  );
}
