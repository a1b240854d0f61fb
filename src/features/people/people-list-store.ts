import { create } from 'zustand';

export type PeopleSort = 'name' | 'lastTouch';

/**
 * The people list's search, sort and archive filter. UI state only; kept in a store so that
 * going into a person and back returns to the same search.
 */
type PeopleListState = {
  query: string;
  sort: PeopleSort;
  isShowingArchived: boolean;
};

export const usePeopleListStore = create<PeopleListState>(() => ({
  query: '',
  sort: 'name',
  isShowingArchived: false,
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
