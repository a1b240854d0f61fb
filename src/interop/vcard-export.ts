// Ties' people as a vCard 3.0 file (RFC 2426), the version every contacts app reads.
// - Lines end in CRLF and are folded at 75 octets of UTF-8; a fold never splits a UTF-8
//   sequence (the text is walked by code point, so never a surrogate pair either) nor a
//   backslash escape, so even an importer that does not unfold first reads the escape.
// - Text is escaped (\\ \n \; \,); URL, EMAIL, TEL and UID values only get \\ and \n
//   escaped, because strict readers do not unescape URIs.
// - A phone's or an e-mail's kind is a TYPE parameter (CELL, WORK, HOME, OTHER), which every
//   contacts app reads; a custom label is Apple's grouped form (item1.TEL with
//   item1.X-ABLabel:Styrelse), which iPhone, macOS and Ties read back as that label and
//   other apps pass over, keeping the number. An unlabelled entry gets no TYPE.
// - UID is the person's source key when they came from a vCard (so the other app's card
//   and this one stay the same person), else the Ties id: a re-import then merges.
// - A birthday without a year is written as Apple writes it (1604-MM-DD with
//   X-APPLE-OMIT-YEAR=1604): 3.0 has no year-less form and Apple, Google and Ties read it.
// - Location goes into ADR's locality, so other apps show it as a place; the LinkedIn URL
//   is a URL typed "linkedin"; tags are CATEGORIES. Fields only Ties has (expertise, how
//   we met, next time, connected on) are X-TIES-* properties, which other apps keep or
//   ignore and Ties' importer reads back. Touches, tiers and cadences are not contact
//   data and stay in the backup file.
import { nameOf } from '../domain/contact';
import type { Contact, LabelledValue } from '../domain/types';
import { vCardTypeOf } from './entry-labels';
import { formatBirthday } from './calendar-date';

const CRLF = '\r\n';
/** RFC 2426 §2.6: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

export type VCardContact = Pick<
  Contact,
  | 'id'
  | 'source'
  | 'sourceKey'
  | 'givenName'
  | 'familyName'
  | 'displayName'
  | 'organisation'
  | 'role'
  | 'emails'
  | 'phones'
  | 'linkedInUrl'
  | 'links'
  | 'location'
  | 'birthday'
  | 'tags'
  | 'expertise'
  | 'notes'
  | 'howWeMet'
  | 'nextTimeNote'
  | 'connectedOn'
  | 'updatedAt'
>;

/** Escapes a text value (RFC 2426 §4: backslash, newline, semicolon and comma). */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** Escapes a URI-like value: only what would break the line or be read as an escape. */
function escapeUri(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\\n]/g, (char) => (char === '\n' ? '\\n' : '\\\\'));
}

function octetsOf(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line into physical lines of at most 75 octets each (the leading space
 * of a continuation counts), joined by CRLF and a space.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  let isEscaping = false;
  let breakAt = 0;
  let index = 0;
  while (index < line.length) {
    const codePoint = line.codePointAt(index) ?? 0;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = octetsOf(codePoint);
    if (octets + size > limit) {
      // Break before the escape's backslash rather than inside the escape.
      const cut = isEscaping ? breakAt : index;
      pieces.push(line.slice(start, cut));
      octets = isEscaping ? 1 : 0;
      start = cut;
      limit = MAX_LINE_OCTETS - 1;
    }
    if (!isEscaping && codePoint === 0x5c) {
      isEscaping = true;
      breakAt = index;
    } else {
      isEscaping = false;
    }
    octets += size;
    index += units;
  }
  pieces.push(line.slice(start));
  return pieces.join(`${CRLF} `);
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function uidOf(contact: VCardContact): string {
  const key = contact.sourceKey?.trim();
  return contact.source === 'vcard' && key ? key : contact.id;
}

function revisionOf(updatedAt: number): string | undefined {
  const date = new Date(updatedAt);
  return Number.isNaN(date.getTime()) ? undefined : `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The lines of one phone or e-mail. `group` names the next free Apple group ("item1");
 * it is used, and the caller moves on, only when this returns two lines.
 */
function entryLines(name: 'EMAIL' | 'TEL', entry: LabelledValue, group: string): string[] {
  const value = escapeUri(entry.value);
  const types = name === 'EMAIL' ? ['INTERNET'] : [];
  if (entry.kind === 'custom' && (entry.label ?? '').trim() !== '') {
    return [
      property(`${group}.${name}${types.map((type) => `;TYPE=${type}`).join('')}`, value),
      property(`${group}.X-ABLabel`, escapeText(entry.label ?? '')),
    ];
  }
  if (entry.kind !== undefined && entry.kind !== 'custom') types.push(vCardTypeOf(entry.kind));
  return [property(`${name}${types.map((type) => `;TYPE=${type}`).join('')}`, value)];
}

function cardLines(contact: VCardContact): string[] {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Ties//Ties//EN',
    property('UID', escapeUri(uidOf(contact))),
    property('N', `${escapeText(contact.familyName)};${escapeText(contact.givenName)};;;`),
    property('FN', escapeText(nameOf(contact))),
  ];
  const add = (name: string, value: string) => {
    if (value.trim() !== '') lines.push(property(name, value));
  };
  const list = (items: readonly string[]) => items.filter((item) => item.trim() !== '');
  add('ORG', escapeText(contact.organisation));
  add('TITLE', escapeText(contact.role));
  let groups = 0;
  const entries = (name: 'EMAIL' | 'TEL', items: readonly LabelledValue[]) => {
    for (const entry of items) {
      if (entry.value.trim() === '') continue;
      const written = entryLines(name, entry, `item${groups + 1}`);
      if (written.length > 1) groups += 1;
      lines.push(...written);
    }
  };
  entries('EMAIL', contact.emails);
  entries('TEL', contact.phones);
  add('URL;TYPE=linkedin', escapeUri(contact.linkedInUrl));
  for (const link of list(contact.links)) add('URL', escapeUri(link));
  if (contact.location.trim() !== '') add('ADR', `;;;${escapeText(contact.location)};;;`);
  if (contact.birthday) {
    const { birthday } = contact;
    if (birthday.year === undefined) {
      add('BDAY;X-APPLE-OMIT-YEAR=1604', formatBirthday({ ...birthday, year: 1604 }));
    } else {
      add('BDAY', formatBirthday(birthday));
    }
  }
  add('CATEGORIES', list(contact.tags).map(escapeText).join(','));
  add('NOTE', escapeText(contact.notes));
  add('X-TIES-EXPERTISE', list(contact.expertise).map(escapeText).join(','));
  add('X-TIES-HOW-WE-MET', escapeText(contact.howWeMet));
  add('X-TIES-NEXT-TIME', escapeText(contact.nextTimeNote));
  add('X-TIES-CONNECTED-ON', contact.connectedOn ?? '');
  add('REV', revisionOf(contact.updatedAt) ?? '');
  lines.push('END:VCARD');
  return lines;
}

/** The people (all of them or a selection; the caller chooses) as one vCard 3.0 file. */
export function contactsToVCard(contacts: readonly VCardContact[]): string {
  return contacts.map((contact) => cardLines(contact).join(CRLF) + CRLF).join('');
}
