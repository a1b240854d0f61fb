import { describe, expect, it } from 'vitest';
import { formatBirthday, isValidBirthday, parseBirthday, parseConnectedOn } from './calendar-date';
import { cleanLine, cleanNote, cutText } from './clean-text';
import { isLinkedInProfileUrl, linkedInProfileKey } from './linkedin-url';

describe('parseConnectedOn', () => {
  it.each([
    ['15 Mar 2024', '2024-03-15'],
    ['1 Sept 2019', '2019-09-01'],
    ['02 January 2023', '2023-01-02'],
    ['29 Feb 2024', '2024-02-29'],
    ['2021-04-01', '2021-04-01'],
  ])('reads %j', (text, day) => {
    expect(parseConnectedOn(text)).toBe(day);
  });

  it.each(['29 Feb 2023', '15 Mär 2024', '15 Marzipan 2024', 'yesterday', '3/15/2024', ''])(
    'does not guess at %j',
    (text) => {
      expect(parseConnectedOn(text)).toBeUndefined();
    },
  );
});

describe('parseBirthday', () => {
  it.each([
    ['1980-03-15', undefined, { year: 1980, month: 3, day: 15 }],
    ['19800315', undefined, { year: 1980, month: 3, day: 15 }],
    ['1980-03-15T00:00:00Z', undefined, { year: 1980, month: 3, day: 15 }],
    ['1604-03-15', '1604', { month: 3, day: 15 }],
    ['1604-02-29', undefined, { month: 2, day: 29 }],
    ['0000-12-24', undefined, { month: 12, day: 24 }],
    ['--0315', undefined, { month: 3, day: 15 }],
    ['--03-15', undefined, { month: 3, day: 15 }],
    ['--02-29', undefined, { month: 2, day: 29 }],
  ])('reads %j (omit-year %j)', (text, omitYear, birthday) => {
    expect(parseBirthday(text, omitYear)).toEqual(birthday);
  });

  it.each(['1981-02-29', '1980-13-01', '1980-03', '--0230', 'circa 1800', 'T102200'])(
    'refuses %j',
    (text) => {
      expect(parseBirthday(text)).toBeUndefined();
    },
  );

  it('formats a birthday with and without its year', () => {
    expect(formatBirthday({ year: 987, month: 1, day: 2 })).toBe('0987-01-02');
    expect(formatBirthday({ month: 12, day: 31 })).toBe('--12-31');
    expect(isValidBirthday({ month: 2, day: 29 })).toBe(true);
    expect(isValidBirthday({ year: 1900, month: 2, day: 29 })).toBe(false);
  });
});

describe('clean text', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(cleanLine('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
    expect(cleanNote('a\uDBFF\nb😀')).toBe('a\uFFFD\nb😀');
  });

  it('makes one line of a field: breaks and tabs become spaces, controls go', () => {
    expect(cleanLine('  Anna\r\n\tBerg\u0000\u0085x\u009F  ')).toBe('Anna Berg x');
  });

  it('keeps line breaks and tabs in a note and removes other controls', () => {
    expect(cleanNote('one\r\ntwo\rthree\u2028four\tfive\u0007\u000B')).toBe(
      'one\ntwo\nthree\nfour\tfive',
    );
  });

  it('keeps zero-width and direction characters, which belong to the text', () => {
    expect(cleanLine('a\u200Bb\u200Dc\u202Ed')).toBe('a\u200Bb\u200Dc\u202Ed');
  });

  it('never cuts a surrogate pair in half', () => {
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('ab😀', 4)).toBe('ab😀');
  });
});

describe('LinkedIn profile URLs', () => {
  it.each([
    ['https://www.linkedin.com/in/Jane-Doe/', 'https://www.linkedin.com/in/jane-doe'],
    ['linkedin.com/in/jane-doe?trk=abc#x', 'https://www.linkedin.com/in/jane-doe'],
    ['http://se.linkedin.com/in/jane-doe/en', 'https://www.linkedin.com/in/jane-doe'],
    [
      'https://www.linkedin.com/pub/jane-doe/1/23/456',
      'https://www.linkedin.com/pub/jane-doe/1/23/456',
    ],
  ])('keys %j as %j', (url, key) => {
    expect(linkedInProfileKey(url)).toBe(key);
    expect(isLinkedInProfileUrl(url)).toBe(true);
  });

  it.each([
    'https://www.linkedin.com/company/acme',
    'https://notlinkedin.com/in/x',
    'not a url at all',
    '',
  ])('does not key %j', (url) => {
    expect(linkedInProfileKey(url)).toBeUndefined();
  });
});
