// Property tests for the exporters: whatever a person holds — emoji, right-to-left
// text, combining marks, zero-width characters, escapes, long notes — a vCard export read
// back by the importer gives every exported field again, and a CSV export never has a cell
// that a spreadsheet would run as a formula, while papaparse reads back the same cells.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { nameOf } from '../domain/contact';
import { ENTRY_KINDS, type Birthday, type Contact, type LabelledValue } from '../domain/types';
import { isValidBirthday } from './calendar-date';
import { caseFreeKey, cleanLine, cleanNote } from './clean-text';
import { CSV_COLUMNS, contactsToCsv } from './csv-export';
import { isLinkedInProfileUrl } from './linkedin-url';
import { parseImportText } from './parse-import';
import { contactsToVCard } from './vcard-export';
import { contactWith } from '../../tests/support/people';

const AWKWARD = [
  'שלום עולם',
  'مرحبا',
  'e\u0301',
  'n\u0303\u0323',
  '👩‍👩‍👧',
  '🇸🇪',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u202E',
  'Å',
  'ß',
  '\\',
  '\\n',
  ';',
  ',',
  ':',
  '"',
  '=',
  '=0D',
  ' ',
  '\t',
  '\n',
  '\r\n',
  'END:VCARD',
  'BEGIN:VCARD',
];

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom(...AWKWARD),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const rawText = (maxPieces: number) =>
  fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
const line = rawText(8).map(cleanLine);
const filledLine = line.filter((text) => text !== '');
const note = fc.oneof(
  rawText(30).map(cleanNote),
  fc.string({ unit: 'grapheme', minLength: 2_000, maxLength: 8_000 }).map(cleanNote),
);
const uniqueLines = (keyOf: (text: string) => string) =>
  fc.uniqueArray(filledLine, { selector: keyOf, maxLength: 4 });

/** Words any source reads as one of the shared kinds, so never a custom label. */
const KIND_WORDS = /^(work|home|mobile|cell|iphone|other)$/i;
const customLabel = line
  .map((text) => text.trim().replace(/\s+/g, ' '))
  .filter((text) => text !== '' && !KIND_WORDS.test(text) && !/^_\$!<.*>!\$_$/.test(text));
const label: fc.Arbitrary<Pick<LabelledValue, 'kind' | 'label'>> = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...ENTRY_KINDS).map((kind) => ({ kind })),
  customLabel.map((text) => ({ kind: 'custom' as const, label: text })),
);
const labelled = (items: fc.Arbitrary<string[]>) =>
  items.chain((values) =>
    fc
      .array(label, { minLength: values.length, maxLength: values.length })
      .map((labels) => values.map((value, index) => ({ value, ...labels[index] }))),
  );

const birthday: fc.Arbitrary<Birthday> = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    // 1604 is how a year-less birthday is written, so it cannot be a real year here.
    year: fc.option(
      fc.integer({ min: 1, max: 9999 }).filter((year) => year !== 1604),
      { nil: undefined },
    ),
  })
  .map(({ year, ...day }) => (year === undefined ? day : { ...day, year }))
  .filter(isValidBirthday);

const isoDay = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const person: fc.Arbitrary<Contact> = fc
  .record({
    isFromVCard: fc.boolean(),
    sourceKey: filledLine,
    givenName: filledLine,
    familyName: line,
    displayName: line,
    organisation: line,
    role: line,
    emails: labelled(
      uniqueLines(caseFreeKey).map((items) => items.filter((item) => !/^mailto:/i.test(item))),
    ),
    phones: labelled(
      uniqueLines((text) => text).map((items) => items.filter((item) => !/^tel:/i.test(item))),
    ),
    linkedInUrl: line,
    links: fc
      .uniqueArray(fc.oneof(fc.webUrl(), filledLine), { maxLength: 3 })
      .map((items) => items.filter((item) => !isLinkedInProfileUrl(item))),
    location: line,
    birthday: fc.option(birthday, { nil: undefined }),
    tags: uniqueLines(caseFreeKey),
    expertise: uniqueLines(caseFreeKey),
    notes: note,
    howWeMet: note,
    nextTimeNote: line,
    connectedOn: fc.option(isoDay, { nil: undefined }),
  })
  .map(({ isFromVCard, sourceKey, ...fields }) =>
    contactWith({ ...fields, ...(isFromVCard ? { source: 'vcard', sourceKey } : {}) }),
  );

describe('vCard export, then import', () => {
  it('gives back every exported field', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 3 }), (contacts) => {
        const parsed = parseImportText(contactsToVCard(contacts));
        expect(parsed.skipped).toEqual([]);
        expect(parsed.warnings).toEqual([]);
        expect(parsed.people).toHaveLength(contacts.length);
        contacts.forEach((contact, index) => {
          const back = parsed.people[index];
          expect(back?.sourceKey).toBe(contact.source === 'vcard' ? contact.sourceKey : contact.id);
          expect(back && nameOf(back)).toBe(nameOf(contact));
          expect(back).toMatchObject({
            givenName: contact.givenName,
            familyName: contact.familyName,
            organisation: contact.organisation,
            role: contact.role,
            emails: contact.emails,
            phones: contact.phones,
            linkedInUrl: contact.linkedInUrl,
            links: contact.links,
            location: contact.location,
            notes: contact.notes,
            tags: contact.tags,
          });
          expect(back?.birthday).toEqual(contact.birthday);
          expect(back?.expertise ?? []).toEqual(contact.expertise);
          expect(back?.howWeMet ?? '').toBe(contact.howWeMet);
          expect(back?.nextTimeNote ?? '').toBe(contact.nextTimeNote);
          expect(back?.connectedOn).toBe(contact.connectedOn);
        });
      }),
      { numRuns: 150 },
    );
    // 150 runs of up to three people with labelled phones and e-mails, long notes among
    // them: about 2 s alone, several times that on a busy two-core machine.
  }, 60_000);

  it('never writes a physical line over 75 octets or splits a character', () => {
    fc.assert(
      fc.property(person, (contact) => {
        for (const physical of contactsToVCard([contact]).split('\r\n')) {
          expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
          expect(physical).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
        }
      }),
    );
  });
});

describe('CSV export', () => {
  const hostileText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc
      .tuple(
        fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\r\n', ' =', "'="),
        fc.string({ maxLength: 10 }),
      )
      .map(([start, rest]) => start + rest),
  );
  const hostileList = fc.array(hostileText, { maxLength: 3 });
  const hostileEntries = fc.array(
    fc.record({
      value: hostileText,
      kind: fc.constantFrom(undefined, 'work' as const, 'custom' as const),
      label: hostileText,
    }),
    { maxLength: 3 },
  );
  const hostilePerson = fc
    .record({
      givenName: hostileText,
      familyName: hostileText,
      displayName: hostileText,
      organisation: hostileText,
      role: hostileText,
      emails: hostileEntries,
      phones: hostileEntries,
      linkedInUrl: hostileText,
      links: hostileList,
      location: hostileText,
      tags: hostileList,
      expertise: hostileList,
      notes: hostileText,
      howWeMet: hostileText,
      nextTimeNote: hostileText,
      birthday: fc.option(birthday, { nil: undefined }),
    })
    .map((fields) => contactWith(fields));

  const readBack = (csv: string) =>
    Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true })
      .data;

  it('has no cell that starts with =, +, -, @, tab or carriage return', () => {
    fc.assert(
      fc.property(fc.array(hostilePerson, { maxLength: 4 }), (contacts) => {
        for (const row of readBack(contactsToCsv(contacts))) {
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });

  it('reads back as the same cells, less the guard', () => {
    fc.assert(
      fc.property(fc.array(hostilePerson, { maxLength: 4 }), (contacts) => {
        const rows = readBack(contactsToCsv(contacts));
        expect(rows).toHaveLength(contacts.length + 1);
        contacts.forEach((contact, index) => {
          const written = CSV_COLUMNS.map((column) => column.cell(contact));
          const read = rows[index + 1] ?? [];
          // Each cell is the written one, with an apostrophe before it exactly when it
          // starts with a trigger character. (Stripping apostrophes back off is not
          // possible in general: a cell may itself start with "'=".)
          read.forEach((cell, column) => {
            const original = written[column] ?? '';
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          });
          expect(read).toHaveLength(written.length);
        });
      }),
    );
  });
});
