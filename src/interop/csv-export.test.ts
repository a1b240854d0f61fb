import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, contactsToCsv, guardCell } from './csv-export';
import { contactWith } from '../../tests/support/people';

function rowsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('guardCell', () => {
  it.each(['=SUM(A1)', '+46 70 123', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('guards %j', (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
  });

  it.each(['Anna', '', ' =1', "'=1", '46 70', 'a=b'])('leaves %j as it is', (value) => {
    expect(guardCell(value)).toBe(value);
  });
});

describe('contactsToCsv', () => {
  const anna = contactWith({
    givenName: 'Anna',
    familyName: '=Berg',
    organisation: 'Lind, Berg & Co',
    emails: [{ value: 'anna@example.com' }, { value: 'a.berg@example.com' }],
    phones: [{ value: '+46 70 123 45 67' }],
    notes: 'Line one\nLine "two"',
    birthday: { month: 3, day: 15 },
    tags: ['Board'],
    tier: 'close',
  });
  const rows = rowsOf(contactsToCsv([anna]));
  const header = rows[0] ?? [];
  const cell = (label: string) => rows[1]?.[header.indexOf(label)];

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const csv = contactsToCsv([anna]);
    expect(csv.startsWith('\uFEFFName,First name,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(contactsToCsv([anna], { hasByteOrderMark: false }).startsWith('Name,')).toBe(true);
  });

  it('writes one header and one row per person', () => {
    expect(rows).toHaveLength(2);
    expect(header).toHaveLength(CSV_COLUMNS.length);
  });

  it('keeps commas, quotes and line breaks inside their cell', () => {
    expect(cell('Organisation')).toBe('Lind, Berg & Co');
    expect(cell('Notes')).toBe('Line one\nLine "two"');
  });

  it('joins lists with "; " and writes birthdays as ISO dates', () => {
    expect(cell('E-mails')).toBe('anna@example.com; a.berg@example.com');
    // ISO's year-less form starts with "-", so it is guarded: unguarded, a spreadsheet
    // would compute --03-15 as the number -12.
    expect(cell('Birthday')).toBe("'--03-15");
    expect(cell('Tier')).toBe('close');
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(cell('Last name')).toBe("'=Berg");
    expect(cell('Phones')).toBe("'+46 70 123 45 67");
  });

  it('takes header labels from the caller', () => {
    const labels = Object.fromEntries(CSV_COLUMNS.map((column) => [column.key, `x-${column.key}`]));
    const csv = contactsToCsv([], {
      header: labels as Record<(typeof CSV_COLUMNS)[number]['key'], string>,
    });
    expect(rowsOf(csv)[0]?.[0]).toBe('x-name');
  });
});
