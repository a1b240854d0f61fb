import { describe, expect, it } from 'vitest';
import { emptyDerived, searchTextOf, sortNameOf } from '../../domain/contact';
import { emptyContactInput } from '../../domain/contact-validation';
import { DEFAULT_SETTINGS, type Contact } from '../../domain/types';
import { sortByName } from '../../domain/name-order';
import { healthOfPeople, nameOrderOf, orderPeople, type PeopleFilters } from './people-order';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2025, 5, 16, 12, 0);
const ZONE = 'Europe/Stockholm';

const person = (displayName: string, extra: Partial<Contact> = {}): Contact => {
  const fields = { ...emptyContactInput(), displayName };
  return {
    ...fields,
    ...emptyDerived(),
    id: displayName,
    createdAt: 0,
    updatedAt: 0,
    source: 'manual',
    links: [],
    isPaused: false,
    isArchived: false,
    sortName: sortNameOf(fields),
    searchText: searchTextOf(fields),
    ...extra,
  };
};

const people = [
  person('Östen'),
  person('Anna', { lastTouchAt: 100 }),
  person('Åsa', { lastTouchAt: 300 }),
  person('Bo', { isArchived: true, lastTouchAt: 500 }),
  person('Cai'),
];
const names = (list: Contact[]) => list.map((entry) => entry.displayName);
const filters = (changes: Partial<PeopleFilters> = {}): PeopleFilters => ({
  sort: 'name',
  isShowingArchived: false,
  status: 'any',
  flag: 'any',
  ...changes,
});
const noHealth = new Map();

describe('orderPeople', () => {
  it('keeps the name order it is given and hides archived people', () => {
    expect(names(orderPeople(sortByName(people, 'en'), filters(), noHealth))).toEqual([
      'Anna',
      'Åsa',
      'Cai',
      'Östen',
    ]);
    expect(names(orderPeople(sortByName(people, 'sv'), filters(), noHealth))).toEqual([
      'Anna',
      'Cai',
      'Åsa',
      'Östen',
    ]);
  });

  it('breaks ties of the other sorts by the name order it is given', () => {
    const untouched = [person('Örjan'), person('Zara'), person('Åke'), person('Adam')];
    const lastTouch = filters({ sort: 'lastTouch' });
    expect(names(orderPeople(sortByName(untouched, 'sv'), lastTouch, noHealth))).toEqual([
      'Adam',
      'Zara',
      'Åke',
      'Örjan',
    ]);
    expect(names(orderPeople(sortByName(untouched, 'en'), lastTouch, noHealth))).toEqual([
      'Adam',
      'Åke',
      'Örjan',
      'Zara',
    ]);
  });

  it('lists by family name when asked, and says which name order each sort uses', () => {
    expect(nameOrderOf('familyName')).toBe('familyName');
    expect(nameOrderOf('name')).toBe('name');
    expect(nameOrderOf('lastTouch')).toBe('name');
    expect(nameOrderOf('mostOverdue')).toBe('name');
  });

  it('sorts by last touch, newest first, with never-touched people last by name', () => {
    const ordered = orderPeople(sortByName(people, 'en'), filters({ sort: 'lastTouch' }), noHealth);
    expect(names(ordered)).toEqual(['Åsa', 'Anna', 'Cai', 'Östen']);
  });

  it('includes archived people when asked', () => {
    const ordered = orderPeople(
      people,
      filters({ sort: 'lastTouch', isShowingArchived: true }),
      noHealth,
    );
    expect(names(ordered)[0]).toBe('Bo');
  });

  it('leaves its input untouched', () => {
    orderPeople(people, filters({ isShowingArchived: true }), noHealth);
    expect(names(people)[0]).toBe('Östen');
  });
});

describe('tie health in the list', () => {
  // Active tier: every 90 days. Touches at noon, so days are whole in any zone near UTC.
  const network = [
    person('Ok', { lastTouchAt: NOW - 10 * DAY_MS, createdAt: NOW - 400 * DAY_MS }),
    person('Due', { lastTouchAt: NOW - 80 * DAY_MS, createdAt: NOW - 400 * DAY_MS }),
    person('Overdue', { lastTouchAt: NOW - 100 * DAY_MS, createdAt: NOW - 400 * DAY_MS }),
    person('Dormant', { lastTouchAt: NOW - 300 * DAY_MS, createdAt: NOW - 400 * DAY_MS }),
    person('Paused', {
      lastTouchAt: NOW - 350 * DAY_MS,
      createdAt: NOW - 400 * DAY_MS,
      isPaused: true,
    }),
    person('New', { createdAt: NOW - 3 * DAY_MS }),
    person('Loose', { lastTouchAt: NOW - 200 * DAY_MS, createdAt: 0, cadenceDays: null }),
    person('Owed', {
      lastTouchAt: NOW - DAY_MS,
      createdAt: NOW - 400 * DAY_MS,
      received: { value: 3, at: NOW - DAY_MS },
      initiative: { me: 5, them: 0, unknown: 0 },
    }),
  ];
  const health = healthOfPeople(network, NOW, DEFAULT_SETTINGS, ZONE);

  it('gives each person their status and overdue ratio', () => {
    expect(health.get('Ok')).toMatchObject({ status: 'ok', flags: [] });
    expect(health.get('Due')?.status).toBe('due');
    expect(health.get('Overdue')?.status).toBe('overdue');
    expect(health.get('Overdue')?.overdueRatio).toBeCloseTo(100 / 90, 12);
    expect(health.get('Dormant')?.status).toBe('dormant');
    expect(health.get('Paused')).toMatchObject({ status: 'paused', overdueRatio: null });
    expect(health.get('New')?.status).toBe('new');
    expect(health.get('Owed')?.flags).toEqual(['you-owe', 'one-sided']);
  });

  it('filters by status', () => {
    const overdue = orderPeople(sortByName(network, 'en'), filters({ status: 'overdue' }), health);
    expect(names(overdue)).toEqual(['Overdue']);
    expect(
      names(orderPeople(sortByName(network, 'en'), filters({ status: 'paused' }), health)),
    ).toEqual(['Paused']);
  });

  it('filters by give-and-take flag, and by status and flag together', () => {
    expect(
      names(orderPeople(sortByName(network, 'en'), filters({ flag: 'one-sided' }), health)),
    ).toEqual(['Owed']);
    expect(
      orderPeople(sortByName(network, 'en'), filters({ flag: 'over-giving' }), health),
    ).toEqual([]);
    expect(
      orderPeople(sortByName(network, 'en'), filters({ status: 'due', flag: 'you-owe' }), health),
    ).toEqual([]);
  });

  it('sorts the most overdue first, with no cadence and paused last', () => {
    expect(
      names(orderPeople(sortByName(network, 'en'), filters({ sort: 'mostOverdue' }), health)),
    ).toEqual(['Dormant', 'Overdue', 'Due', 'Ok', 'New', 'Owed', 'Loose', 'Paused']);
  });
});
