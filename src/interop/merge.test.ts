import { describe, expect, it } from 'vitest';
import {
  mergedContactOf,
  newContactOf,
  planImport,
  type ImportPlan,
  type PlannedMatch,
} from './merge';
import type { Contact } from '../domain/types';
import { makePerson } from '../../tests/support/log-seed';
import { imported, linkedInFile, vCardFile } from '../../tests/support/import-seed';

const T0 = Date.UTC(2025, 2, 1, 9, 0);
const T1 = T0 + 86_400_000;

function onlyMatch(plan: ImportPlan): PlannedMatch {
  expect(plan.matches).toHaveLength(1);
  const [match] = plan.matches;
  if (!match) throw new Error('no match');
  return match;
}

/** The people a plan leaves in the database, as applyImport would write them. */
function applied(plan: ImportPlan, existing: Contact[], now: number): Contact[] {
  const byId = new Map(existing.map((contact) => [contact.id, contact]));
  for (const match of plan.matches) {
    const stored = byId.get(match.contactId);
    if (stored && match.isChanged) byId.set(stored.id, mergedContactOf(stored, match, [], now));
  }
  plan.newPeople.forEach(({ draft }, index) => {
    const contact = newContactOf(draft, `new-${now}-${index}`, now);
    byId.set(contact.id, contact);
  });
  return [...byId.values()];
}

describe('planImport: new people', () => {
  it('plans a new person for every row that matches nobody', () => {
    const plan = planImport(
      linkedInFile([
        imported(2, 'Anna', 'Berg', {
          sourceKey: 'https://www.linkedin.com/in/anna-berg',
          linkedInUrl: 'https://www.linkedin.com/in/anna-berg',
          organisation: 'Volvo',
          role: 'CFO',
          connectedOn: '2021-04-03',
        }),
        imported(3, 'Bo', 'Ek'),
      ]),
      [],
    );
    expect(plan.matches).toEqual([]);
    expect(plan.newPeople.map((person) => person.name)).toEqual(['Anna Berg', 'Bo Ek']);
    const [anna] = plan.newPeople;
    expect(anna?.places).toEqual([{ unit: 'line', number: 2 }]);
    expect(anna?.draft).toMatchObject({
      source: 'linkedin',
      sourceKey: 'https://www.linkedin.com/in/anna-berg',
      connectedOn: '2021-04-03',
      organisation: 'Volvo',
      tier: 'wide',
      importedValues: { givenName: 'Anna', organisation: 'Volvo', role: 'CFO' },
    });
  });

  it('cleans what the file says: trimmed, lone surrogates replaced, repeats dropped', () => {
    const plan = planImport(
      vCardFile([
        imported(1, '  Anna\uD800 ', 'Berg', {
          emails: [{ value: 'anna@example.com' }, { value: 'ANNA@example.com ' }, { value: '' }],
          tags: ['golf', ' Golf'],
        }),
      ]),
      [],
    );
    const draft = plan.newPeople[0]?.draft;
    expect(draft?.givenName).toBe('Anna\uFFFD');
    expect(draft?.emails).toEqual([{ value: 'anna@example.com' }]);
    expect(draft?.tags).toEqual(['golf']);
  });

  it('leaves out a shown name that only repeats given and family name', () => {
    const plan = planImport(
      vCardFile([imported(1, 'Anna', 'Berg', { displayName: 'Anna Berg' })]),
      [],
    );
    expect(plan.newPeople[0]?.draft.displayName).toBe('');
  });

  it('uses the tier given in the options', () => {
    const plan = planImport(linkedInFile([imported(1, 'Anna', 'Berg')]), [], { tier: 'wide' });
    expect(plan.newPeople[0]?.draft.tier).toBe('wide');
  });

  it('passes skipped rows through with their place and reason', () => {
    const skipped = [{ place: { unit: 'line' as const, number: 7 }, reason: 'no-name' as const }];
    expect(planImport(linkedInFile([], skipped), []).skipped).toEqual(skipped);
  });
});

describe('planImport: matching stored people', () => {
  it('matches on the source key first', () => {
    const stored = makePerson('Anna', 'Berg', {
      sourceKey: 'uid-1',
      emails: [{ value: 'x@example.com' }],
    });
    const other = makePerson('Someone', 'Else', { emails: [{ value: 'anna@example.com' }] });
    const plan = planImport(
      vCardFile([
        imported(1, 'Anna', 'Berg', {
          sourceKey: 'uid-1',
          emails: [{ value: 'anna@example.com' }],
        }),
      ]),
      [other, stored],
    );
    expect(onlyMatch(plan)).toMatchObject({ contactId: stored.id, rule: 'source-key' });
  });

  it('matches a LinkedIn profile however its address is written', () => {
    const stored = makePerson('Anna', 'Berg', {
      linkedInUrl: 'linkedin.com/in/Anna-Berg/',
    });
    const plan = planImport(
      linkedInFile([
        imported(2, 'Anna', 'B.', { sourceKey: 'https://se.linkedin.com/in/anna-berg?trk=x' }),
      ]),
      [stored],
    );
    expect(onlyMatch(plan)).toMatchObject({ contactId: stored.id, rule: 'source-key' });
  });

  it('matches on an email address regardless of case', () => {
    const stored = makePerson('Anna', 'Berg', { emails: [{ value: 'Anna.Berg@Example.com' }] });
    const plan = planImport(
      vCardFile([imported(1, 'A.', 'Berg', { emails: [{ value: 'anna.berg@example.com' }] })]),
      [stored],
    );
    expect(onlyMatch(plan)).toMatchObject({ contactId: stored.id, rule: 'email' });
  });

  it('matches on the normalised name together with the organisation', () => {
    const stored = makePerson('Åsa', 'Öberg', { organisation: 'Volvo Cars' });
    const plan = planImport(
      linkedInFile([imported(2, 'asa', 'OBERG', { organisation: ' volvo  cars ' })]),
      [stored],
    );
    expect(onlyMatch(plan)).toMatchObject({ contactId: stored.id, rule: 'name-org' });
  });

  it('does not match the same name at another organisation', () => {
    const stored = makePerson('Anna', 'Berg', { organisation: 'Volvo' });
    const plan = planImport(
      linkedInFile([imported(2, 'Anna', 'Berg', { organisation: 'Scania' })]),
      [stored],
    );
    expect(plan.matches).toEqual([]);
    expect(plan.newPeople).toHaveLength(1);
  });

  it('matches a person by their Ties id, which Ties writes as the UID of its own vCards', () => {
    const stored = makePerson('Anna', 'Berg', { emails: [{ value: 'x@example.com' }] });
    const other = makePerson('Anna', 'Berg');
    const plan = planImport(vCardFile([imported(1, 'Anna', 'Berg', { sourceKey: stored.id })]), [
      other,
      stored,
    ]);
    expect(onlyMatch(plan)).toMatchObject({ contactId: stored.id, rule: 'source-key' });
  });

  it('never matches a deleted person', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      deletedAt: T0,
    });
    const plan = planImport(
      vCardFile([imported(1, 'Anna', 'Berg', { emails: [{ value: 'anna@example.com' }] })]),
      [stored],
    );
    expect(plan.matches).toEqual([]);
    expect(plan.newPeople).toHaveLength(1);
    expect(plan.basis.contactCount).toBe(1);
  });
});

describe('planImport: what a match changes', () => {
  it('fills the stored person’s empty fields', () => {
    const stored = makePerson('Anna', 'Berg', { emails: [{ value: 'anna@example.com' }] });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', {
            emails: [{ value: 'anna@example.com' }],
            role: 'CFO',
            birthday: { month: 4, day: 30 },
          }),
        ]),
        [stored],
      ),
    );
    expect(match.fills).toEqual([
      { field: 'role', stored: undefined, incoming: 'CFO' },
      { field: 'birthday', stored: undefined, incoming: { month: 4, day: 30 } },
    ]);
    expect(match.conflicts).toEqual([]);
    expect(match.isChanged).toBe(true);
  });

  it('reports a value the user typed that the file contradicts as a conflict', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      role: 'CEO',
    });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', { emails: [{ value: 'anna@example.com' }], role: 'CTO' }),
        ]),
        [stored],
      ),
    );
    expect(match.conflicts).toEqual([{ field: 'role', stored: 'CEO', incoming: 'CTO' }]);
    expect(match.fills).toEqual([]);
    expect(match.updates).toEqual([]);
  });

  it('does not call a difference of case or accents a conflict', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      organisation: 'ACME',
    });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', {
            emails: [{ value: 'anna@example.com' }],
            organisation: 'Acme',
          }),
        ]),
        [stored],
      ),
    );
    expect(match.conflicts).toEqual([]);
  });

  it('updates a field the user never edited when a newer file changes it', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      role: 'Engineer',
      importedValues: { role: 'Engineer' },
    });
    const match = onlyMatch(
      planImport(
        linkedInFile([
          imported(2, 'Anna', 'Berg', { emails: [{ value: 'anna@example.com' }], role: 'Manager' }),
        ]),
        [stored],
      ),
    );
    expect(match.updates).toEqual([{ field: 'role', stored: 'Engineer', incoming: 'Manager' }]);
    expect(match.conflicts).toEqual([]);
  });

  it('reports a field the user edited after the import as a conflict when the file changes it', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      role: 'Team lead',
      importedValues: { role: 'Engineer' },
    });
    const match = onlyMatch(
      planImport(
        linkedInFile([
          imported(2, 'Anna', 'Berg', { emails: [{ value: 'anna@example.com' }], role: 'Manager' }),
        ]),
        [stored],
      ),
    );
    expect(match.conflicts).toEqual([{ field: 'role', stored: 'Team lead', incoming: 'Manager' }]);
    expect(match.updates).toEqual([]);
  });

  it('keeps the user’s edit quietly when the file says what it said before', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      role: 'Team lead',
      importedValues: {
        role: 'Engineer',
        emails: [{ value: 'anna@example.com' }],
        givenName: 'Anna',
        familyName: 'Berg',
      },
    });
    const match = onlyMatch(
      planImport(
        linkedInFile([
          imported(2, 'Anna', 'Berg', {
            emails: [{ value: 'anna@example.com' }],
            role: 'Engineer',
          }),
        ]),
        [stored],
      ),
    );
    expect(match.conflicts).toEqual([]);
    expect(match.isChanged).toBe(false);
  });

  it('adds list entries the person lacks, but not ones the user removed', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      phones: [{ value: '+46 70 111 22 33' }],
      importedValues: { emails: [{ value: 'anna@example.com' }, { value: 'old@example.com' }] },
    });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', {
            emails: [
              { value: 'anna@example.com' },
              { value: 'old@example.com' },
              { value: 'new@example.com' },
            ],
            phones: [{ value: '+46701112233' }, { value: '+46 8 123 45' }],
          }),
        ]),
        [stored],
      ),
    );
    expect(match.additions).toEqual([
      { field: 'emails', values: [{ value: 'new@example.com' }] },
      { field: 'phones', values: [{ value: '+46 8 123 45' }] },
    ]);
    expect(match.conflicts).toEqual([]);
  });

  it('gives a known number the label the file adds, and keeps a label the person has', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com', kind: 'home' }],
      phones: [{ value: '+46 70 111 22 33' }, { value: '+46 8 123 45', kind: 'work' }],
    });
    const plan = planImport(
      vCardFile([
        imported(1, 'Anna', 'Berg', {
          emails: [{ value: 'ANNA@example.com', kind: 'work' }],
          phones: [
            { value: '+46701112233', kind: 'custom', label: 'Styrelse' },
            { value: '+46 8 123 45', kind: 'mobile' },
          ],
        }),
      ]),
      [stored],
    );
    const match = onlyMatch(plan);
    expect(match.isChanged).toBe(true);
    const [anna] = applied(plan, [stored], T1);
    expect(anna?.phones).toEqual([
      { value: '+46 70 111 22 33', kind: 'custom', label: 'Styrelse' },
      { value: '+46 8 123 45', kind: 'work' },
    ]);
    expect(anna?.emails).toEqual([{ value: 'anna@example.com', kind: 'home' }]);
  });

  it('does not bring back a label the user took away from a number the file still labels', () => {
    const labelled = { value: '+46 70 111 22 33', kind: 'mobile' as const };
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      phones: [{ value: labelled.value }],
      importedValues: { emails: [{ value: 'anna@example.com' }], phones: [labelled] },
    });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', {
            emails: [{ value: 'anna@example.com' }],
            phones: [labelled],
          }),
        ]),
        [stored],
      ),
    );
    expect(match.additions).toEqual([]);
    expect(mergedContactOf(stored, match, [], T1).phones).toEqual([{ value: labelled.value }]);
  });

  it('merges what only Ties’ own vCards carry: expertise, how we met, next time', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      expertise: ['M&A'],
      howWeMet: 'At the fair',
    });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', {
            emails: [{ value: 'anna@example.com' }],
            expertise: ['m&a', 'Tax'],
            howWeMet: 'Via Bo',
            nextTimeNote: 'Ask about Berlin',
          }),
        ]),
        [stored],
      ),
    );
    expect(match.additions).toEqual([{ field: 'expertise', values: ['Tax'] }]);
    expect(match.conflicts).toEqual([
      { field: 'howWeMet', stored: 'At the fair', incoming: 'Via Bo' },
    ]);
    expect(match.fills).toEqual([
      { field: 'nextTimeNote', stored: undefined, incoming: 'Ask about Berlin' },
    ]);
  });

  it('gives a stored person without a source key the file’s key', () => {
    const stored = makePerson('Anna', 'Berg', { emails: [{ value: 'anna@example.com' }] });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', {
            emails: [{ value: 'anna@example.com' }],
            sourceKey: 'uid-9',
          }),
        ]),
        [stored],
      ),
    );
    expect(match.sourceKey).toBe('uid-9');
  });
});

describe('planImport: one person twice in the file', () => {
  it('combines rows that are the same new person into one', () => {
    const plan = planImport(
      vCardFile([
        imported(1, 'Anna', 'Berg', {
          emails: [{ value: 'anna@example.com' }],
          phones: [{ value: '111' }],
        }),
        imported(2, 'Bo', 'Ek'),
        imported(3, 'Anna', 'Berg', {
          emails: [{ value: 'ANNA@example.com' }],
          phones: [{ value: '222' }],
          role: 'CFO',
        }),
      ]),
      [],
    );
    expect(plan.newPeople).toHaveLength(2);
    const anna = plan.newPeople[0];
    expect(anna?.places.map((place) => place.number)).toEqual([1, 3]);
    expect(anna?.draft.phones).toEqual([{ value: '111' }, { value: '222' }]);
    expect(anna?.draft.role).toBe('CFO');
    expect(plan.duplicates).toEqual([
      { place: { unit: 'line', number: 3 }, sameAs: { unit: 'line', number: 1 }, rule: 'email' },
    ]);
  });

  it('combines rows that match the same stored person into one match', () => {
    const stored = makePerson('Anna', 'Berg', { emails: [{ value: 'anna@example.com' }] });
    const plan = planImport(
      vCardFile([
        imported(1, 'Anna', 'Berg', { emails: [{ value: 'anna@example.com' }] }),
        imported(2, 'Anna', 'Berg', {
          sourceKey: 'uid-1',
          emails: [{ value: 'anna@example.com' }],
          role: 'CFO',
        }),
      ]),
      [stored],
    );
    const match = onlyMatch(plan);
    expect(match.places.map((place) => place.number)).toEqual([1, 2]);
    expect(match.fills).toEqual([{ field: 'role', stored: undefined, incoming: 'CFO' }]);
    expect(plan.newPeople).toEqual([]);
    expect(plan.duplicates).toHaveLength(1);
  });
});

describe('planImport: importing again', () => {
  const file = linkedInFile([
    imported(2, 'Anna', 'Berg', {
      sourceKey: 'https://www.linkedin.com/in/anna-berg',
      linkedInUrl: 'https://www.linkedin.com/in/anna-berg',
      organisation: 'Volvo',
      role: 'Engineer',
      emails: [{ value: 'anna@example.com' }],
      connectedOn: '2021-04-03',
    }),
    imported(3, 'Bo', 'Ek', { organisation: 'Scania' }),
    imported(4, 'Cecilia', 'Lund', { displayName: 'Cissi Lund' }),
  ]);

  it('adds nobody and changes nothing when the same file comes again', () => {
    const afterFirst = applied(planImport(file, []), [], T0);
    const again = planImport(file, afterFirst);
    expect(again.newPeople).toEqual([]);
    expect(again.matches).toHaveLength(3);
    expect(again.matches.every((match) => !match.isChanged)).toBe(true);
  });

  it('updates only what a newer file changed, and adds only the new people', () => {
    const afterFirst = applied(planImport(file, []), [], T0);
    const newer = linkedInFile([
      ...file.people.map((person) =>
        person.givenName === 'Anna' ? { ...person, role: 'Manager' } : person,
      ),
      imported(5, 'David', 'Holm'),
    ]);
    const plan = planImport(newer, afterFirst);
    expect(plan.newPeople.map((person) => person.name)).toEqual(['David Holm']);
    const changed = plan.matches.filter((match) => match.isChanged);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.updates).toEqual([
      { field: 'role', stored: 'Engineer', incoming: 'Manager' },
    ]);
    const afterSecond = applied(plan, afterFirst, T1);
    expect(afterSecond).toHaveLength(4);
    expect(planImport(newer, afterSecond).newPeople).toEqual([]);
  });

  it('matches 10,000 rows against 10,000 stored people one to one', () => {
    const existing = Array.from({ length: 10_000 }, (_, index) =>
      makePerson(`Given${index}`, `Family${index}`, {
        emails: [{ value: `p${index}@example.com` }],
      }),
    );
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      imported(index + 2, `Given${index}`, `Family${index}`, {
        emails: [{ value: `P${index}@example.com` }],
        role: 'Role',
      }),
    );
    const plan = planImport(linkedInFile(rows), existing);
    expect(plan.newPeople).toEqual([]);
    expect(plan.matches).toHaveLength(10_000);
    expect(new Set(plan.matches.map((match) => match.contactId)).size).toBe(10_000);
    // Twenty thousand people built and matched: about 0.5 s alone, 2.4 s measured with
    // both cores busy (load average 7.7), so it gets a budget of its own.
  }, 20_000);
});

describe('mergedContactOf', () => {
  it('applies fills and the conflicts the user chose, and keeps the other conflicts', () => {
    const stored = makePerson('Anna', 'Berg', {
      emails: [{ value: 'anna@example.com' }],
      role: 'CEO',
      location: 'Göteborg',
    });
    const match = onlyMatch(
      planImport(
        vCardFile([
          imported(1, 'Anna', 'Berg', {
            emails: [{ value: 'anna@example.com' }, { value: 'a@example.org' }],
            role: 'CTO',
            location: 'Stockholm',
            organisation: 'Volvo',
          }),
        ]),
        [stored],
      ),
    );
    const merged = mergedContactOf(stored, match, ['location'], T1);
    expect(merged).toMatchObject({
      role: 'CEO',
      location: 'Stockholm',
      organisation: 'Volvo',
      emails: [{ value: 'anna@example.com' }, { value: 'a@example.org' }],
      updatedAt: T1,
    });
    expect(merged.searchText).toContain('volvo');
    expect(merged.importedValues?.role).toBe('CTO');
  });
});
