// Type-ahead person picker: the ARIA 1.2 combobox pattern (an input that controls a listbox
// popup, options marked via aria-activedescendant, focus staying in the input), with the
// picked people shown as removable chips. The first suggestion is highlighted as you type,
// so "type two letters, press Enter" or "type two letters, tap the name" both pick.
import {
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { usePeopleByIds, usePeopleSnapshot } from '../live-queries/use-people';
import { NewPersonError, addPersonByName } from '../db/writes/person-by-name';
import { nameOf, initialsOf } from '../domain/contact';
import { sortByName } from '../domain/name-order';
import { indexPeople, searchIndex } from '../domain/people-search';
import { tieStatus, type TieStatus } from '../domain/tie-health';
import type { Contact } from '../domain/types';
import { useI18n } from '../i18n/use-i18n';
import { failureText } from './failure-text';
import { useFocusOnAppear } from './use-focus-on-appear';
import { TieBadge } from './tie-badge';
import { useHealthClock } from './use-health-clock';
import './person-picker.css';

/** Enough to find anyone by two letters without the list running off a phone screen. */
export const MAX_SUGGESTIONS = 8;

export type PersonPickerProps = {
  label: string;
  selectedIds: readonly string[];
  onChange: (selectedIds: string[]) => void;
  isMultiple?: boolean;
  autoFocus?: boolean;
  /** A validation message shown under the field and tied to the input. */
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
  /** When no one matches what was typed, offer to add that name as a new person. */
  canAddPerson?: boolean;
  /** People never suggested: for example the person whose page the picker is on. */
  excludedIds?: readonly string[];
};

const NO_IDS: readonly string[] = [];

export function PersonPicker({
  label,
  selectedIds,
  onChange,
  isMultiple = true,
  autoFocus = false,
  error,
  ref,
  canAddPerson = false,
  excludedIds = NO_IDS,
}: PersonPickerProps) {
  const { t, language } = useI18n();
  const clock = useHealthClock();
  const inputId = useId();
  const listboxId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  // Focused when the picker appears, as autoFocus would, without the attribute that moves
  // focus wherever the element is rendered.
  useFocusOnAppear(inputRef, autoFocus);
  const setInput = useCallback(
    (input: HTMLInputElement | null) => {
      inputRef.current = input;
      if (typeof ref === 'function') ref(input);
      else if (ref) ref.current = input;
    },
    [ref],
  );
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  // Type-ahead searches a snapshot of everyone, read once, never a live query: saving a
  // touch writes its people, and a live list of 10,000 would be read again right when the
  // screen behind should show the save. It is read at once when nobody is picked yet (the
  // form cannot be saved before someone is), else on the first search: a sheet opened for
  // someone and saved straight away reads nobody else. The chips follow their people live.
  const [hasSearched, setHasSearched] = useState(false);
  const people = usePeopleSnapshot(hasSearched || selectedIds.length === 0);
  const liveSelected = usePeopleByIds(selectedIds);

  const byId = useMemo(
    () => new Map((people ?? []).map((person) => [person.id, person])),
    [people],
  );
  // A just-picked person shows from the snapshot until the live read of the chips has them.
  const selected = selectedIds.flatMap((id) => {
    const person = liveSelected?.has(id) ? liveSelected.get(id) : byId.get(id);
    return person ? [person] : [];
  });
  // One index for the whole visit; the picked people are left out of each search instead.
  // Suggestions keep the index's order, so it is put in the language's name order once.
  const index = useMemo(
    () =>
      indexPeople(
        sortByName(
          (people ?? []).filter((person) => !person.isArchived),
          language,
        ),
      ),
    [people, language],
  );
  const suggestions = isOpen
    ? searchIndex(index, query, MAX_SUGGESTIONS + selectedIds.length + excludedIds.length)
        .filter((person) => !selectedIds.includes(person.id) && !excludedIds.includes(person.id))
        .slice(0, MAX_SUGGESTIONS)
    : [];
  const typed = query.trim();
  // Only once everyone is read: "no one matches" is not known before that.
  const offersAdd =
    canAddPerson && isOpen && people !== undefined && suggestions.length === 0 && typed !== '';
  const isExpanded = isOpen && (suggestions.length > 0 || offersAdd);
  const active = isExpanded ? suggestions[activeIndex] : undefined;
  const optionId = (person: Contact) => `${listboxId}-${person.id}`;
  const addOptionId = `${listboxId}-add`;
  const adding = useAddPerson((id) => {
    onChange(isMultiple ? [...selectedIds, id] : [id]);
    setQuery('');
    setIsOpen(false);
    setActiveIndex(-1);
  });

  function pick(person: Contact) {
    onChange(isMultiple ? [...selectedIds, person.id] : [person.id]);
    setQuery('');
    setIsOpen(false);
    setActiveIndex(-1);
  }

  function remove(id: string) {
    onChange(selectedIds.filter((selectedId) => selectedId !== id));
  }

  function onInput(event: ChangeEvent<HTMLInputElement>) {
    const value = event.target.value;
    setQuery(value);
    adding.forgetProblem();
    setHasSearched(true);
    setIsOpen(value.trim() !== '');
    setActiveIndex(0);
  }

  function move(step: 1 | -1) {
    setHasSearched(true);
    if (!isOpen) {
      setIsOpen(true);
      setActiveIndex(0);
      return;
    }
    const count = suggestions.length;
    if (count === 0) return;
    setActiveIndex((index) => (index + step + count) % count);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
        // Enter picks the highlighted person; with nothing typed it submits the form.
        if (active) {
          event.preventDefault();
          pick(active);
        } else if (offersAdd) {
          event.preventDefault();
          adding.add(typed);
        } else if (query.trim() !== '') {
          event.preventDefault();
        }
        break;
      case 'Escape':
        // Close the list first, then clear the text; only then may Escape close a dialog.
        if (isExpanded) {
          event.preventDefault();
          event.stopPropagation();
          setIsOpen(false);
        } else if (query !== '') {
          event.preventDefault();
          event.stopPropagation();
          setQuery('');
        }
        break;
      case 'Backspace': {
        const last = selectedIds[selectedIds.length - 1];
        if (query === '' && last !== undefined) remove(last);
        break;
      }
      case 'Tab':
        setIsOpen(false);
        break;
    }
  }

  const status = !isOpen
    ? ''
    : suggestions.length > 0
      ? t('log.picker.results', { count: suggestions.length })
      : query.trim() !== ''
        ? t('log.picker.noMatch', { query: query.trim() })
        : '';

  return (
    <div className="person-picker field">
      <label htmlFor={inputId}>{label}</label>
      <div className={`picker-box${error ? ' has-error' : ''}`}>
        {selected.length > 0 ? (
          <ul className="picker-chips" aria-label={t('log.picker.selected')}>
            {selected.map((person) => (
              <li key={person.id} className="picker-chip">
                <span>{nameOf(person)}</span>
                <button
                  type="button"
                  className="picker-chip-remove"
                  aria-label={t('log.picker.remove', { name: nameOf(person) })}
                  onClick={() => {
                    remove(person.id);
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          ref={setInput}
          id={inputId}
          className="picker-input"
          type="text"
          role="combobox"
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listboxId}
          aria-activedescendant={active ? optionId(active) : offersAdd ? addOptionId : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          aria-invalid={error ? true : undefined}
          value={query}
          onChange={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setIsOpen(false);
          }}
        />
      </div>
      <span id={hintId} className="visually-hidden">
        {t('log.picker.hint')}
      </span>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={label}
        className="picker-listbox"
        hidden={!isExpanded}
      >
        {suggestions.map((person, index) => (
          <Suggestion
            key={person.id}
            id={optionId(person)}
            person={person}
            status={
              clock ? tieStatus(person, clock.now, clock.settings, clock.timeZone) : undefined
            }
            isActive={index === activeIndex}
            onPick={pick}
            onHover={() => {
              setActiveIndex(index);
            }}
          />
        ))}
        {offersAdd ? (
          <AddPersonOption
            id={addOptionId}
            name={typed}
            isBusy={adding.isBusy}
            onAdd={() => {
              adding.add(typed);
            }}
          />
        ) : null}
      </ul>
      {adding.problem === undefined ? null : (
        <p role="alert" className="field-error">
          {adding.problem instanceof NewPersonError && adding.problem.reason === 'name-too-long'
            ? t('log.picker.addTooLong', { max: adding.problem.maxChars })
            : failureText(adding.problem, t)}
        </p>
      )}
      {/* Counts are for screen readers; "no one matches" is for everyone. */}
      <p role="status" className={isExpanded ? 'visually-hidden' : 'picker-no-match muted'}>
        {status}
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type SuggestionProps = {
  id: string;
  person: Contact;
  /** Undefined while the settings load. */
  status: TieStatus | undefined;
  isActive: boolean;
  onPick: (person: Contact) => void;
  onHover: () => void;
};

function Suggestion({ id, person, status, isActive, onPick, onHover }: SuggestionProps) {
  const nameId = `${id}-name`;
  const statusId = `${id}-status`;
  const detail = [person.organisation, person.role].filter(Boolean).join(' · ');
  const describedBy = [detail ? `${id}-detail` : '', status ? statusId : '']
    .filter(Boolean)
    .join(' ');
  return (
    // Keys are the combobox input's (aria-activedescendant): an option is never focused.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <li
      id={id}
      role="option"
      aria-selected={isActive}
      aria-labelledby={nameId}
      aria-describedby={describedBy || undefined}
      className={`picker-option${isActive ? ' is-active' : ''}`}
      // Keep focus in the input: a blur would close the list before the click lands.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onMouseMove={onHover}
      onClick={() => {
        onPick(person);
      }}
    >
      <span className="picker-avatar" aria-hidden="true">
        {initialsOf(person)}
      </span>
      <span className="picker-option-text">
        <span id={nameId} className="picker-option-name">
          {nameOf(person)}
        </span>
        {detail ? (
          <span id={`${id}-detail`} className="picker-option-detail muted">
            {detail}
          </span>
        ) : null}
      </span>
      {status ? <TieBadge id={statusId} status={status} /> : null}
    </li>
  );
}

/**
 * Adds a typed name as a new person (db/writes/person-by-name.ts) and hands over their id. A
 * failed add keeps what was typed in the field and says why.
 */
function useAddPerson(onAdded: (id: string) => void) {
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(undefined);
  const add = (name: string) => {
    if (isBusy) return;
    setIsBusy(true);
    setProblem(undefined);
    addPersonByName(name)
      .then(onAdded, (error: unknown) => {
        if (!(error instanceof NewPersonError)) {
          console.error('Ties could not add a person from the picker', error);
        }
        setProblem(error);
      })
      .finally(() => {
        setIsBusy(false);
      });
  };
  const forgetProblem = () => {
    setProblem(undefined);
  };
  return { add, isBusy, problem, forgetProblem };
}

type AddPersonOptionProps = {
  id: string;
  name: string;
  isBusy: boolean;
  onAdd: () => void;
};

/** The one option when no one matches: "Add “Anna” as a new person". */
function AddPersonOption({ id, name, isBusy, onAdd }: AddPersonOptionProps) {
  const { t } = useI18n();
  return (
    // Keys are the combobox input's (aria-activedescendant): an option is never focused.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <li
      id={id}
      role="option"
      aria-selected={true}
      aria-disabled={isBusy || undefined}
      className="picker-option picker-add is-active"
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={onAdd}
    >
      <span className="picker-avatar" aria-hidden="true">
        +
      </span>
      <span className="picker-option-text">
        <span className="picker-option-name">{t('log.picker.add', { name })}</span>
      </span>
    </li>
  );
}
