import { describe, expect, it } from 'vitest';
import { MAX_CHARS, MAX_ITEMS, limitProblemOf } from './field-limits';

describe('limitProblemOf', () => {
  it('finds nothing wrong with values within every limit, or with no values at all', () => {
    expect(limitProblemOf({})).toBeUndefined();
    expect(
      limitProblemOf({
        role: 'r'.repeat(MAX_CHARS.role),
        notes: 'n'.repeat(MAX_CHARS.notes),
        emails: Array.from({ length: MAX_ITEMS.emails }, (_, index) => ({
          value: `${index}@example.se`,
        })),
      }),
    ).toBeUndefined();
  });

  it('names a text field over its limit, with its length and the limit', () => {
    expect(limitProblemOf({ role: 'r'.repeat(MAX_CHARS.role + 1) })).toEqual({
      field: 'role',
      kind: 'chars',
      size: MAX_CHARS.role + 1,
      max: MAX_CHARS.role,
    });
  });

  it('names a list with too many entries', () => {
    const tags = Array.from({ length: MAX_ITEMS.tags + 5 }, (_, index) => `tag ${index}`);
    expect(limitProblemOf({ tags })).toEqual({
      field: 'tags',
      kind: 'items',
      size: MAX_ITEMS.tags + 5,
      max: MAX_ITEMS.tags,
    });
  });

  it('names a list whose one entry is too long', () => {
    const long = 'x'.repeat(MAX_CHARS.links + 1);
    expect(limitProblemOf({ links: ['https://example.se', long] })).toEqual({
      field: 'links',
      kind: 'chars',
      size: long.length,
      max: MAX_CHARS.links,
    });
  });
});
