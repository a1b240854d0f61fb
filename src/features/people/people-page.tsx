import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { currentTime } from '../../db/clock';
import { usePeople } from '../../db/hooks/use-people';
import { searchPeople } from '../../domain/people-search';
import type { Contact } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { Icon } from '../../components/icon';
import { orderPeople } from './people-order';
import { PeopleList } from './people-list';
import {
  setPeopleQuery,
  setPeopleSort,
  setShowingArchived,
  usePeopleListStore,
  type PeopleSort,
} from './people-list-store';
import './people.css';

export default function PeoplePage() {
  const { t } = useI18n();
  const people = usePeople();
  return (
    <section className="page people-page" aria-labelledby="people-title">
      <header className="people-header">
        <h1 id="people-title">{t('people.title')}</h1>
        <Link to="/people/new" className="button primary">
          <Icon name="log" size={20} />
          {t('people.add')}
        </Link>
      </header>
      {people === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : people.length === 0 ? (
        <PeopleEmpty />
      ) : (
        <PeopleBrowser people={people} />
      )}
    </section>
  );
}

function sortFrom(value: string): PeopleSort {
  return value === 'lastTouch' ? 'lastTouch' : 'name';
}

function PeopleEmpty() {
  const { t } = useI18n();
  return (
    <div className="card people-empty">
      <h2>{t('people.empty.title')}</h2>
      <p>{t('people.empty.body')}</p>
      <div className="people-empty-actions">
        <Link to="/people/new" className="button primary">
          {t('people.empty.add')}
        </Link>
        <Link to="/welcome" className="button">
          {t('people.empty.demo')}
        </Link>
      </div>
    </div>
  );
}

/** Search, sort, archive filter and the list, for a network with at least one person. */
function PeopleBrowser({ people }: { people: readonly Contact[] }) {
  const { t } = useI18n();
  const { query, sort, isShowingArchived } = usePeopleListStore();
  // The box updates on every key; the list follows as soon as React has time, so typing
  // never waits for a 10,000-row filter.
  const deferredQuery = useDeferredValue(query);
  const [now] = useState(currentTime);
  const ordered = useMemo(
    () => orderPeople(people, sort, isShowingArchived),
    [people, sort, isShowingArchived],
  );
  const results = useMemo(() => searchPeople(ordered, deferredQuery), [ordered, deferredQuery]);
  const isSearching = deferredQuery.trim() !== '';

  return (
    <>
      <div className="field people-search">
        <label htmlFor="people-search">{t('people.searchLabel')}</label>
        <input
          id="people-search"
          type="search"
          value={query}
          placeholder={t('people.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setPeopleQuery(event.target.value);
            // New results start at the top; deep in a long list they would be off screen.
            if (window.scrollY > 0) window.scrollTo({ top: 0 });
          }}
        />
      </div>
      <div className="people-options">
        <div className="field people-sort">
          <label htmlFor="people-sort">{t('people.sortLabel')}</label>
          <select
            id="people-sort"
            value={sort}
            onChange={(event) => {
              setPeopleSort(sortFrom(event.target.value));
            }}
          >
            <option value="name">{t('people.sort.name')}</option>
            <option value="lastTouch">{t('people.sort.lastTouch')}</option>
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
      <p className="people-count muted" role="status">
        {isSearching
          ? t('people.matchCount', { count: results.length })
          : t('people.count', { count: results.length })}
      </p>
      {results.length > 0 ? (
        <PeopleList people={results} now={now} />
      ) : isSearching ? (
        <div className="card">
          <p>{t('people.noMatches', { query: deferredQuery.trim() })}</p>
          <p className="muted">{t('people.noMatchesHint')}</p>
        </div>
      ) : (
        <p className="card">{t('people.allArchived')}</p>
      )}
    </>
  );
}
