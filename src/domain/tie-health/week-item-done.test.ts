import { describe, expect, it } from 'vitest';
import type { WeekItem } from '../types';
import { at, STOCKHOLM } from './fixtures';
import { weekOf } from './week';
import {
  countDoneItems,
  currentItemState,
  isItemDone,
  peopleTouchedInWeek,
  type WeekTouch,
} from './week-item-done';

const week = weekOf(at('2024-05-15T12:00+02:00'), STOCKHOLM, 1);
const item = (contactId: string, state: WeekItem['state'] = 'open'): WeekItem => ({
  contactId,
  state,
  reason: { kind: 'overdue' },
});
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
