import { describe, expect, it } from 'vitest';
import { parseImportText } from './parse-import';
import { LINKEDIN_CURRENT, LINKEDIN_OLDER } from '../../tests/support/interop-fixtures';

describe('LinkedIn Connections.csv', () => {
  it('reads the current export past its Notes: paragraph, byte-order mark and CRLF', () => {
    const parsed = parseImportText(LINKEDIN_CURRENT);
    expect(parsed.format).toBe('linkedin-csv');
    expect(parsed.source).toBe('linkedin');
    expect(parsed.people[0]).toMatchObject({
      place: { unit: 'line', number: 5 },
      givenName: 'Åsa',
      familyName: 'Östberg',
      organisation: 'Nordbank AB',
      role: 'Head of M&A',
      emails: [{ value: 'asa.ostberg@example.se' }],
      linkedInUrl: 'https://www.linkedin.com/in/asa-ostberg-1a2b3c',
      sourceKey: 'https://www.linkedin.com/in/asa-ostberg-1a2b3c',
      connectedOn: '2024-03-15',
    });
  });

  it('keeps quoted commas and doubled quotes inside a cell', () => {
    const johan = parseImportText(LINKEDIN_CURRENT).people[1];
    expect(johan?.organisation).toBe('Lind, Berg & Co');
    expect(johan?.role).toBe('Partner, "Deals" team');
    expect(johan?.emails).toEqual([]);
  });

  it('keeps "Connected On" as a date, not as a touch', () => {
    const people = parseImportText(LINKEDIN_CURRENT).people;
    expect(people.map((person) => person.connectedOn)).toEqual([
      '2024-03-15',
      '2023-01-02',
      '2022-02-28',
    ]);
    expect(Object.keys(people[0] ?? {})).not.toContain('lastTouchAt');
  });

  it('skips a member without a name or e-mail, naming the line', () => {
    const parsed = parseImportText(LINKEDIN_CURRENT);
    expect(parsed.people).toHaveLength(3);
    expect(parsed.skipped).toEqual([{ place: { unit: 'line', number: 8 }, reason: 'no-name' }]);
  });

  it('reads the older header without a URL column', () => {
    const parsed = parseImportText(LINKEDIN_OLDER);
    expect(parsed.format).toBe('linkedin-csv');
    expect(
      parsed.people.map((person) => [person.givenName, person.role, person.connectedOn]),
    ).toEqual([
      ['Karin', 'Engineer', '2019-09-05'],
      ['Per', 'Director, Strategy', '2018-11-30'],
    ]);
    expect(parsed.people[0]?.sourceKey).toBeUndefined();
    expect(parsed.people[0]?.linkedInUrl).toBe('');
  });

  it('names the line and keeps the person when "Connected On" cannot be read', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,Ek,,,,,someday\n';
    const parsed = parseImportText(text);
    expect(parsed.people[0]?.connectedOn).toBeUndefined();
    expect(parsed.warnings).toEqual([
      {
        place: { unit: 'line', number: 2 },
        reason: 'unreadable-value',
        field: 'connectedOn',
        detail: 'someday',
      },
    ]);
  });

  it('reads a file that a Swedish Excel saved again with semicolons', () => {
    const text =
      'First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nEva;Ström;;;"Ström; Söner";VD;1 Apr 2021\r\n';
    const parsed = parseImportText(text);
    expect(parsed.people[0]).toMatchObject({
      givenName: 'Eva',
      organisation: 'Ström; Söner',
      connectedOn: '2021-04-01',
    });
  });

  it('uses the canonical profile URL as the merge key', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Eva,Ek,https://se.linkedin.com/in/Eva-Ek/?originalSubdomain=se,,,,\n';
    const person = parseImportText(text).people[0];
    expect(person?.linkedInUrl).toBe('https://se.linkedin.com/in/Eva-Ek/?originalSubdomain=se');
    expect(person?.sourceKey).toBe('https://www.linkedin.com/in/eva-ek');
  });

  it('reports progress ending at the whole text', () => {
    const calls: [number, number][] = [];
    parseImportText(LINKEDIN_OLDER, { onProgress: (done, total) => calls.push([done, total]) });
    const last = calls[calls.length - 1];
    expect(last?.[0]).toBe(last?.[1]);
    expect(last?.[1]).toBeGreaterThan(0);
  });
});
