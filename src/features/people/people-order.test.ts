import { describe, expect, it } from 'vitest';
import { emptyDerived, searchTextOf, sortNameOf } from '../../domain/contact';
import { emptyContactInput } from '../../domain/contact-validation';
import type { Contact } from '../../domain/types';
import { orderPeople } from './people-order';

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

describe('orderPeople', () => {
  it('sorts by name ignoring diacritics and hides archived people', () => {
    expect(names(orderPeople(people, 'name', false))).toEqual(['Anna', 'Åsa', 'Cai', 'Östen']);
  });

  it('sorts by last touch, newest first, with never-touched people last by name', () => {
    expect(names(orderPeople(people, 'lastTouch', false))).toEqual(['Åsa', 'Anna', 'Cai', 'Östen']);
  });

  it('includes archived people when asked', () => {
    expect(names(orderPeople(people, 'lastTouch', true))[0]).toBe('Bo');
  });

  it('leaves its input untouched', () => {
    orderPeople(people, 'name', true);
    expect(names(people)[0]).toBe('Östen');
  });
});
