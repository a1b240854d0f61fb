import { describe, expect, it } from 'vitest';
import type { WeekItem } from '../types';
import { refreshWeekItems } from './week-plan-refresh';

const item = (contactId: string, state: WeekItem['state'] = 'open'): WeekItem => ({
  contactId,
  state,
  reason: { kind: 'overdue' },
});
const ids = (items: WeekItem[]) => items.map((entry) => `${entry.contactId}:${entry.state}`);

describe('refreshWeekItems', () => {
  it('keeps done, skipped and snoozed items and replaces the open ones', () => {
    const previous = [
      item('a'),
      item('b', 'done'),
      item('c', 'skipped'),
      item('d'),
      item('e', 'snoozed'),
    ];
    const fresh = [item('f'), item('b'), item('g'), item('h'), item('i'), item('j')];
    expect(ids(refreshWeekItems(previous, fresh, 5))).toEqual([
      'b:done',
      'c:skipped',
      'e:snoozed',
      'f:open',
      'g:open',
    ]);
  });

  it('grows the open part when the list size grows', () => {
    const previous = [item('a', 'done'), item('b')];
    const fresh = [item('b'), item('c'), item('d'), item('e'), item('f'), item('g'), item('h')];
    expect(refreshWeekItems(previous, fresh, 7)).toHaveLength(7);
  });

  it('never drops a handled item, even past the list size', () => {
    const previous = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => item(id, 'done'));
    expect(ids(refreshWeekItems(previous, [item('x')], 5))).toHaveLength(6);
  });
});
