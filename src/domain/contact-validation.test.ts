import { describe, expect, it } from 'vitest';
import { MAX_CHARS, MAX_ITEMS } from './field-limits';
import {
  daysInMonth,
  emptyContactInput,
  normalizeContactInput,
  parseLabels,
  validateContact,
  type ContactInput,
} from './contact-validation';

const NOW = new Date(2025, 5, 15).getTime(); // 15 June 2025, local time

const person = (fields: Partial<ContactInput> = {}): ContactInput => ({
  ...emptyContactInput(),
  givenName: 'Åsa',
  ...fields,
});
const errorsOf = (fields: Partial<ContactInput>) => validateContact(person(fields), NOW);
const keyOf = (fields: Partial<ContactInput>, field: string) => errorsOf(fields)[field]?.key;

describe('validateContact: name', () => {
  it('accepts a person with only a given name', () => {
    expect(errorsOf({})).toEqual({});
  });

  it('requires a given, family or display name', () => {
    expect(keyOf({ givenName: '  ' }, 'givenName')).toBe('people.error.nameRequired');
  });

  it('accepts a family name alone', () => {
    expect(errorsOf({ givenName: '', familyName: 'Östberg' })).toEqual({});
  });

  it('accepts a display name alone', () => {
    expect(errorsOf({ givenName: '', displayName: 'Prof. Lind' })).toEqual({});
  });

  it('rejects a name longer than the limit and says the limit', () => {
    expect(errorsOf({ familyName: 'x'.repeat(MAX_CHARS.familyName + 1) }).familyName).toEqual({
      key: 'people.error.tooLong',
      vars: { max: MAX_CHARS.familyName },
    });
    expect(errorsOf({ familyName: 'x'.repeat(MAX_CHARS.familyName) })).toEqual({});
  });
});

describe('validateContact: length limits on text fields', () => {
  it.each([
    ['organisation', MAX_CHARS.organisation],
    ['role', MAX_CHARS.role],
    ['location', MAX_CHARS.location],
    ['howWeMet', MAX_CHARS.howWeMet],
    ['notes', MAX_CHARS.notes],
    ['nextTimeNote', MAX_CHARS.nextTimeNote],
  ] as const)('limits %s to %i characters', (field, max) => {
    expect(keyOf({ [field]: 'a'.repeat(max + 1) }, field)).toBe('people.error.tooLong');
    expect(keyOf({ [field]: 'a'.repeat(max) }, field)).toBeUndefined();
  });
});

describe('validateContact: emails', () => {
  it.each(['asa@example.se', 'a.b+tag@mail.example.co.uk', 'ÅSA@exempel.se'])(
    'accepts %s',
    (email) => {
      expect(errorsOf({ emails: [{ value: email }] })).toEqual({});
    },
  );

  it.each(['asa', 'asa@', '@example.se', 'asa@example', 'asa @example.se', 'a@b@c.se', 'a@.se'])(
    'rejects %s',
    (email) => {
      expect(keyOf({ emails: [{ value: email }] }, 'emails.0')).toBe('people.error.email');
    },
  );

  it('names the bad entry by its position and ignores blank rows', () => {
    const errors = errorsOf({
      emails: [{ value: '' }, { value: 'ok@example.se' }, { value: 'broken' }],
    });
    expect(Object.keys(errors)).toEqual(['emails.2']);
  });

  it('limits how many emails one person has', () => {
    const emails = Array.from({ length: MAX_ITEMS.emails + 1 }, (_, i) => ({
      value: `p${i}@example.se`,
    }));
    expect(keyOf({ emails }, 'emails')).toBe('people.error.tooMany');
  });

  it('rejects an email longer than the limit of one entry', () => {
    const email = `${'a'.repeat(MAX_CHARS.emails)}@example.se`;
    expect(keyOf({ emails: [{ value: email }] }, 'emails.0')).toBe('people.error.tooLong');
  });
});

describe('validateContact: phones', () => {
  it.each(['+46 70-123 45 67', '(08) 123.456', '0701234567'])('accepts %s', (phone) => {
    expect(errorsOf({ phones: [{ value: phone }] })).toEqual({});
  });

  it.each(['call me', '070 123 ABC', '+46#123', '+ - ()'])('rejects %s', (phone) => {
    expect(keyOf({ phones: [{ value: phone }] }, 'phones.0')).toBe('people.error.phone');
  });

  it('rejects a phone number longer than the limit', () => {
    expect(keyOf({ phones: [{ value: '1'.repeat(MAX_CHARS.phones + 1) }] }, 'phones.0')).toBe(
      'people.error.tooLong',
    );
  });
});

describe('validateContact: LinkedIn', () => {
  it.each([
    'https://www.linkedin.com/in/asa-lind',
    'https://linkedin.com/in/asa-lind/',
    'https://se.linkedin.com/in/asa-lind?trk=x',
    'https://www.linkedin.com/pub/asa-lind/1/2/3',
    'www.linkedin.com/in/asa-lind',
  ])('accepts %s', (linkedInUrl) => {
    expect(errorsOf({ linkedInUrl })).toEqual({});
  });

  it.each([
    'http://www.linkedin.com/in/asa-lind',
    'https://www.linkedin.com/company/volvo',
    'https://www.linkedin.com/in/',
    'https://linkedin.com.evil.example/in/asa',
    'https://evil-linkedin.com/in/asa',
    'https://user@www.linkedin.com/in/asa',
    'javascript:alert(1)',
    'asa-lind',
  ])('rejects %s', (linkedInUrl) => {
    expect(keyOf({ linkedInUrl }, 'linkedInUrl')).toBe('people.error.linkedIn');
  });

  it('accepts an empty LinkedIn field', () => {
    expect(errorsOf({ linkedInUrl: '  ' })).toEqual({});
  });
});

describe('validateContact: birthday', () => {
  it('accepts a birthday without a year', () => {
    expect(errorsOf({ birthday: { month: 12, day: 24 } })).toEqual({});
  });

  it('accepts 29 February when the year is unknown', () => {
    expect(errorsOf({ birthday: { month: 2, day: 29 } })).toEqual({});
  });

  it('accepts 29 February in a leap year and rejects it in other years', () => {
    expect(errorsOf({ birthday: { month: 2, day: 29, year: 2000 } })).toEqual({});
    expect(errorsOf({ birthday: { month: 2, day: 29, year: 1900 } }).birthdayDay).toEqual({
      key: 'people.error.birthdayDay',
      vars: { max: 28 },
    });
    expect(keyOf({ birthday: { month: 2, day: 29, year: 1985 } }, 'birthdayDay')).toBe(
      'people.error.birthdayDay',
    );
  });

  it('rejects 31 April and day 0', () => {
    expect(keyOf({ birthday: { month: 4, day: 31 } }, 'birthdayDay')).toBe(
      'people.error.birthdayDay',
    );
    expect(keyOf({ birthday: { month: 1, day: 0 } }, 'birthdayDay')).toBe(
      'people.error.birthdayDay',
    );
  });

  it('rejects a missing or impossible month', () => {
    expect(keyOf({ birthday: { month: Number.NaN, day: 3 } }, 'birthdayMonth')).toBe(
      'people.error.birthdayMonth',
    );
    expect(keyOf({ birthday: { month: 13, day: 3 } }, 'birthdayMonth')).toBe(
      'people.error.birthdayMonth',
    );
  });

  it('rejects a missing day once a month is chosen', () => {
    expect(keyOf({ birthday: { month: 3, day: Number.NaN } }, 'birthdayDay')).toBe(
      'people.error.birthdayDay',
    );
  });

  it('accepts years from 1900 to this year and nothing outside', () => {
    expect(errorsOf({ birthday: { month: 1, day: 1, year: 1900 } })).toEqual({});
    expect(errorsOf({ birthday: { month: 1, day: 1, year: 2025 } })).toEqual({});
    expect(errorsOf({ birthday: { month: 1, day: 1, year: 2026 } }).birthdayYear).toEqual({
      key: 'people.error.birthdayYear',
      vars: { min: '1900', max: '2025' },
    });
    expect(keyOf({ birthday: { month: 1, day: 1, year: 1899 } }, 'birthdayYear')).toBe(
      'people.error.birthdayYear',
    );
    expect(keyOf({ birthday: { month: 1, day: 1, year: 1980.5 } }, 'birthdayYear')).toBe(
      'people.error.birthdayYear',
    );
  });
});

describe('validateContact: tags and expertise', () => {
  it('limits the length of one tag', () => {
    expect(keyOf({ tags: ['x'.repeat(MAX_CHARS.tags + 1)] }, 'tags')).toBe('people.error.tooLong');
  });

  it('limits how many expertise entries one person has', () => {
    const expertise = Array.from({ length: MAX_ITEMS.expertise + 1 }, (_, i) => `skill ${i}`);
    expect(keyOf({ expertise }, 'expertise')).toBe('people.error.tooMany');
  });
});

describe('daysInMonth', () => {
  it('knows the length of every month of 2023', () => {
    const lengths = Array.from({ length: 12 }, (_, i) => daysInMonth(i + 1, 2023));
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('follows the Gregorian leap-year rule', () => {
    expect(daysInMonth(2, 2024)).toBe(29);
    expect(daysInMonth(2, 2100)).toBe(28);
    expect(daysInMonth(2, 2000)).toBe(29);
  });
});

describe('normalizeContactInput', () => {
  it('trims text and drops blank email and phone rows', () => {
    const normalized = normalizeContactInput(
      person({
        givenName: '  Åsa ',
        emails: [{ value: ' asa@example.se ' }, { value: ' ' }],
        phones: [{ value: '' }],
      }),
    );
    expect(normalized.givenName).toBe('Åsa');
    expect(normalized.emails).toEqual([{ value: 'asa@example.se' }]);
    expect(normalized.phones).toEqual([]);
  });

  it('completes a LinkedIn address typed without https://', () => {
    expect(normalizeContactInput(person({ linkedInUrl: 'linkedin.com/in/asa' })).linkedInUrl).toBe(
      'https://linkedin.com/in/asa',
    );
  });

  it('keeps the first spelling of a repeated tag', () => {
    expect(normalizeContactInput(person({ tags: ['Board', 'board ', 'M&A'] })).tags).toEqual([
      'Board',
      'M&A',
    ]);
  });
});

describe('parseLabels', () => {
  it('splits on commas and drops empty entries', () => {
    expect(parseLabels(' M&A,, Germany ,  ')).toEqual(['M&A', 'Germany']);
  });
});

describe('validateContact: custom cadence', () => {
  it('accepts no custom cadence, "no cadence" and whole days from 1 to 3650', () => {
    for (const cadenceDays of [undefined, null, 1, 45, 3650]) {
      expect(keyOf({ cadenceDays }, 'cadenceDays')).toBeUndefined();
    }
  });

  it('rejects 0, fractions and more than ten years, naming the range', () => {
    for (const cadenceDays of [0, 2.5, 3651, Number.NaN]) {
      expect(keyOf({ cadenceDays }, 'cadenceDays')).toBe('people.error.cadence');
    }
    expect(errorsOf({ cadenceDays: 0 }).cadenceDays?.vars).toEqual({ min: 1, max: 3650 });
  });
});
