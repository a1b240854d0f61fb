import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useHealthClock, type HealthClock } from '../../components/use-health-clock';
import { usePeopleList } from '../../live-queries/use-people';
import type { PeopleListPerson } from '../../db/codecs/people-rows';
import { sortByName } from '../../domain/name-order';
import { indexPeople, searchIndex } from '../../domain/people-search';
import { localDayNumber, startOfLocalDay } from '../../domain/tie-health';
import { StartFromFiles } from '../../components/start-from-files';
import { useI18n } from '../../i18n/use-i18n';
import { Icon } from '../../components/icon';
import { PeopleFilters } from './people-filters';
import { healthOfPeople, nameOrderOf, orderPeople } from './people-order';
import { PeopleBulkBar } from './people-bulk-bar';
import { PeopleList } from './people-list';
import { startSelecting, stopSelecting, usePeopleSelectionStore } from './people-selection-store';
import { clearPeopleFilters, setPeopleQuery, usePeopleListStore } from './people-list-store';
import './people.css';

export default function PeoplePage() {
  const { t } = useI18n();
  const people = usePeopleList();
  const clock = useHealthClock();
  return (
    <section className="page people-page" aria-labelledby="people-title">
      <header className="people-header">
        <h1 id="people-title">{t('people.title')}</h1>
        {people !== undefined && people.length > 0 ? <SelectToggle /> : null}
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

/**
 * Turns select mode on and off; leaving it lets go of the selection. The label says what a
 * press does ("Select", "Done"), so it is not also marked as pressed.
 */
function SelectToggle() {
  const { t } = useI18n();
  const isSelecting = usePeopleSelectionStore((state) => state.isSelecting);
  return (
    <button type="button" className="button" onClick={isSelecting ? stopSelecting : startSelecting}>
      {t(isSelecting ? 'people.bulk.done' : 'people.bulk.start')}
    </button>
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

type PeopleBrowserProps = { people: readonly PeopleListPerson[]; clock: HealthClock };

/** Search, sort, filters and the list, for a network with at least one person. */
function PeopleBrowser({ people, clock }: PeopleBrowserProps) {
  const { t, language } = useI18n();
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
  // The collator's sort runs when the people, the language or the name order change; the
  // filters and the other sorts reuse its result.
  const nameOrder = nameOrderOf(sort);
  const inNameOrder = useMemo(
    () => sortByName(people, language, nameOrder),
    [people, language, nameOrder],
  );
  const ordered = useMemo(
    () => orderPeople(inNameOrder, { sort, isShowingArchived, status, flag }, health),
    [inNameOrder, sort, isShowingArchived, status, flag, health],
  );
  // The index is built when the list changes; a keystroke only scans it. The scan and the
  // list's new rows render at a lower priority than the typed letter (a deferred value):
  // the box shows each letter at once, and a fast typist's letters are not held up by the
  // results of the ones before, which React drops when a newer query arrives.
  const index = useMemo(() => indexPeople(ordered), [ordered]);
  const searched = useDeferredValue(query);
  const results = useMemo(() => searchIndex(index, searched), [index, searched]);
  const isSearching = searched.trim() !== '';
  const isFiltering = status !== 'any' || flag !== 'any';
  const isSelecting = usePeopleSelectionStore((state) => state.isSelecting);
  const listedIds = useMemo(
    () => (isSelecting ? results.map((person) => person.id) : []),
    [isSelecting, results],
  );

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
      {isSelecting ? <PeopleBulkBar listed={listedIds} /> : null}
      <p className="people-count muted" role="status">
        {isSearching || isFiltering
          ? t('people.matchCount', { count: results.length })
          : t('people.count', { count: results.length })}
      </p>
      {results.length > 0 ? (
        <PeopleList people={results} now={now} health={health} isSelecting={isSelecting} />
      ) : isSearching ? (
        <div className="card">
          <p>{t('people.noMatches', { query: searched.trim() })}</p>
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
