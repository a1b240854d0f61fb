// The team's corpus of broken and hostile files: every one must end in a clear
// ImportFileError or a clean partial preview (people read, the rest named by line or card),
// never an exception of another kind or a hang. No timing assertions: finishing is the test.
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-types';
import type { ParsedImport } from './import-types';
import { MAX_CHARS } from '../domain/field-limits';
import { MAX_CSV_COLUMNS } from './import-limits';
import { parseImportBytes, parseImportText } from './parse-import';
import { contactsToVCard } from './vcard-export';
import { contactWith } from '../../tests/support/people';

const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const utf8 = (text: string) => new TextEncoder().encode(text);

function failureOf(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

function names(parsed: ParsedImport): string[] {
  return parsed.people.map(
    (person) => person.displayName || `${person.givenName} ${person.familyName}`,
  );
}

describe('hostile vCards', () => {
  it('skips a card missing END:VCARD (the next card begins) and keeps the others', () => {
    const text = [
      'BEGIN:VCARD',
      'FN:Anna',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:Broken',
      'BEGIN:VCARD',
      'FN:Carl',
      'END:VCARD',
    ].join('\r\n');
    const parsed = parseImportText(text);
    expect(names(parsed)).toEqual(['Anna', 'Carl']);
    expect(parsed.skipped).toEqual([
      { place: { unit: 'card', number: 2, line: 4 }, reason: 'unterminated-card' },
    ]);
  });

  it('skips a last card cut off by a truncated file', () => {
    const parsed = parseImportText(
      'BEGIN:VCARD\nFN:Anna\nEND:VCARD\nBEGIN:VCARD\nFN:Bo\nEMAIL:bo@exa',
    );
    expect(names(parsed)).toEqual(['Anna']);
    expect(parsed.skipped).toEqual([
      { place: { unit: 'card', number: 2, line: 4 }, reason: 'unterminated-card' },
    ]);
  });

  it('reads lower-case begin, end and property names', () => {
    const parsed = parseImportText(
      'begin:vcard\nversion:3.0\nfn:Anna Berg\nemail:anna@example.com\nend:vcard\n',
    );
    expect(parsed.people[0]).toMatchObject({
      displayName: 'Anna Berg',
      emails: [{ value: 'anna@example.com' }],
    });
  });

  it('joins quoted-printable soft line breaks but never across END:VCARD', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Anna',
      'NOTE;ENCODING=QUOTED-PRINTABLE:one =',
      'two =',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Bo',
      'END:VCARD',
    ].join('\r\n');
    const parsed = parseImportText(text);
    expect(parsed.people.map((person) => [person.displayName, person.notes])).toEqual([
      ['Anna', 'one two'],
      ['Bo', ''],
    ]);
    expect(parsed.skipped).toEqual([]);
  });

  it('finishes a quoted-printable note broken over 40,000 lines', () => {
    const text = `BEGIN:VCARD\nVERSION:2.1\nFN:A\nNOTE;QUOTED-PRINTABLE:${'ab=\n'.repeat(40_000)}c\nEND:VCARD\n`;
    const [person] = parseImportText(text).people;
    expect(person?.notes).toBe(`${'ab'.repeat(40_000)}c`);
  });

  it('leaves out a card with a 10 MB note, naming the field and its size, and reads the next', () => {
    const note = 'x'.repeat(10 * 1024 * 1024);
    const parsed = parseImportText(
      `BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nNOTE:${note}\nEND:VCARD\nBEGIN:VCARD\nFN:Bo\nEND:VCARD\n`,
    );
    expect(names(parsed)).toEqual(['Bo']);
    expect(parsed.skipped).toEqual([
      {
        place: { unit: 'card', number: 1, line: 1 },
        reason: 'field-too-long',
        field: 'notes',
        detail: String(note.length),
      },
    ]);
  });

  it('judges a 10 MB note folded into 75-octet lines by its unfolded length', () => {
    const folded = 'NOTE:' + 'y'.repeat(10 * 1024 * 1024).replace(/(.{74})/g, '$1\r\n ');
    const parsed = parseImportText(`BEGIN:VCARD\r\nFN:Anna\r\n${folded}\r\nEND:VCARD\r\n`);
    expect(parsed.people).toEqual([]);
    expect(parsed.skipped[0]).toMatchObject({ reason: 'field-too-long', field: 'notes' });
  });

  it('keeps a note of exactly the limit whole', () => {
    const note = 'z'.repeat(MAX_CHARS.notes);
    const parsed = parseImportText(`BEGIN:VCARD\nFN:Anna\nNOTE:${note}\nEND:VCARD\n`);
    expect(parsed.people[0]?.notes).toBe(note);
    expect(parsed.skipped).toEqual([]);
  });

  it('finishes a 10 MB line without a colon and counts it as ignored', () => {
    const parsed = parseImportText(
      `BEGIN:VCARD\nFN:Anna\n${'z'.repeat(10 * 1024 * 1024)}\nEND:VCARD\n`,
    );
    expect(names(parsed)).toEqual(['Anna']);
    expect(parsed.warnings?.[0]).toMatchObject({ reason: 'lines-ignored', detail: '1' });
  });

  it('keeps markup, formulas and bidi text as plain text', () => {
    const text = [
      'BEGIN:VCARD',
      'FN:<img src=x onerror=alert(1)>',
      'ORG:=HYPERLINK("http://evil.example"\\,"click")',
      'NOTE:\u202Egnp.exe\u202C <script>alert(1)</script>',
      'END:VCARD',
    ].join('\n');
    const [person] = parseImportText(text).people;
    expect(person?.displayName).toBe('<img src=x onerror=alert(1)>');
    expect(person?.organisation).toBe('=HYPERLINK("http://evil.example","click")');
    expect(person?.notes).toBe('\u202Egnp.exe\u202C <script>alert(1)</script>');
  });

  it('removes control characters and replaces lone surrogates', () => {
    const [person] = parseImportText(
      'BEGIN:VCARD\nFN:An\u0000na\u0007 \uD800Berg\u001B\nNOTE:a\\nb\u0001\tc\nEND:VCARD',
    ).people;
    expect(person?.displayName).toBe('Anna \uFFFDBerg');
    expect(person?.notes).toBe('a\nb\tc');
  });

  it('cannot be made to start a new card through an exported note', () => {
    const evil = contactWith({
      notes: 'ok\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected\r\nEND:VCARD',
    });
    const parsed = parseImportText(contactsToVCard([evil]));
    expect(names(parsed)).toEqual(['Åsa Östberg']);
    expect(parsed.people[0]?.notes).toBe('ok\nEND:VCARD\nBEGIN:VCARD\nFN:Injected\nEND:VCARD');
  });
});

describe('hostile bytes', () => {
  it('refuses invalid UTF-8 with the place of the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('BEGIN:VCARD\nFN:Jos'), 0xe9, ...utf8('\nEND:VCARD\n')]);
    const error = failureOf(() => parseImportBytes(bytes));
    expect(error).toMatchObject({ reason: 'not-utf8', detail: '18', line: 2 });
    expect(parseImportBytes(bytes, { encoding: 'windows-1252' }).people[0]?.displayName).toBe(
      'José',
    );
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = '\uFEFFBEGIN:VCARD\r\nFN:Åsa 😀\r\nEND:VCARD\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index += 1) {
      bytes[index * 2] = text.charCodeAt(index) & 0xff;
      bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
    }
    const parsed = parseImportBytes(bytes);
    expect(parsed.encoding).toBe('utf-16le');
    expect(names(parsed)).toEqual(['Åsa 😀']);
  });

  it('refuses binary data', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0x21, 0, 0, 0]);
    expect(failureOf(() => parseImportBytes(zip)).reason).toBe('binary');
  });
});

describe('hostile CSV', () => {
  it('skips a line with an unclosed quote and reads the lines after it', () => {
    const text = [
      LINKEDIN_HEADER,
      'Anna,Berg,,,Acme,CEO,1 Jan 2020',
      'Bo,"Ek,,,Acme,CTO,1 Jan 2020',
      'Carl,Dahl,,,Acme,CFO,1 Jan 2020',
    ].join('\r\n');
    const parsed = parseImportText(text);
    expect(parsed.people.map((person) => person.givenName)).toEqual(['Anna', 'Carl']);
    expect(parsed.people[1]?.place).toEqual({ unit: 'line', number: 4 });
    expect(parsed.skipped).toEqual([
      { place: { unit: 'line', number: 3 }, reason: 'unbalanced-quotes' },
    ]);
  });

  it('skips a line with text after a closing quote', () => {
    const text = [LINKEDIN_HEADER, 'Anna,"Berg"x,,,,,', 'Carl,Dahl,,,,,'].join('\n');
    const parsed = parseImportText(text);
    expect(parsed.people.map((person) => person.givenName)).toEqual(['Carl']);
    expect(parsed.skipped).toEqual([
      { place: { unit: 'line', number: 2 }, reason: 'unbalanced-quotes' },
    ]);
  });

  it('stops re-reading a file of nothing but stray quotes and names where it stopped', () => {
    const text = `${LINKEDIN_HEADER}\n${'"Anna,Berg,,,,,\n'.repeat(20_000)}`;
    const parsed = parseImportText(text);
    expect(parsed.people).toEqual([]);
    const last = parsed.skipped[parsed.skipped.length - 1];
    expect(last).toMatchObject({ reason: 'unbalanced-quotes', detail: 'rest-of-file' });
    expect(parsed.skipped.length).toBeLessThan(20_000);
  });

  it('skips a row with 10,000 columns and keeps the rest', () => {
    const wide = Array.from({ length: 10_000 }, (_, index) => `c${index}`).join(',');
    const text = [LINKEDIN_HEADER, 'Anna,Berg,,,,,', wide, 'Carl,Dahl,,,,,'].join('\n');
    const parsed = parseImportText(text);
    expect(parsed.people.map((person) => person.givenName)).toEqual(['Anna', 'Carl']);
    expect(parsed.skipped).toEqual([
      { place: { unit: 'line', number: 3 }, reason: 'too-many-columns', detail: '10000' },
    ]);
  });

  it('reads rows padded with thousands of empty cells, as spreadsheets save them', () => {
    const padding = ','.repeat(10_000);
    const text = [`${LINKEDIN_HEADER}${padding}`, `Anna,Berg,,,Acme,CEO,1 Jan 2020${padding}`].join(
      '\n',
    );
    const parsed = parseImportText(text);
    expect(parsed.people[0]).toMatchObject({
      givenName: 'Anna',
      role: 'CEO',
      connectedOn: '2020-01-01',
    });
    expect(parsed.skipped).toEqual([]);
  });

  it('warns about a row with more cells than the header, below the column limit', () => {
    const text = [LINKEDIN_HEADER, 'Anna,Berg,,,Acme,CEO,1 Jan 2020,surprise'].join('\n');
    expect(parseImportText(text).warnings).toEqual([
      { place: { unit: 'line', number: 2 }, reason: 'extra-cells', detail: '8' },
    ]);
  });

  it(`refuses a 10,000-column file whose header is unknown`, () => {
    const header = Array.from({ length: 10_000 }, (_, index) => `col${index}`).join(',');
    expect(failureOf(() => parseImportText(`${header}\n${header}\n`)).reason).toBe('no-header');
    expect(MAX_CSV_COLUMNS).toBeLessThan(10_000);
  });

  it('leaves out a row with a 10 MB notes cell in a Google CSV, naming its line and field', () => {
    const text = `First Name,Last Name,Notes,Labels\nAnna,Berg,"${'n'.repeat(10 * 1024 * 1024)}",\nBo,Ek,,\n`;
    const parsed = parseImportText(text);
    expect(names(parsed)).toEqual(['Bo Ek']);
    expect(parsed.skipped).toEqual([
      {
        place: { unit: 'line', number: 2 },
        reason: 'field-too-long',
        field: 'notes',
        detail: String(10 * 1024 * 1024),
      },
    ]);
    // A 10 MB file unfolded and measured: 1.2 s measured with both cores busy.
  }, 20_000);

  it('gives a header-only file an empty preview', () => {
    expect(parseImportText(`${LINKEDIN_HEADER}\r\n`)).toMatchObject({ people: [], skipped: [] });
  });
});
