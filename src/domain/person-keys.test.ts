import { describe, expect, it } from 'vitest';
import { emailKeyOf, linkedInKeyOf, nameOrgKeysOf, sourceKeyOf } from './person-keys';

describe('linkedInKeyOf', () => {
  it('reads one profile the same however its address is written', () => {
    const key = linkedInKeyOf('https://www.linkedin.com/in/anna-berg');
    expect(key).toBe('li:linkedin.com/in/anna-berg');
    for (const url of [
      'http://linkedin.com/in/Anna-Berg/',
      'linkedin.com/in/anna-berg?trk=people',
      'se.linkedin.com/in/anna-berg#about',
      ' www.linkedin.com/in/anna-berg// ',
      'https://www.linkedin.com/in/anna-berg/en',
    ]) {
      expect(linkedInKeyOf(url), url).toBe(key);
    }
  });

  it('keeps the numbers of an old public profile, which tell namesakes apart', () => {
    expect(linkedInKeyOf('http://se.linkedin.com/pub/anna-berg/1/2b/3c4')).toBe(
      'li:linkedin.com/pub/anna-berg/1/2b/3c4',
    );
  });

  it('decodes letters written with percent signs', () => {
    expect(linkedInKeyOf('https://www.linkedin.com/in/%C3%A5sa')).toBe('li:linkedin.com/in/åsa');
  });

  it('has no key for an empty text or another site', () => {
    expect(linkedInKeyOf('')).toBeUndefined();
    expect(linkedInKeyOf('https://example.com/in/anna')).toBeUndefined();
    expect(linkedInKeyOf('https://www.linkedin.com/')).toBeUndefined();
    expect(linkedInKeyOf('https://www.linkedin.com/company/volvo')).toBeUndefined();
    expect(linkedInKeyOf('https://notlinkedin.com/in/anna')).toBeUndefined();
  });
});

describe('sourceKeyOf and emailKeyOf', () => {
  it('keeps a UID as it is and reads a LinkedIn address as a profile', () => {
    expect(sourceKeyOf(' urn:uuid:1234 ')).toBe('uid:urn:uuid:1234');
    expect(sourceKeyOf('https://linkedin.com/in/bo')).toBe('li:linkedin.com/in/bo');
    expect(sourceKeyOf('  ')).toBeUndefined();
  });

  it('compares email addresses without case', () => {
    expect(emailKeyOf(' Anna@Example.COM ')).toBe('anna@example.com');
  });
});

describe('nameOrgKeysOf', () => {
  it('ignores case, accents and spacing in name and organisation', () => {
    const a = nameOrgKeysOf({
      givenName: 'Åsa',
      familyName: 'Öberg',
      displayName: '',
      organisation: 'Volvo  Cars',
    });
    const b = nameOrgKeysOf({
      givenName: ' asa',
      familyName: 'OBERG',
      displayName: '',
      organisation: 'volvo cars',
    });
    expect(a).toEqual(b);
  });

  it('gives a key for the shown name and for given + family name', () => {
    expect(
      nameOrgKeysOf({
        givenName: 'Anna',
        familyName: 'Berg',
        displayName: 'Annie',
        organisation: '',
      }),
    ).toEqual(['annie\u0000', 'anna berg\u0000']);
  });
});
