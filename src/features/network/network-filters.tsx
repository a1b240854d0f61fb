import { useId, useState } from 'react';
import { TIE_STATUSES, type TieStatus } from '../../domain/tie-health';
import { TIERS, type Affiliation, type Tier } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { GroupName } from '../../workers/layout-protocol';
import {
  NO_FILTERS,
  clearNetworkFilters,
  setNetworkFilter,
  useNetworkStore,
  type NetworkFilterChoices,
} from './network-store';
import './network-messages';

const AFFILIATIONS = ['internal', 'external'] as const satisfies readonly Affiliation[];

/** The choice whose value a select reports, or `fallback` for anything else. */
function choiceOf<T extends string>(choices: readonly T[], value: string, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

type NetworkFiltersProps = {
  /** Every tag in the network, sorted. */
  tags: readonly string[];
  groups: readonly GroupName[];
};

/** Wide enough for the filters to sit above the graph without pushing it out of view. */
const WIDE_SCREEN = '(min-width: 48rem)';

/** How many filters differ from showing everyone. */
function activeCount(filters: NetworkFilterChoices): number {
  return (Object.keys(NO_FILTERS) as (keyof NetworkFilterChoices)[]).filter(
    (key) => filters[key] !== NO_FILTERS[key],
  ).length;
}

/**
 * Status, tier, tag, group, internal/external and "only overdue": graph and list alike.
 * Folded away at first on a phone, where six fields would push the graph below the fold;
 * the summary says how many are on.
 */
export function NetworkFilters({ tags, groups }: NetworkFiltersProps) {
  const { t } = useI18n();
  const filters = useNetworkStore((state) => state.filters);
  const id = useId();
  const [isOpen, setIsOpen] = useState(
    () => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE_SCREEN).matches,
  );
  const active = activeCount(filters);
  const isFiltering = active > 0;
  return (
    <details
      className="network-filters-box"
      open={isOpen}
      onToggle={(event) => {
        setIsOpen(event.currentTarget.open);
      }}
    >
      <summary>
        {t('network.filters.title')}
        {isFiltering ? (
          <span className="network-filters-active">
            {' · '}
            {t('network.filters.active', { count: active })}
          </span>
        ) : null}
      </summary>
      <fieldset className="network-filters">
        <legend className="visually-hidden">{t('network.filters.title')}</legend>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('network.filter.status')}</label>
          <select
            id={`${id}-status`}
            value={filters.status}
            onChange={(event) => {
              setNetworkFilter(
                'status',
                choiceOf<TieStatus | 'any'>(TIE_STATUSES, event.target.value, 'any'),
              );
            }}
          >
            <option value="any">{t('network.filter.anyStatus')}</option>
            {TIE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`tie.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tier`}>{t('network.filter.tier')}</label>
          <select
            id={`${id}-tier`}
            value={filters.tier}
            onChange={(event) => {
              setNetworkFilter('tier', choiceOf<Tier | 'any'>(TIERS, event.target.value, 'any'));
            }}
          >
            <option value="any">{t('network.filter.anyTier')}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`network.tier.${tier}`)}
              </option>
            ))}
          </select>
        </div>
        {tags.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-tag`}>{t('network.filter.tag')}</label>
            <select
              id={`${id}-tag`}
              value={filters.tag}
              onChange={(event) => {
                setNetworkFilter('tag', event.target.value);
              }}
            >
              <option value="">{t('network.filter.anyTag')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </div>
        )}
        {groups.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-group`}>{t('network.filter.group')}</label>
            <select
              id={`${id}-group`}
              value={filters.groupId}
              onChange={(event) => {
                setNetworkFilter('groupId', event.target.value);
              }}
            >
              <option value="">{t('network.filter.anyGroup')}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-affiliation`}>{t('network.filter.affiliation')}</label>
          <select
            id={`${id}-affiliation`}
            value={filters.affiliation}
            onChange={(event) => {
              setNetworkFilter(
                'affiliation',
                choiceOf<Affiliation | 'any'>(AFFILIATIONS, event.target.value, 'any'),
              );
            }}
          >
            <option value="any">{t('network.filter.anyAffiliation')}</option>
            <option value="internal">{t('network.filter.internal')}</option>
            <option value="external">{t('network.filter.external')}</option>
          </select>
        </div>
        <label className="network-check">
          <input
            type="checkbox"
            checked={filters.isOnlyOverdue}
            onChange={(event) => {
              setNetworkFilter('isOnlyOverdue', event.target.checked);
            }}
          />
          {t('network.filter.onlyOverdue')}
        </label>
        {isFiltering && (
          <button type="button" className="button" onClick={clearNetworkFilters}>
            {t('network.filter.clear')}
          </button>
        )}
      </fieldset>
    </details>
  );
}
