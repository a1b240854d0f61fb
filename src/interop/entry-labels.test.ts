// Labels of phones and e-mails read from every vCard version and from Google's CSV, written
// to Ties' vCard and CSV exports, and read back from Ties' own vCard as they were.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedPerson } from './import-types';
import { contactsToCsv } from './csv-export';
import { parseImportText } from './parse-import';
import { contactsToVCard } from './vcard-export';
import { contactWith } from '../../tests/support/people';

const realExport = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/real-exports/${name}`, import.meta.url), 'utf8');

function personNamed(people: readonly ImportedPerson[], givenName: string): ImportedPerson {
  const person = people.find((candidate) => candidate.givenName === givenName);
  if (!person) throw new Error(`${givenName} was not read`);
  return person;
}

function card(version: string, ...lines: string[]): string {
  return ['BEGIN:VCARD', `VERSION:${version}`, 'FN:Anna Berg', ...lines, 'END:VCARD', ''].join(
    '\r\n',
  );
}

describe('labels read from vCard 2.1', () => {
  it('reads bare types: CELL is mobile, WORK with VOICE is work, X-Styrelse is custom', () => {
    const [anna] = parseImportText(
      card('2.1', 'TEL;CELL:+46 70 111', 'TEL;WORK;VOICE:08-555', 'TEL;X-Styrelse:+46 70 999'),
    ).people;
    expect(anna?.phones).toEqual([
      { value: '+46 70 111', kind: 'mobile' },
      { value: '08-555', kind: 'work' },
      { value: '+46 70 999', kind: 'custom', label: 'Styrelse' },
    ]);
  });

  it("reads Android's real export", () => {
    const people = parseImportText(realExport('android-contacts.vcf')).people;
    expect(personNamed(people, 'Erik')).toMatchObject({
      phones: [
        { value: '+46701112233', kind: 'mobile' },
        { value: '08-555 123 00', kind: 'work' },
      ],
      emails: [{ value: 'erik.ahlen@example.com', kind: 'home' }],
    });
    expect(personNamed(people, 'Ulf')).toMatchObject({
      phones: [{ value: '+46 70 999 88 77', kind: 'custom', label: 'Styrelse' }],
      // INTERNET says how the address is used, not what it is for.
      emails: [{ value: 'ulf@ostlund.example' }],
    });
  });
});

describe('labels read from vCard 3.0', () => {
  it('reads type=CELL and type=WORK, and leaves VOICE and PREF alone unlabelled', () => {
    const [anna] = parseImportText(
      card('3.0', 'TEL;type=CELL;type=VOICE:1', 'TEL;type=WORK:2', 'TEL;type=VOICE;type=pref:3'),
    ).people;
    expect(anna?.phones).toEqual([
      { value: '1', kind: 'mobile' },
      { value: '2', kind: 'work' },
      { value: '3' },
    ]);
  });

  it("reads Apple's grouped X-ABLabel, before or after its entry, over the entry's types", () => {
    const [anna] = parseImportText(
      card(
        '3.0',
        'item1.TEL;type=pref:1',
        'item1.X-ABLabel:Styrelse',
        'item2.X-ABLabel:_$!<Mobile>!$_',
        'item2.TEL;type=WORK:2',
        'item3.EMAIL;type=INTERNET;type=HOME:a@b.se',
        'item3.X-ABLabel:_$!<Work>!$_',
        'item4.EMAIL;type=INTERNET:c@d.se',
        'item4.X-ABLabel:_$!<Home>!$_',
        'item5.TEL:3',
        'item5.X-ABLabel:_$!<Other>!$_',
      ),
    ).people;
    expect(anna?.phones).toEqual([
      { value: '1', kind: 'custom', label: 'Styrelse' },
      { value: '2', kind: 'mobile' },
      { value: '3', kind: 'other' },
    ]);
    expect(anna?.emails).toEqual([
      { value: 'a@b.se', kind: 'work' },
      { value: 'c@d.se', kind: 'home' },
    ]);
  });

  it("reads the iPhone's real export: Maja Öberg's labels, built-in and her own", () => {
    const people = parseImportText(realExport('iphone-contacts.vcf')).people;
    expect(personNamed(people, 'Maja')).toMatchObject({
      emails: [
        { value: 'maja.oberg@ericsson.example', kind: 'work' },
        { value: 'maja@oberg.example', kind: 'home' },
      ],
      phones: [
        { value: '+46 70 123 45 67', kind: 'custom', label: 'Styrelse' },
        { value: '+46 70 765 43 21', kind: 'mobile' },
        { value: '+46 73 555 01 02', kind: 'custom', label: 'WhatsApp' },
      ],
    });
    expect(personNamed(people, 'Karin').phones).toEqual([
      { value: '+46 76 888 12 34', kind: 'mobile' },
    ]);
  });
});

describe('labels read from vCard 4.0', () => {
  it('reads TYPE="work,voice", TYPE=cell and a tel: URI value', () => {
    const [anna] = parseImportText(
      card(
        '4.0',
        'TEL;TYPE="work,voice";VALUE=uri:tel:+46-8-555',
        'TEL;VALUE=uri;TYPE=cell:tel:+46-70-111',
        'EMAIL;TYPE=home:a@b.se',
      ),
    ).people;
    expect(anna?.phones).toEqual([
      { value: '+46-8-555', kind: 'work' },
      { value: '+46-70-111', kind: 'mobile' },
    ]);
    expect(anna?.emails).toEqual([{ value: 'a@b.se', kind: 'home' }]);
  });
});

describe('labels read from Google CSV', () => {
  it('reads "* Work", Mobile and a custom WhatsApp from the real export', () => {
    const people = parseImportText(realExport('google-contacts.csv')).people;
    expect(personNamed(people, 'Anna')).toMatchObject({
      emails: [
        { value: 'anna.lund@spotify.example', kind: 'work' },
        { value: 'anna@lund.example', kind: 'home' },
      ],
      phones: [
        { value: '+46 70 111 22 33', kind: 'mobile' },
        { value: '+46 8 123 456 00', kind: 'work' },
      ],
    });
    expect(personNamed(people, 'Fatima').phones).toEqual([
      { value: '+46 76 321 00 99', kind: 'custom', label: 'WhatsApp' },
    ]);
  });
});

const LABELLED = contactWith({
  emails: [
    { value: 'asa@work.example', kind: 'work' },
    { value: 'asa@home.example', kind: 'home' },
    { value: 'asa@plain.example' },
  ],
  phones: [
    { value: '+46 70 123 45 67', kind: 'custom', label: 'Styrelse' },
    { value: '+46 70 765 43 21', kind: 'mobile' },
    { value: '+46 73 555 01 02', kind: 'custom', label: 'WhatsApp; privat' },
    { value: '+46 8 555 00 00', kind: 'other' },
  ],
});

describe("Ties' vCard export", () => {
  it('writes TYPE for the shared kinds and Apple groups for custom labels', () => {
    const lines = contactsToVCard([LABELLED]).split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'EMAIL;TYPE=INTERNET;TYPE=WORK:asa@work.example',
        'EMAIL;TYPE=INTERNET;TYPE=HOME:asa@home.example',
        'EMAIL;TYPE=INTERNET:asa@plain.example',
        'item1.TEL:+46 70 123 45 67',
        'item1.X-ABLabel:Styrelse',
        'TEL;TYPE=CELL:+46 70 765 43 21',
        'item2.TEL:+46 73 555 01 02',
        'item2.X-ABLabel:WhatsApp\\; privat',
        'TEL;TYPE=OTHER:+46 8 555 00 00',
      ]),
    );
  });

  it('is read back with every label as it was', () => {
    const [back] = parseImportText(contactsToVCard([LABELLED])).people;
    expect(back?.emails).toEqual(LABELLED.emails);
    expect(back?.phones).toEqual(LABELLED.phones);
  });

  it.each([
    ['2.1', card('2.1', 'TEL;CELL:1', 'TEL;WORK;VOICE:2', 'TEL;X-Styrelse:3', 'EMAIL;HOME:a@b.se')],
    ['3.0', card('3.0', 'TEL;type=CELL:1', 'item1.TEL:3', 'item1.X-ABLabel:Styrelse')],
    ['4.0', card('4.0', 'TEL;TYPE="work,voice";VALUE=uri:tel:2', 'EMAIL;TYPE=home:a@b.se')],
  ])('keeps the labels of a vCard %s through an export and a second import', (_, text) => {
    const [first] = parseImportText(text).people;
    if (!first) throw new Error('the card was not read');
    const [again] = parseImportText(contactsToVCard([contactWith(first)])).people;
    expect(again?.phones).toEqual(first.phones);
    expect(again?.emails).toEqual(first.emails);
    expect(first.phones.some((phone) => phone.kind !== undefined)).toBe(true);
  });
});

describe("Ties' CSV export", () => {
  it('writes each label before its value in the phones and e-mails cells', () => {
    const csv = contactsToCsv([LABELLED]);
    expect(csv).toContain(
      ',Styrelse: +46 70 123 45 67; Mobile: +46 70 765 43 21; WhatsApp; privat: +46 73 555 01 02; Other: +46 8 555 00 00,',
    );
    expect(csv).toContain('Work: asa@work.example; Home: asa@home.example; asa@plain.example');
  });
});
