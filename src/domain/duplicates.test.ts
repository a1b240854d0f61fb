import { describe, expect, it } from 'vitest';
import { findDuplicates } from './duplicates';
import { makePerson } from '../../tests/support/people';

const person = makePerson;

describe('findDuplicates', () => {
  it('pairs two people with the same email address, whatever its case', () => {
    const a = person('Anna', 'Berg', { emails: [{ value: 'anna@example.com' }] });
    const b = person('A.', 'Berg', { emails: [{ value: ' ANNA@example.com' }] });
    expect(findDuplicates([a, b], 'en')).toEqual([
      { keepId: a.id, mergeId: b.id, reasons: ['email'] },
    ]);
  });

  it('pairs the same normalised name at the same organisation', () => {
    const a = person('Åsa', 'Öberg', { organisation: 'Volvo' });
    const b = person('asa', 'oberg', { organisation: 'VOLVO' });
    const c = person('Åsa', 'Öberg', { organisation: 'Scania' });
    expect(findDuplicates([a, b, c], 'en')).toEqual([
      { keepId: a.id, mergeId: b.id, reasons: ['name-org'] },
    ]);
  });

  it('pairs the same LinkedIn profile written two ways, and gives every reason', () => {
    const a = person('Anna', 'Berg', {
      linkedInUrl: 'https://www.linkedin.com/in/anna-berg/',
      emails: [{ value: 'anna@example.com' }],
    });
    const b = person('Anna', 'Berg', {
      linkedInUrl: 'linkedin.com/in/Anna-Berg',
      emails: [{ value: 'anna@example.com' }],
    });
    expect(findDuplicates([a, b], 'en')[0]?.reasons).toEqual(['linkedin', 'email', 'name-org']);
  });

  it('pairs people imported with the same vCard UID', () => {
    const a = person('Anna', 'Berg', { sourceKey: 'uid-1' });
    const b = person('Annie', 'B', { sourceKey: 'uid-1' });
    expect(findDuplicates([a, b], 'en')[0]?.reasons).toEqual(['source-key']);
  });

  it('suggests keeping the person with more touches, then the older one', () => {
    const a = person('Anna', 'Berg', { emails: [{ value: 'a@example.com' }], createdAt: 5 });
    const b = person('Anna', 'Berg', { emails: [{ value: 'a@example.com' }], createdAt: 1 });
    const c = person('Bo', 'Ek', { emails: [{ value: 'b@example.com' }], touchCount: 0 });
    const d = person('Bo', 'Ek', { emails: [{ value: 'b@example.com' }], touchCount: 3 });
    const pairs = findDuplicates([a, b, c, d], 'en');
    expect(pairs).toContainEqual({ keepId: b.id, mergeId: a.id, reasons: ['email', 'name-org'] });
    expect(pairs).toContainEqual({ keepId: d.id, mergeId: c.id, reasons: ['email', 'name-org'] });
  });

  it('leaves out deleted people and people with nothing in common', () => {
    const a = person('Anna', 'Berg', { emails: [{ value: 'a@example.com' }] });
    const b = person('Anna', 'Berg', { emails: [{ value: 'a@example.com' }], deletedAt: 9 });
    const c = person('Cecilia', 'Lund');
    expect(findDuplicates([a, b, c], 'en')).toEqual([]);
  });

  it('pairs everyone sharing an address with the first of them, not with each other', () => {
    const shared = Array.from({ length: 5 }, (_, index) =>
      person(`P${index}`, 'X', { emails: [{ value: 'info@example.com' }] }),
    );
    const pairs = findDuplicates(shared, 'en');
    expect(pairs).toHaveLength(4);
    expect(new Set(pairs.flatMap((pair) => [pair.keepId, pair.mergeId]))).toEqual(
      new Set(shared.map((p) => p.id)),
    );
  });

  it('lists stronger reasons first', () => {
    const a = person('Anna', 'Berg');
    const b = person('Anna', 'Berg');
    const c = person('Bo', 'Ek', { linkedInUrl: 'linkedin.com/in/bo' });
    const d = person('Bo', 'Eksson', { linkedInUrl: 'linkedin.com/in/bo' });
    expect(findDuplicates([a, b, c, d], 'en').map((pair) => pair.reasons[0])).toEqual([
      'linkedin',
      'name-org',
    ]);
  });

  it("lists pairs of equal strength in the language's name order", () => {
    const pairs = [
      person('Åke', 'Holm', { emails: [{ value: 'ake@example.com' }] }),
      person('Åke', 'H.', { emails: [{ value: 'ake@example.com' }] }),
      person('Zack', 'Ek', { emails: [{ value: 'zack@example.com' }] }),
      person('Z.', 'Ek', { emails: [{ value: 'zack@example.com' }] }),
      person('Axel', 'Berg', { emails: [{ value: 'axel@example.com' }] }),
      person('A.', 'Berg', { emails: [{ value: 'axel@example.com' }] }),
    ];
    const keepers = (language: 'en' | 'sv') =>
      findDuplicates(pairs, language).map(
        (pair) => pairs.find((p) => p.id === pair.keepId)?.givenName,
      );
    expect(keepers('sv')).toEqual(['Axel', 'Zack', 'Åke']);
    expect(keepers('en')).toEqual(['Åke', 'Axel', 'Zack']);
  });
});
