// Choosing people for an export: search first, then tick. At 10,000 people the page never
// holds a row per person: the search shows its first SHOWN_MATCHES matches (type more to
// narrow down, or choose every match at once), and the chosen are listed up to SHOWN_CHOSEN.
import { useId, useMemo, useRef, useState } from 'react';
import { useFocusOnAppear } from '../../components/use-focus-on-appear';
import { nameOf } from '../../domain/contact';
import { indexPeople, searchIndex } from '../../domain/people-search';
import type { Contact, Id } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import './your-data-messages';

/** Matches shown as checkboxes: a phone screen or two, never thousands of rows. */
export const SHOWN_MATCHES = 50;
/** Chosen people listed by name; the rest are counted. */
export const SHOWN_CHOSEN = 50;

export type ChosenIds = ReadonlySet<Id>;

function MatchRow({
  person,
  isChosen,
  onToggle,
}: {
  person: Contact;
  isChosen: boolean;
  onToggle: (isChosen: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const detail = [person.organisation, person.isArchived ? t('yourData.exportSome.archived') : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      <label className="transfer-choice">
        <input
          type="checkbox"
          checked={isChosen}
          aria-labelledby={`${id}-name`}
          aria-describedby={detail === '' ? undefined : `${id}-detail`}
          onChange={(event) => {
            onToggle(event.currentTarget.checked);
          }}
        />
        <span>
          <span id={`${id}-name`}>{nameOf(person)}</span>
          {detail === '' ? null : (
            <span id={`${id}-detail`} className="muted transfer-choice-detail">
              {detail}
            </span>
          )}
        </span>
      </label>
    </li>
  );
}

function ChosenList({
  chosen,
  onRemove,
  onClear,
}: {
  /** The chosen people, by name. */
  chosen: readonly Contact[];
  onRemove: (id: Id) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const rest = chosen.length - SHOWN_CHOSEN;
  return (
    <div className="transfer-chosen">
      <p id={headingId} className="transfer-chosen-count">
        {t('yourData.exportSome.chosen', { count: chosen.length })}
      </p>
      {chosen.length === 0 ? null : (
        <>
          <ul className="transfer-chosen-list" aria-labelledby={headingId}>
            {chosen.slice(0, SHOWN_CHOSEN).map((person) => (
              <li key={person.id}>
                <span>{nameOf(person)}</span>
                <button
                  type="button"
                  className="button"
                  aria-label={t('yourData.exportSome.removeLabel', { name: nameOf(person) })}
                  onClick={() => {
                    onRemove(person.id);
                  }}
                >
                  {t('yourData.exportSome.remove')}
                </button>
              </li>
            ))}
          </ul>
          {rest > 0 ? <p className="muted">{t('yourData.andMore', { count: rest })}</p> : null}
          <div className="transfer-actions">
            <button type="button" className="button" onClick={onClear}>
              {t('yourData.exportSome.clear')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function matchesText(
  t: ReturnType<typeof useI18n>['t'],
  query: string,
  total: number,
  matches: number,
): string {
  if (total === 0) return t('yourData.exportSome.nobody');
  if (matches === 0) return t('yourData.exportSome.noMatch', { query: query.trim() });
  if (matches > SHOWN_MATCHES) {
    return t('yourData.exportSome.showing', { shown: SHOWN_MATCHES, count: matches });
  }
  return '';
}

/**
 * A search field, the first matches as checkboxes, and the chosen people. `people` is
 * everyone not deleted, by name (archived people too: they are in an export of everyone).
 */
export function PeopleChooser({
  people,
  chosen,
  onChange,
}: {
  people: readonly Contact[] | undefined;
  chosen: ChosenIds;
  onChange: (chosen: ChosenIds) => void;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  useFocusOnAppear(inputRef);

  const index = useMemo(() => indexPeople(people ?? []), [people]);
  const matches = useMemo(() => searchIndex(index, query), [index, query]);
  const chosenPeople = useMemo(
    () => (people ?? []).filter((person) => chosen.has(person.id)),
    [people, chosen],
  );
  const isSearching = query.trim() !== '';
  const hasUnchosenMatch = matches.some((person) => !chosen.has(person.id));

  const toggle = (id: Id, isChosen: boolean) => {
    const next = new Set(chosen);
    if (isChosen) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  const chooseAll = () => {
    onChange(new Set([...chosen, ...matches.map((person) => person.id)]));
  };

  return (
    <>
      <div className="field">
        <label htmlFor={inputId}>{t('yourData.exportSome.search')}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
          }}
        />
        <span id={hintId} className="muted">
          {t('yourData.exportSome.searchHint')}
        </span>
      </div>
      {people === undefined ? (
        <p className="muted">{t('yourData.exportSome.reading')}</p>
      ) : (
        <>
          <p role="status" className="muted">
            {matchesText(t, query, people.length, matches.length)}
          </p>
          {isSearching && matches.length > 1 && hasUnchosenMatch ? (
            <div className="transfer-actions">
              <button type="button" className="button" onClick={chooseAll}>
                {t('yourData.exportSome.chooseAll', { count: matches.length })}
              </button>
            </div>
          ) : null}
          {matches.length === 0 ? null : (
            <ul className="transfer-people" aria-label={t('yourData.exportSome.found')}>
              {matches.slice(0, SHOWN_MATCHES).map((person) => (
                <MatchRow
                  key={person.id}
                  person={person}
                  isChosen={chosen.has(person.id)}
                  onToggle={(isChosen) => {
                    toggle(person.id, isChosen);
                  }}
                />
              ))}
            </ul>
          )}
          <ChosenList
            chosen={chosenPeople}
            onRemove={(id) => {
              toggle(id, false);
            }}
            onClear={() => {
              onChange(new Set());
            }}
          />
        </>
      )}
    </>
  );
}
