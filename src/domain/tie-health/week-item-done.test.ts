import { describe, expect, it } from 'vitest';
import type { WeekItem } from '../types';
import { at, STOCKHOLM } from '../../../tests/support/tie-health';
import { weekOf } from './week';
import {
  closedItem,
  currentItemState,
  peopleTouchedInWeek,
  shownItemState,
  weekProgressOf,
  type WeekTouch,
} from './week-item-done';

const week = weekOf(at('2024-05-15T12:00+02:00'), STOCKHOLM, 1);
const item = (contactId: string, state: WeekItem['state'] = 'open'): WeekItem => ({
  contactId,
  state,
  reason: { kind: 'overdue' },
});
/** Done as the list shows it, at the end of the week. */
const isItemDone = (entry: WeekItem, touches: readonly WeekTouch[], range: typeof week) =>
  shownItemState(entry, peopleTouchedInWeek(touches, range).has(entry.contactId), range.endMs) ===
  'done';
const countDoneItems = (
  items: readonly WeekItem[],
  touches: readonly WeekTouch[],
  range: typeof week,
) => items.filter((entry) => isItemDone(entry, touches, range)).length;
const touchOn = (iso: string, participantIds: string[], deletedAt?: number): WeekTouch => ({
  at: at(iso),
  participantIds,
  deletedAt,
});

describe('isItemDone', () => {
  it('is done once a touch with the person is logged during the week', () => {
    expect(isItemDone(item('anna'), [touchOn('2024-05-16T09:00+02:00', ['anna'])], week)).toBe(
      true,
    );
  });

  it('counts a touch with several people for each of them', () => {
    const dinner = touchOn('2024-05-14T19:00+02:00', ['erik', 'anna']);
    expect(isItemDone(item('anna'), [dinner], week)).toBe(true);
    expect(isItemDone(item('erik'), [dinner], week)).toBe(true);
    expect(isItemDone(item('maria'), [dinner], week)).toBe(false);
  });

  it('ignores touches outside the week and deleted ones', () => {
    const touches = [
      touchOn('2024-05-12T23:59+02:00', ['anna']), // Sunday before
      touchOn('2024-05-20T00:00+02:00', ['anna']), // next Monday
      touchOn('2024-05-15T10:00+02:00', ['anna'], 1),
    ];
    expect(isItemDone(item('anna'), touches, week)).toBe(false);
  });

  it('counts a touch at the first instant of the week', () => {
    expect(isItemDone(item('anna'), [touchOn('2024-05-13T00:00+02:00', ['anna'])], week)).toBe(
      true,
    );
  });

  it('stays done when marked done', () => {
    expect(isItemDone(item('anna', 'done'), [], week)).toBe(true);
  });
});

describe('closing a week', () => {
  it('stores a touched open item as done, and keeps a skip or snooze the user chose', () => {
    expect(closedItem(item('anna'), true).state).toBe('done');
    expect(closedItem(item('anna'), false).state).toBe('open');
    expect(closedItem(item('erik', 'skipped'), true).state).toBe('skipped');
  });
});

describe('progress', () => {
  it('counts done items', () => {
    const items = [item('anna'), item('erik', 'done'), item('maria', 'skipped')];
    const touches = [touchOn('2024-05-16T09:00+02:00', ['anna', 'maria'])];
    expect(countDoneItems(items, touches, week)).toBe(3);
    expect([...peopleTouchedInWeek(touches, week)].sort()).toEqual(['anna', 'maria']);
  });
});

describe('currentItemState', () => {
  it('shows a snoozed item as open again once the snooze has run out', () => {
    const snoozed: WeekItem = {
      ...item('anna', 'snoozed'),
      snoozedUntil: at('2024-05-17T09:00+02:00'),
    };
    expect(currentItemState(snoozed, at('2024-05-16T09:00+02:00'))).toBe('snoozed');
    expect(currentItemState(snoozed, at('2024-05-17T09:00+02:00'))).toBe('open');
    expect(currentItemState(item('erik', 'skipped'), at('2024-05-17T09:00+02:00'))).toBe('skipped');
  });
});

describe('weekProgressOf', () => {
  const now = at('2024-05-16T09:00+02:00');
  const snoozedUntil = (iso: string): WeekItem => ({
    ...item('x', 'snoozed'),
    snoozedUntil: at(iso),
  });

  it('counts logged, snoozed and skipped items as handled, and the rest as left', () => {
    const entries = [
      { item: item('anna'), isTouched: true },
      { item: item('erik', 'done'), isTouched: false },
      { item: snoozedUntil('2024-06-01T09:00+02:00'), isTouched: false },
      { item: item('maria', 'skipped'), isTouched: false },
      { item: item('bo'), isTouched: false },
      { item: item('cia'), isTouched: false },
      { item: item('dan'), isTouched: false },
    ];
    expect(weekProgressOf(entries, now)).toEqual({
      total: 7,
      handled: 4,
      logged: 2,
      snoozed: 1,
      skipped: 1,
      open: 3,
    });
  });

  it('counts a snooze that has run out as open again, and a touch over a skip as logged', () => {
    const entries = [
      { item: snoozedUntil('2024-05-16T08:00+02:00'), isTouched: false },
      { item: item('maria', 'skipped'), isTouched: true },
    ];
    expect(weekProgressOf(entries, now)).toMatchObject({ handled: 1, logged: 1, open: 1 });
    expect(shownItemState(item('maria', 'skipped'), true, now)).toBe('done');
  });

  it('has nothing handled on an empty list', () => {
    expect(weekProgressOf([], now)).toEqual({
      total: 0,
      handled: 0,
      logged: 0,
      snoozed: 0,
      skipped: 0,
      open: 0,
    });
  });
});
