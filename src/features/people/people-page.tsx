import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useHealthClock, type HealthClock } from '../../components/use-tie-health';
import { usePeople } from '../../db/hooks/use-people';
import { indexPeople, searchIndex } from '../../domain/people-search';
import { localDayNumber, startOfLocalDay } from '../../domain/tie-health';
import type { Contact } from '../../domain/types';
import { StartFromFiles } from '../../components/start-from-files';
import { useI18n } from '../../i18n/use-i18n';
import { Icon } from '../../components/icon';
import { PeopleFilters } from './people-filters';
import { healthOfPeople, orderPeople } from './people-order';
import { PeopleList } from './people-list';
import { clearPeopleFilters, setPeopleQuery, usePeopleListStore } from './people-list-store';
import './people.css';

export default function PeoplePage() {
  const { t } = useI18n();
  const people = usePeople();
  const clock = useHealthClock();
  return (
    <section className="page people-page" aria-labelledby="people-title">
      <header className="people-header">
        <h1 id="people-title">{t('people.title')}</h1>
        <Link to="/people/new" className="button primary">
          <Icon name="log" size={20} />
          {t('people.add')}
        </Link>
      </header>
      {people === undefined || clock === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : people.length === 0 ? (
        <PeopleEmpty />
      ) : (
        <PeopleBrowser people={people} clock={clock} />
      )}
    </section>
  );
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
        <StartFromFiles />
      </div>
    </div>
  );
}

type PeopleBrowserProps = { people: readonly Contact[]; clock: HealthClock };

/** Search, sort, filters and the list, for a network with at least one person. */
function PeopleBrowser({ people, clock }: PeopleBrowserProps) {
  const { t } = useI18n();
  const { query, sort, isShowingArchived, status, flag } = usePeopleListStore();
  const { now, settings, timeZone } = clock;
  // Statuses change by the local day, so the list's health is read at the start of today
  // and recomputed when the people, the settings or the day change: not per keystroke,
  // and not on every tick of the clock (give-and-take drifts by well under 1% a day).
  const healthAt = startOfLocalDay(localDayNumber(now, timeZone), timeZone);
  const health = useMemo(
    () => healthOfPeople(people, healthAt, settings, timeZone),
    [people, healthAt, settings, timeZone],
  );
  const ordered = useMemo(
    () => orderPeople(people, { sort, isShowingArchived, status, flag }, health),
    [people, sort, isShowingArchived, status, flag, health],
  );
  // The index is built when the list changes; a keystroke only scans it (about 2 ms at
  // 10,000 people), so results follow in the same frame as the typed letter.
  const index = useMemo(() => indexPeople(ordered), [ordered]);
  const results = useMemo(() => searchIndex(index, query), [index, query]);
  const isSearching = query.trim() !== '';
  const isFiltering = status !== 'any' || flag !== 'any';

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
      <PeopleFilters />
      <p className="people-count muted" role="status">
        {isSearching || isFiltering
          ? t('people.matchCount', { count: results.length })
          : t('people.count', { count: results.length })}
      </p>
      {results.length > 0 ? (
        <PeopleList people={results} now={now} health={health} />
      ) : isSearching ? (
        <div className="card">
          <p>{t('people.noMatches', { query: query.trim() })}</p>
          <p className="muted">{t('people.noMatchesHint')}</p>
        </div>
      ) : isFiltering ? (
        <div className="card people-no-filter-match">
          <p>{t('people.noFilterMatches')}</p>
          <button type="button" className="button" onClick={clearPeopleFilters}>
            {t('people.filter.clear')}
          </button>
        </div>
      ) : (
        <p className="card">{t('people.allArchived')}</p>
      )}
    </>
  );
}
