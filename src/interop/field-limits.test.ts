// One limit per field: the person form, the import and the backup check read the same table
// (domain/field-limits.ts), so a value one of them lets in the others let in too, and a
// value one refuses the others refuse, naming the same field.
import { describe, expect, it } from 'vitest';
import {
  emptyContactInput,
  validateContact,
  type ContactInput,
} from '../domain/contact-validation';
import { MAX_CHARS, MAX_ITEMS } from '../domain/field-limits';
import { DEFAULT_SETTINGS, type Contact } from '../domain/types';
import { BackupError, parseBackup, serialiseBackup, type BackupTables } from './backup-format';
import { newContactOf, planImport } from './merge';
import { parseImportText } from './parse-import';
import { finishPerson, type ImportLog, type PersonDraft } from './person-draft';
import { makePerson } from '../../tests/support/people';

const NOW = Date.UTC(2025, 4, 1, 12);
const PLACE = { unit: 'line' as const, number: 2 };

/** The text fields a person types in the form, each a field of every other path too. */
const TYPED_FIELDS = [
  'givenName',
  'familyName',
  'displayName',
  'organisation',
  'role',
  'location',
  'howWeMet',
  'notes',
  'nextTimeNote',
] as const;

function formErrors(changes: Partial<ContactInput>) {
  return validateContact({ ...emptyContactInput(), givenName: 'Åsa', ...changes }, NOW);
}

function imported(changes: PersonDraft) {
  const log: ImportLog = { skipped: [], warnings: [] };
  const person = finishPerson({ givenName: 'Åsa', ...changes }, PLACE, log);
  return { person, skipped: log.skipped };
}

function restoreProblem(changes: Partial<Contact>): BackupError | undefined {
  const tables: BackupTables = {
    contacts: [makePerson('Åsa', 'Lind', changes)],
    interactions: [],
    participations: [],
    relations: [],
    groups: [],
    goals: [],
    asks: [],
    introductions: [],
    weekPlans: [],
    settings: [{ ...DEFAULT_SETTINGS }],
  };
  const text = serialiseBackup(tables, { appVersion: '0.1.0', createdAt: NOW, schemaVersion: 5 });
  try {
    parseBackup(text);
    return undefined;
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
}

describe('one limit per field, shared by the form, the import and the restore', () => {
  it.each(TYPED_FIELDS)('lets a %s of exactly its limit through all three', (field) => {
    const value = 'a'.repeat(MAX_CHARS[field]);
    expect(formErrors({ [field]: value })).toEqual({});
    const { person, skipped } = imported({ [field]: value });
    expect(skipped).toEqual([]);
    expect(person?.[field]).toBe(value);
    expect(restoreProblem({ [field]: value })).toBeUndefined();
  });

  it.each(TYPED_FIELDS)('refuses a %s one character over it in all three, by name', (field) => {
    const value = 'a'.repeat(MAX_CHARS[field] + 1);
    expect(formErrors({ [field]: value })[field]).toEqual({
      key: 'people.error.tooLong',
      vars: { max: MAX_CHARS[field] },
    });
    expect(imported({ [field]: value })).toEqual({
      person: undefined,
      skipped: [{ place: PLACE, reason: 'field-too-long', field, detail: String(value.length) }],
    });
    expect(restoreProblem({ [field]: value })).toMatchObject({
      reason: 'over-limit',
      details: { table: 'contacts', rowIndex: 0, field, limit: MAX_CHARS[field] },
    });
  });

  it.each(['emails', 'phones', 'tags', 'expertise'] as const)(
    'keeps %s to the same number of entries in all three',
    (field) => {
      const entries = (count: number) =>
        Array.from({ length: count }, (_, index) => {
          if (field === 'emails') return { value: `p${index}@example.se` };
          return field === 'phones' ? { value: `${index + 1}0` } : `${index + 1}0`;
        });
      const atLimit = entries(MAX_ITEMS[field]);
      expect(formErrors({ [field]: atLimit })).toEqual({});
      expect(imported({ [field]: atLimit }).person?.[field]).toEqual(atLimit);
      expect(restoreProblem({ [field]: atLimit })).toBeUndefined();

      const over = entries(MAX_ITEMS[field] + 1);
      expect(formErrors({ [field]: over })[field]?.key).toBe('people.error.tooMany');
      expect(imported({ [field]: over }).skipped).toEqual([
        { place: PLACE, reason: 'too-many-items', field, detail: String(over.length) },
      ]);
      expect(restoreProblem({ [field]: over })).toMatchObject({
        reason: 'over-limit',
        details: { field, limit: MAX_ITEMS[field] },
      });
    },
  );

  it.each(['emails', 'phones'] as const)(
    'holds the custom label of one of the %s to the limit of its value in all three',
    (field) => {
      const value = field === 'emails' ? 'asa@example.se' : '070 123';
      const entry = (label: string) => [{ value, kind: 'custom' as const, label }];
      const atLimit = entry('L'.repeat(MAX_CHARS[field]));
      expect(formErrors({ [field]: atLimit })).toEqual({});
      expect(imported({ [field]: atLimit }).person?.[field]).toEqual(atLimit);
      expect(restoreProblem({ [field]: atLimit })).toBeUndefined();

      const over = entry('L'.repeat(MAX_CHARS[field] + 1));
      expect(formErrors({ [field]: over })[`${field}.0.label`]?.key).toBe('people.error.tooLong');
      expect(imported({ [field]: over }).skipped).toEqual([
        { place: PLACE, reason: 'field-too-long', field, detail: String(MAX_CHARS[field] + 1) },
      ]);
      expect(restoreProblem({ [field]: over })).toMatchObject({
        reason: 'over-limit',
        details: { field: `${field}[0].label`, limit: MAX_CHARS[field] },
      });
    },
  );

  it('lets the form save a person an import added with a 2,000-character role', () => {
    const role = `Head of ${'very '.repeat(400)}long titles`.slice(0, MAX_CHARS.role);
    const parsed = parseImportText(
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        `Åsa,Lind,,,Acme,"${role}",`,
      ].join('\n'),
    );
    const [planned] = planImport(parsed, []).newPeople;
    if (!planned) throw new Error('the row was not planned');
    expect(planned.draft.role).toBe(role);
    const contact = newContactOf(planned.draft, 'p1', NOW);
    // The form as the edit page fills it from the stored person, with a note added.
    const input: ContactInput = { ...contact, notes: 'Met at the fair; ask about the move.' };
    expect(validateContact(input, NOW)).toEqual({});
    expect(restoreProblem(contact)).toBeUndefined();
  });

  it('leaves out a file’s person whose e-mails, added to the stored ones, pass the limit', () => {
    const stored = makePerson('Åsa', 'Lind', {
      emails: Array.from({ length: MAX_ITEMS.emails - 1 }, (_, index) => ({
        value: `a${index}@example.se`,
      })),
    });
    const parsed = parseImportText(
      [
        'First Name,Last Name,E-mail 1 - Value,E-mail 2 - Value,Labels',
        'Åsa,Lind,a0@example.se ::: new1@example.se,new2@example.se,',
      ].join('\n'),
    );
    const plan = planImport(parsed, [stored]);
    expect(plan.matches).toEqual([]);
    expect(plan.skipped).toEqual([
      {
        place: { unit: 'line', number: 2 },
        reason: 'too-many-items',
        field: 'emails',
        detail: String(MAX_ITEMS.emails + 1),
      },
    ]);
  });
});
