import { describe, expect, it } from 'vitest';
import { parseImportText } from './parse-import';
import { APPLE_VCARD, VCARD_21, VCARD_40 } from '../../tests/support/interop-fixtures';

function card(...lines: string[]): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');
}

describe('vCard 3.0 from iCloud / iPhone', () => {
  const [asa, johan] = parseImportText(APPLE_VCARD).people;

  it('reads names, organisation and title', () => {
    expect(asa).toMatchObject({
      place: { unit: 'card', number: 1, line: 1 },
      displayName: 'Åsa Östberg',
      givenName: 'Åsa Maria',
      familyName: 'Östberg',
      organisation: 'Nordbank AB',
      role: 'Head of M&A',
    });
  });

  it("reads Apple's grouped item1.EMAIL with its X-ABLabel as the label", () => {
    expect(asa?.emails).toEqual([{ value: 'asa.ostberg@example.se', kind: 'other' }]);
  });

  it('reads a year-less birthday written with 1604 and X-APPLE-OMIT-YEAR', () => {
    expect(asa?.birthday).toEqual({ month: 3, day: 15 });
    expect(johan?.birthday).toEqual({ year: 1978, month: 11, day: 2 });
  });

  it('unescapes text, unfolds lines and passes over the photo', () => {
    expect(asa?.notes).toBe('Met at the Nordic M&A forum, Oslo.\nAsk about the Hamburg deal.');
    expect(johan?.organisation).toBe('Lind, Berg & Co');
    expect(johan?.notes).toBe(
      'A very long note that an exporter folded at seventy-five octets so that the reader has to unfold it again.',
    );
  });

  it('takes the LinkedIn social profile, links, address, tags and UID', () => {
    expect(asa).toMatchObject({
      linkedInUrl: 'https://www.linkedin.com/in/asaostberg',
      links: ['https://nordbank.example/asa'],
      location: 'Stockholm, Sweden',
      tags: ['Finance', 'Board'],
      phones: [{ value: '+46 70 123 45 67' }],
      sourceKey: '6D2F0C1E-3B9A-4B7C-9A51-2C9E1E5B7D10',
    });
  });

  it('reads every card in one file, each with its number', () => {
    const parsed = parseImportText(APPLE_VCARD);
    expect(parsed.format).toBe('vcard');
    expect(parsed.people.map((person) => person.place)).toEqual([
      { unit: 'card', number: 1, line: 1 },
      { unit: 'card', number: 2, line: 25 },
    ]);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('vCard 2.1', () => {
  const [asa, jurgen] = parseImportText(VCARD_21).people;

  it('decodes quoted-printable UTF-8 names', () => {
    expect(asa).toMatchObject({
      givenName: 'Åsa',
      familyName: 'Östberg',
      displayName: 'Åsa Östberg',
    });
  });

  it('joins quoted-printable soft line breaks and decodes encoded line breaks', () => {
    expect(asa?.notes).toBe('Första raden\nAndra raden som fortsätter på nästa rad.');
  });

  it('reads bare 2.1 parameters (TEL;CELL;PREF) as types', () => {
    expect(asa?.phones).toEqual([
      { value: '+46701234567', kind: 'mobile' },
      { value: '08-123 456', kind: 'work' },
    ]);
    expect(asa?.emails).toEqual([{ value: 'asa@example.se' }]);
  });

  it('decodes quoted-printable in the CHARSET the card names', () => {
    expect(jurgen).toMatchObject({ givenName: 'Jürgen', familyName: 'Müller' });
  });
});

describe('vCard 4.0', () => {
  const [noor] = parseImportText(VCARD_40).people;

  it('reads --MMDD as a birthday without a year', () => {
    expect(noor?.birthday).toEqual({ month: 3, day: 15 });
  });

  it('reads tel: URIs, quoted parameters and the address', () => {
    expect(noor).toMatchObject({
      phones: [{ value: '+971-50-123-4567' }],
      emails: [{ value: 'noor@example.ae' }],
      location: 'Dubai, United Arab Emirates',
      sourceKey: 'urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
      tags: ['Gulf', 'Energy'],
    });
  });
});

describe('vCard edge cases', () => {
  it('names a card without FN or N by its e-mail, and skips one with neither', () => {
    const parsed = parseImportText(card('EMAIL:only@example.com') + card('TEL:+46 8 123'));
    expect(parsed.people.map((person) => person.displayName)).toEqual(['only@example.com']);
    expect(parsed.skipped).toEqual([
      { place: { unit: 'card', number: 2, line: 5 }, reason: 'no-name' },
    ]);
  });

  it('joins several NOTE properties with a blank line', () => {
    const [person] = parseImportText(card('FN:A', 'NOTE:one', 'NOTE:two')).people;
    expect(person?.notes).toBe('one\n\ntwo');
  });

  it('counts lines that are not properties and keeps the card', () => {
    const parsed = parseImportText(
      card('FN:Anna', 'this is not a property', 'EMAIL:a@example.com'),
    );
    expect(parsed.people[0]?.emails).toEqual([{ value: 'a@example.com' }]);
    expect(parsed.warnings).toEqual([
      { place: { unit: 'card', number: 1, line: 1 }, reason: 'lines-ignored', detail: '1' },
    ]);
  });

  it('warns about a birthday it cannot read', () => {
    const parsed = parseImportText(card('FN:Anna', 'BDAY:1980-02-30'));
    expect(parsed.people[0]?.birthday).toBeUndefined();
    expect(parsed.warnings?.[0]).toMatchObject({
      reason: 'unreadable-value',
      field: 'birthday',
      detail: '1980-02-30',
    });
  });

  it('passes over a 2.1 AGENT card inside a card', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Boss',
      'AGENT:',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Assistant',
      'END:VCARD',
      'EMAIL:boss@example.com',
      'END:VCARD',
    ].join('\r\n');
    const parsed = parseImportText(text);
    expect(parsed.people.map((person) => [person.displayName, person.emails])).toEqual([
      ['Boss', [{ value: 'boss@example.com' }]],
    ]);
    expect(parsed.skipped).toEqual([]);
  });

  it('reads RFC 6868 parameter escapes and a colon inside a quoted parameter', () => {
    const [person] = parseImportText(
      card('FN:A', 'ADR;LABEL="Main St: 1^nTown ^\'X^\'":;;Main St;Town;;;'),
    ).people;
    expect(person?.location).toBe('Town');
  });

  it("reads Ties' own X-TIES properties", () => {
    const [person] = parseImportText(
      card(
        'FN:A',
        'X-TIES-EXPERTISE:M&A,German tax\\, VAT',
        'X-TIES-HOW-WE-MET:Board of Acme\\nin 2019',
        'X-TIES-NEXT-TIME:Ask about the move',
        'X-TIES-CONNECTED-ON:2021-05-06',
      ),
    ).people;
    expect(person).toMatchObject({
      expertise: ['M&A', 'German tax, VAT'],
      howWeMet: 'Board of Acme\nin 2019',
      nextTimeNote: 'Ask about the move',
      connectedOn: '2021-05-06',
    });
  });
});
