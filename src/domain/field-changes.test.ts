import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  changesTo,
  conflictsOf,
  isSameValue,
  pendingChanges,
  withChanges,
  type FieldChange,
} from './field-changes';

type Card = { title: string; tags: string[]; due?: { day: number } | undefined };

const base: Card = { title: 'Draft', tags: ['a'], due: { day: 1 } };
const FIELDS = ['title', 'tags', 'due'] as const;

describe('isSameValue', () => {
  it('compares plain data by structure', () => {
    expect(isSameValue(['a', { b: 1 }], ['a', { b: 1 }])).toBe(true);
    expect(isSameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(isSameValue({ day: 1 }, { day: 2 })).toBe(false);
    expect(isSameValue('1', 1)).toBe(false);
    expect(isSameValue(null, undefined)).toBe(false);
  });

  it('treats an absent key as one holding undefined, as a stored record would', () => {
    expect(isSameValue({ month: 3, day: 4 }, { month: 3, day: 4, year: undefined })).toBe(true);
  });
});

describe('changesBetween', () => {
  it('lists only the fields that differ, from the base value to the new one', () => {
    const mine = { ...base, title: 'Final', due: undefined };
    expect(changesBetween(base, mine, FIELDS)).toEqual([
      { field: 'title', from: 'Draft', to: 'Final' },
      { field: 'due', from: { day: 1 }, to: undefined },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(changesBetween(base, { ...base, tags: ['a'] }, FIELDS)).toEqual([]);
  });
});

describe('conflictsOf', () => {
  const change: FieldChange<Card> = { field: 'title', from: 'Draft', to: 'Mine' };

  it('finds none when the stored value is still the one the change started from', () => {
    expect(conflictsOf([change], base)).toEqual([]);
  });

  it('finds none when the other side made the same change', () => {
    expect(conflictsOf([change], { ...base, title: 'Mine' })).toEqual([]);
  });

  it('names a field changed on both sides to different values, with all three values', () => {
    expect(conflictsOf([change], { ...base, title: 'Theirs' })).toEqual([
      { field: 'title', base: 'Draft', theirs: 'Theirs', mine: 'Mine' },
    ]);
  });

  it('ignores fields the change does not touch', () => {
    expect(conflictsOf([change], { ...base, tags: ['b'] })).toEqual([]);
  });

  it('compares the way the caller says, field by field', () => {
    const tags: FieldChange<Card> = { field: 'tags', from: ['a', 'b'], to: ['c'] };
    const asSets = (_field: keyof Card, a: unknown, b: unknown) =>
      JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort());
    expect(conflictsOf([tags], { ...base, tags: ['b', 'a'] }, asSets)).toEqual([]);
    expect(conflictsOf([tags], { ...base, tags: ['b', 'a'] })).toHaveLength(1);
  });
});

describe('pendingChanges, withChanges and changesTo', () => {
  it('drops changes the stored record already has, so saving them writes nothing', () => {
    const changes: FieldChange<Card>[] = [
      { field: 'title', from: 'Draft', to: 'Draft' },
      { field: 'tags', from: ['a'], to: ['a', 'b'] },
    ];
    expect(pendingChanges(changes, base)).toEqual([changes[1]]);
  });

  it('writes the new values over a record and leaves the rest', () => {
    const changed = withChanges(base, [{ field: 'title', from: 'Draft', to: 'Final' }]);
    expect(changed).toEqual({ ...base, title: 'Final' });
    expect(base.title).toBe('Draft');
  });

  it('reads new values from another record, keeping where each change started', () => {
    const tidied = { ...base, title: 'Final' };
    expect(changesTo([{ field: 'title', from: 'Draft', to: ' Final ' }], tidied)).toEqual([
      { field: 'title', from: 'Draft', to: 'Final' },
    ]);
  });
});
