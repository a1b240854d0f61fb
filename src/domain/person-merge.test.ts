import { describe, expect, it } from 'vitest';
import { mergedPersonOf } from './person-merge';
import { makePerson } from '../../tests/support/people';
import type { Contact } from './types';

function person(id: string, changes: Partial<Contact> = {}): Contact {
  return makePerson('', '', { id, ...changes });
}

const NOW = 50_000;

describe('mergedPersonOf', () => {
  it('fills the kept person’s empty fields and keeps their own values', () => {
    const keep = person('k', { givenName: 'Anna', familyName: 'Berg', role: 'CEO' });
    const merge = person('m', {
      givenName: 'Annie',
      role: 'CTO',
      organisation: 'Volvo',
      birthday: { month: 4, day: 30 },
      cadenceDays: null,
    });
    const merged = mergedPersonOf(keep, merge, NOW);
    expect(merged).toMatchObject({
      id: 'k',
      givenName: 'Anna',
      role: 'CEO',
      organisation: 'Volvo',
      birthday: { month: 4, day: 30 },
      cadenceDays: null,
      updatedAt: NOW,
      sortName: 'anna berg',
    });
    expect(merged.searchText).toContain('volvo');
  });

  it('joins notes and adds missing list entries, so nothing typed in is lost', () => {
    const keep = person('k', {
      notes: 'Likes sailing',
      emails: [{ value: 'a@x.se' }],
      tags: ['Golf'],
    });
    const merge = person('m', {
      notes: 'Two kids',
      emails: [{ value: 'A@x.se' }, { value: 'b@x.se' }],
      tags: ['golf', 'board'],
    });
    const merged = mergedPersonOf(keep, merge, NOW);
    expect(merged.notes).toBe('Likes sailing\n\nTwo kids');
    expect(merged.emails).toEqual([{ value: 'a@x.se' }, { value: 'b@x.se' }]);
    expect(merged.tags).toEqual(['Golf', 'board']);
  });

  it('keeps the labels of both, and lends one to the same number the kept person has bare', () => {
    const keep = person('k', {
      emails: [{ value: 'a@x.se', kind: 'work' }],
      phones: [{ value: '+46 70 111 22 33' }, { value: '08-555', kind: 'home' }],
    });
    const merge = person('m', {
      emails: [{ value: 'A@x.se', kind: 'home' }],
      phones: [
        { value: '+46701112233', kind: 'custom', label: 'Styrelse' },
        { value: '08 555', kind: 'work' },
        { value: '+46 73 555', kind: 'custom', label: 'WhatsApp' },
      ],
    });
    const merged = mergedPersonOf(keep, merge, NOW);
    expect(merged.emails).toEqual([{ value: 'a@x.se', kind: 'work' }]);
    expect(merged.phones).toEqual([
      { value: '+46 70 111 22 33', kind: 'custom', label: 'Styrelse' },
      { value: '08-555', kind: 'home' },
      { value: '+46 73 555', kind: 'custom', label: 'WhatsApp' },
    ]);
    expect(keep.phones[0]).toEqual({ value: '+46 70 111 22 33' });
  });

  it('dates the person from the earlier of the two', () => {
    const merged = mergedPersonOf(
      person('k', { createdAt: 900 }),
      person('m', { createdAt: 100 }),
      NOW,
    );
    expect(merged.createdAt).toBe(100);
  });

  it('drops a met-via link between the two', () => {
    const merged = mergedPersonOf(
      person('k', { metViaId: 'm' }),
      person('m', { metViaId: 'k' }),
      NOW,
    );
    expect(merged.metViaId).toBeUndefined();
    const other = mergedPersonOf(person('k'), person('m', { metViaId: 'x' }), NOW);
    expect(other.metViaId).toBe('x');
  });
});
