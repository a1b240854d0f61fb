import { create } from 'zustand';
import { TIE_STATUSES, type ReciprocityFlag, type TieStatus } from '../../domain/tie-health';

export const SORT_CHOICES = ['name', 'familyName', 'lastTouch', 'mostOverdue'] as const;
export type PeopleSort = (typeof SORT_CHOICES)[number];

/** The statuses to filter by, in the order a person drifts through them. */
export const STATUS_CHOICES = TIE_STATUSES;
export const FLAG_CHOICES = [
  'you-owe',
  'one-sided',
  'over-giving',
] as const satisfies readonly ReciprocityFlag[];

export type StatusFilter = TieStatus | 'any';
export type FlagFilter = ReciprocityFlag | 'any';

/**
 * The people list's search, sort and filters. UI state only; kept in a store so that
 * going into a person and back returns to the same search.
 */
type PeopleListState = {
  query: string;
  sort: PeopleSort;
  isShowingArchived: boolean;
  status: StatusFilter;
  flag: FlagFilter;
};

export const usePeopleListStore = create<PeopleListState>(() => ({
  query: '',
  sort: 'name',
  isShowingArchived: false,
  status: 'any',
  flag: 'any',
}));

export function setPeopleQuery(query: string): void {
  usePeopleListStore.setState({ query });
}

export function setPeopleSort(sort: PeopleSort): void {
  usePeopleListStore.setState({ sort });
}

export function setShowingArchived(isShowingArchived: boolean): void {
  usePeopleListStore.setState({ isShowingArchived });
}

export function setStatusFilter(status: StatusFilter): void {
  usePeopleListStore.setState({ status });
}

export function setFlagFilter(flag: FlagFilter): void {
  usePeopleListStore.setState({ flag });
}

export function clearPeopleFilters(): void {
  usePeopleListStore.setState({ status: 'any', flag: 'any' });
}
