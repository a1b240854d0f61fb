import { describe, expect, it } from 'vitest';
import { parseImportText } from './parse-import';
import { contactsToVCard, escapeText, foldLine } from './vcard-export';
import { contactWith } from '../../tests/support/people';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('contactsToVCard', () => {
  const asa = contactWith({
    givenName: 'Åsa',
    familyName: 'Östberg',
    organisation: 'Lind, Berg; Co',
    role: 'Head of M&A',
    emails: [{ value: 'asa@example.se' }],
    phones: [{ value: '+46 70 123 45 67' }],
    linkedInUrl: 'https://www.linkedin.com/in/asaostberg',
    links: ['https://example.se/a,b;c'],
    location: 'Stockholm, Sweden',
    birthday: { month: 2, day: 29 },
    tags: ['Board', 'Finance, Nordics'],
    expertise: ['M&A'],
    notes: 'Line one\nLine two \\ with a backslash',
    howWeMet: 'Nordic forum',
    nextTimeNote: 'Ask about Hamburg',
    connectedOn: '2024-03-15',
  });
  const text = contactsToVCard([asa]);
  const lines = unfold(text).split('\r\n');

  it('writes a vCard 3.0 with CRLF line ends', () => {
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslashes, line breaks, semicolons and commas in text', () => {
    expect(lines).toContain('ORG:Lind\\, Berg\\; Co');
    expect(lines).toContain('NOTE:Line one\\nLine two \\\\ with a backslash');
    expect(lines).toContain('CATEGORIES:Board,Finance\\, Nordics');
    expect(lines).toContain('N:Östberg;Åsa;;;');
    expect(lines).toContain('FN:Åsa Östberg');
  });

  it('leaves commas and semicolons in URLs as they are', () => {
    expect(lines).toContain('URL:https://example.se/a,b;c');
    expect(lines).toContain('URL;TYPE=linkedin:https://www.linkedin.com/in/asaostberg');
  });

  it("writes a year-less birthday Apple's way and a full one as a date", () => {
    expect(lines).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29');
    const withYear = unfold(
      contactsToVCard([contactWith({ birthday: { year: 1980, month: 3, day: 5 } })]),
    );
    expect(withYear).toContain('\r\nBDAY:1980-03-05\r\n');
  });

  it("uses the vCard's own UID for people who came from a vCard, else the Ties id", () => {
    expect(lines).toContain(`UID:${asa.id}`);
    const fromVCard = contactWith({ source: 'vcard', sourceKey: 'ABC-123' });
    expect(contactsToVCard([fromVCard])).toContain('\r\nUID:ABC-123\r\n');
    const fromLinkedIn = contactWith({
      source: 'linkedin',
      sourceKey: 'https://www.linkedin.com/in/x',
    });
    expect(contactsToVCard([fromLinkedIn])).toContain(`\r\nUID:${fromLinkedIn.id}\r\n`);
  });

  it("writes Ties' own fields as X-TIES properties", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'X-TIES-EXPERTISE:M&A',
        'X-TIES-HOW-WE-MET:Nordic forum',
        'X-TIES-NEXT-TIME:Ask about Hamburg',
        'X-TIES-CONNECTED-ON:2024-03-15',
      ]),
    );
  });

  it('leaves out empty fields', () => {
    const bare = unfold(contactsToVCard([contactWith()]));
    expect(bare).not.toMatch(
      /\r\n(ORG|TITLE|EMAIL|TEL|URL|ADR|BDAY|NOTE|CATEGORIES|X-TIES-[A-Z-]+)[;:]/,
    );
  });

  it('reads back as the same person', () => {
    const [person] = parseImportText(text).people;
    expect(person).toMatchObject({
      sourceKey: asa.id,
      givenName: 'Åsa',
      familyName: 'Östberg',
      displayName: 'Åsa Östberg',
      organisation: 'Lind, Berg; Co',
      emails: asa.emails,
      phones: asa.phones,
      linkedInUrl: asa.linkedInUrl,
      links: asa.links,
      location: 'Stockholm, Sweden',
      birthday: { month: 2, day: 29 },
      tags: asa.tags,
      expertise: asa.expertise,
      notes: asa.notes,
      howWeMet: asa.howWeMet,
      nextTimeNote: asa.nextTimeNote,
      connectedOn: '2024-03-15',
    });
  });

  it('writes several people one card after another', () => {
    const text = contactsToVCard([
      contactWith({ givenName: 'A' }),
      contactWith({ givenName: 'B' }),
    ]);
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(parseImportText(text).people.map((person) => person.givenName)).toEqual(['A', 'B']);
  });
});

describe('foldLine', () => {
  it('keeps every physical line within 75 octets, continuation space included', () => {
    const folded = foldLine(`NOTE:${'å'.repeat(100)}${'😀'.repeat(50)}${'a'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('never splits a UTF-8 sequence or a surrogate pair', () => {
    const value = `NOTE:${'x'.repeat(72)}😀€å${'👩‍👩‍👧'.repeat(20)}`;
    const folded = foldLine(value);
    for (const line of folded.split('\r\n')) {
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(line).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).toBe(value);
  });

  it('does not split a backslash escape', () => {
    for (let lead = 60; lead < 80; lead += 1) {
      const folded = foldLine(`NOTE:${'a'.repeat(lead)}${escapeText('\n;,\\'.repeat(10))}`);
      for (const line of folded.split('\r\n')) expect(line).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
    }
  });

  it('leaves a short line alone', () => {
    expect(foldLine('FN:Anna')).toBe('FN:Anna');
  });
});
