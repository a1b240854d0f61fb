import { create } from 'zustand';
import type { GraphFilter } from '../../domain/graph';
import type { TieStatus } from '../../domain/tie-health';
import type { Affiliation, Id, Tier } from '../../domain/types';

export type NetworkView = 'graph' | 'list';

/** The filter controls as the screen holds them: one choice per control, '' or 'any' for all. */
export type NetworkFilterChoices = {
  status: TieStatus | 'any';
  tier: Tier | 'any';
  tag: string;
  groupId: Id;
  affiliation: Affiliation | 'any';
  isOnlyOverdue: boolean;
};

export const NO_FILTERS: NetworkFilterChoices = {
  status: 'any',
  tier: 'any',
  tag: '',
  groupId: '',
  affiliation: 'any',
  isOnlyOverdue: false,
};

/**
 * The network screen's UI state: graph or list, the filters, the search text and who is
 * selected (by id, so a selection survives the graph being rebuilt). Kept in a store so that
 * opening a person and coming back returns to the same view.
 */
type NetworkState = {
  view: NetworkView;
  filters: NetworkFilterChoices;
  query: string;
  selectedId: Id | null;
  /** A person to bring into view (search, insights); a new seq asks again. */
  focusRequest: { id: Id; seq: number } | null;
};

export const useNetworkStore = create<NetworkState>(() => ({
  view: 'graph',
  filters: NO_FILTERS,
  query: '',
  selectedId: null,
  focusRequest: null,
}));

export function setNetworkView(view: NetworkView): void {
  useNetworkStore.setState({ view });
}

export function setNetworkFilter<K extends keyof NetworkFilterChoices>(
  key: K,
  value: NetworkFilterChoices[K],
): void {
  useNetworkStore.setState((state) => ({ filters: { ...state.filters, [key]: value } }));
}

export function clearNetworkFilters(): void {
  useNetworkStore.setState({ filters: NO_FILTERS });
}

export function setNetworkQuery(query: string): void {
  useNetworkStore.setState({ query });
}

export function selectPerson(selectedId: Id | null): void {
  useNetworkStore.setState({ selectedId });
}

/** Selects a person and brings them into view on the graph (switching to it if needed). */
export function focusPerson(id: Id): void {
  useNetworkStore.setState((state) => ({
    selectedId: id,
    view: 'graph',
    focusRequest: { id, seq: (state.focusRequest?.seq ?? 0) + 1 },
  }));
}

/** The graph has brought the requested person into view. */
export function clearFocusRequest(): void {
  useNetworkStore.setState({ focusRequest: null });
}

/** The shared graph filter (domain/graph/filter.ts) for the screen's choices. */
export function graphFilterOf(choices: NetworkFilterChoices): GraphFilter {
  return {
    statuses: choices.status === 'any' ? undefined : [choices.status],
    tiers: choices.tier === 'any' ? undefined : [choices.tier],
    tag: choices.tag,
    groupId: choices.groupId === '' ? undefined : choices.groupId,
    affiliation: choices.affiliation === 'any' ? undefined : choices.affiliation,
    isOnlyOverdue: choices.isOnlyOverdue,
  };
}
