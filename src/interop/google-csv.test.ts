import { describe, expect, it } from 'vitest';
import { parseImportText } from './parse-import';
import { GOOGLE_CURRENT, GOOGLE_OLDER } from '../../tests/support/interop-fixtures';

describe('Google Contacts CSV', () => {
  it('reads the current headers with numbered e-mail groups and " ::: " lists', () => {
    const parsed = parseImportText(GOOGLE_CURRENT);
    expect(parsed.format).toBe('google-csv');
    expect(parsed.source).toBe('google');
    expect(parsed.people[0]).toMatchObject({
      place: { unit: 'line', number: 2 },
      givenName: 'Lena',
      familyName: 'Nyberg',
      organisation: 'Spotify',
      role: 'Product Lead',
      emails: [
        { value: 'lena@example.com' },
        { value: 'lena.nyberg@example.com' },
        { value: 'lena.home@example.net' },
      ],
      phones: [{ value: '+46 73 555 01 02' }],
      location: 'Stockholm, Sweden',
      birthday: { year: 1985, month: 7, day: 9 },
      notes: 'Knows everyone in\nmusic tech',
    });
  });

  it('turns labels into tags without Google\'s "* " marker and "myContacts"', () => {
    expect(parseImportText(GOOGLE_CURRENT).people[0]?.tags).toEqual(['Mentors', 'starred']);
  });

  it('takes a LinkedIn profile among the websites as the LinkedIn URL, with no merge key', () => {
    const lena = parseImportText(GOOGLE_CURRENT).people[0];
    expect(lena?.linkedInUrl).toBe('https://www.linkedin.com/in/lenanyberg');
    expect(lena?.links).toEqual([]);
    expect(lena?.sourceKey).toBeUndefined();
  });

  it('counts lines inside quoted cells, so the next row has its editor line number', () => {
    const ola = parseImportText(GOOGLE_CURRENT).people[1];
    expect(ola?.place).toEqual({ unit: 'line', number: 6 });
    expect(ola?.givenName).toBe('Ola Erik');
    expect(ola?.birthday).toEqual({ month: 2, day: 29 });
  });

  it('names a person without a name by their e-mail', () => {
    const acme = parseImportText(GOOGLE_CURRENT).people[2];
    expect(acme?.displayName).toBe('info@acme.example');
    expect(acme?.organisation).toBe('Acme Inc');
  });

  it('reads the older headers: Name, Given Name, Group Membership, "- Type" groups', () => {
    const parsed = parseImportText(GOOGLE_OLDER);
    expect(parsed.format).toBe('google-csv');
    expect(parsed.people).toEqual([
      {
        place: { unit: 'line', number: 2 },
        displayName: 'Erik Svensson',
        givenName: 'Erik',
        familyName: 'Svensson',
        organisation: 'Volvo',
        role: 'Engineer',
        emails: [{ value: 'erik@example.se', kind: 'home' }],
        phones: [{ value: '+46 70 000 11 22', kind: 'mobile' }],
        linkedInUrl: '',
        links: ['https://erik.example'],
        location: 'Göteborg',
        birthday: { year: 1970, month: 1, day: 31 },
        notes: 'Sailing friend',
        tags: ['Friends', 'Sailing'],
      },
    ]);
  });

  it('warns about a birthday it cannot read and keeps the person', () => {
    const text = 'First Name,Last Name,Birthday,Labels\nAnna,Berg,March the 3rd,\n';
    const parsed = parseImportText(text);
    expect(parsed.people[0]?.birthday).toBeUndefined();
    expect(parsed.warnings).toEqual([
      {
        place: { unit: 'line', number: 2 },
        reason: 'unreadable-value',
        field: 'birthday',
        detail: 'March the 3rd',
      },
    ]);
  });
});
