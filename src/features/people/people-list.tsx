import { memo, useCallback, useLayoutEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { TieBadge } from '../../components/tie-badge';
import { initialsOf, nameOf } from '../../domain/contact';
import type { TieStatus } from '../../domain/tie-health';
import type { PeopleListPerson } from '../../db/codecs/people-rows';
import { useI18n } from '../../i18n/use-i18n';
import type { HealthById } from './people-order';
import { setPersonSelected, usePeopleSelectionStore } from './people-selection-store';
import { formatTouchAgo } from './relative-touch';

const NO_ONE: ReadonlySet<string> = new Set();

/** Row height in rem; the CSS uses the same value so the virtualizer's sums hold. */
const ROW_HEIGHT_REM = 4.5;
/** Rows rendered beyond the viewport on each side, so a fling does not show blanks. */
const OVERSCAN_ROWS = 4;

function rowHeightPx(): number {
  const rootSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return ROW_HEIGHT_REM * (Number.isFinite(rootSize) && rootSize > 0 ? rootSize : 16);
}

/**
 * Distance from the top of the document to the list, kept current when content above it
 * (search box, count line) changes height. The window scrolls, not the list, so the page
 * behaves like any other page on a phone.
 */
function useDocumentTop(element: HTMLElement | null): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    window.addEventListener('resize', measure);
    // The page around the list also changes height when the count line or a font changes.
    const observer = 'ResizeObserver' in window ? new ResizeObserver(measure) : null;
    if (element.parentElement) observer?.observe(element.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [element]);
  return top;
}

type PeopleListProps = {
  people: readonly PeopleListPerson[];
  now: number;
  health: HealthById;
  /** Each row gets a checkbox to select the person for a bulk change. */
  isSelecting?: boolean;
};

/**
 * The list of people, virtualized: only the rows on screen exist in the DOM. Memoized so the
 * urgent render of each keystroke (the search box) skips the list until the results change.
 */
export const PeopleList = memo(function PeopleList({
  people,
  now,
  health,
  isSelecting = false,
}: PeopleListProps) {
  const { t } = useI18n();
  const selected = usePeopleSelectionStore((state) => (isSelecting ? state.selected : NO_ONE));
  const [listElement, setListElement] = useState<HTMLDivElement | null>(null);
  const [rowHeight] = useState(rowHeightPx);
  const scrollMargin = useDocumentTop(listElement);
  const getItemKey = useCallback((index: number) => people[index]?.id ?? index, [people]);
  const virtualizer = useWindowVirtualizer({
    count: people.length,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    getItemKey,
    // Lets the first render show rows before the window has been measured.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  return (
    <div
      ref={setListElement}
      className="people-list"
      data-testid="people-list"
      role="list"
      aria-label={t('people.listLabel')}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const person = people[item.index];
        if (!person) return null;
        return (
          <PersonRow
            key={item.key}
            person={person}
            status={health.get(person.id)?.status}
            now={now}
            top={item.start - scrollMargin}
            height={rowHeight}
            position={item.index + 1}
            setSize={people.length}
            selection={isSelecting ? selected.has(person.id) : undefined}
          />
        );
      })}
    </div>
  );
});

type PersonRowProps = {
  person: PeopleListPerson;
  status: TieStatus | undefined;
  now: number;
  top: number;
  height: number;
  position: number;
  setSize: number;
  /** Whether the row's checkbox is ticked; undefined outside select mode (no checkbox). */
  selection: boolean | undefined;
};

function PersonRow({
  person,
  status,
  now,
  top,
  height,
  position,
  setSize,
  selection,
}: PersonRowProps) {
  const { t, language } = useI18n();
  const detailId = `person-row-${person.id}`;
  const work = [person.role, person.organisation].filter(Boolean).join(', ');
  const touchAgo =
    person.lastTouchAt === undefined ? null : formatTouchAgo(person.lastTouchAt, now, language);
  return (
    <div
      role="listitem"
      aria-posinset={position}
      aria-setsize={setSize}
      className="person-row"
      style={{ transform: `translateY(${top}px)`, height }}
    >
      {selection === undefined ? null : (
        <input
          type="checkbox"
          className="person-row-select"
          checked={selection}
          aria-label={t('people.bulk.selectPerson', { name: nameOf(person) })}
          onChange={(event) => {
            setPersonSelected(person.id, event.target.checked);
          }}
        />
      )}
      <span className="person-avatar" aria-hidden="true">
        {initialsOf(person)}
      </span>
      <span className="person-row-text">
        <span className="person-row-line">
          <Link to={`/people/${person.id}`} className="person-row-link" aria-describedby={detailId}>
            {nameOf(person)}
          </Link>
          {/* The short form is for the eye; the full sentence below is what is read out. */}
          <span className="person-row-touch" aria-hidden="true">
            {touchAgo ?? t('people.neverTouched')}
          </span>
        </span>
        <span id={detailId} className="person-row-detail">
          {/* Spaces between the parts keep the read-out words apart; flex hides them. */}
          {status ? <TieBadge status={status} /> : null}{' '}
          {person.isArchived ? <span className="badge">{t('people.archived')}</span> : null}{' '}
          {work ? <span className="person-row-work">{work}</span> : null}{' '}
          <span className="visually-hidden">
            {touchAgo === null
              ? t('people.neverTouched')
              : t('people.lastTouchAgo', { when: touchAgo })}
          </span>
        </span>
      </span>
    </div>
  );
}
