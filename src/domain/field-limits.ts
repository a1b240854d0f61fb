// How long each text field of a person may be and how many entries each list may hold: one
// table that the person form, the import and the backup check all read, so that whatever
// one of them accepts the others accept too. When they disagreed (the form allowed a
// 200-character role, the import 2,000), an imported person could not be saved again
// without deleting text the user never typed.
//
// The numbers are the ones imports have always applied, so every person an earlier version
// of Ties stored or backed up still fits. They sit far above real contacts (LinkedIn keeps a
// position to 100 characters, phones store a note of a few thousand) and only stop a broken
// file, such as a stray quote that swallows the rows after it, or a runaway paste.
import type { Contact } from './types';

/** One line of text: a name, a role, an e-mail address, a tag. */
const LINE_CHARS = 2_000;
/** A note: about 30 printed pages. */
const NOTE_CHARS = 100_000;
/** Entries of one list (e-mails, phones, links, tags, expertise) of one person. */
const LIST_ITEMS = 100;

export type TextField =
  | 'givenName'
  | 'familyName'
  | 'displayName'
  | 'organisation'
  | 'role'
  | 'location'
  | 'linkedInUrl'
  | 'sourceKey'
  | 'notes'
  | 'howWeMet'
  | 'nextTimeNote';

export type ListField = 'emails' | 'phones' | 'links' | 'tags' | 'expertise';

export type LimitedField = TextField | ListField;

/** Characters (UTF-16 units, as String.length counts) of a text field, or of each list entry. */
export const MAX_CHARS: Readonly<Record<LimitedField, number>> = {
  givenName: LINE_CHARS,
  familyName: LINE_CHARS,
  displayName: LINE_CHARS,
  organisation: LINE_CHARS,
  role: LINE_CHARS,
  location: LINE_CHARS,
  linkedInUrl: LINE_CHARS,
  sourceKey: LINE_CHARS,
  notes: NOTE_CHARS,
  howWeMet: NOTE_CHARS,
  nextTimeNote: NOTE_CHARS,
  emails: LINE_CHARS,
  phones: LINE_CHARS,
  links: LINE_CHARS,
  tags: LINE_CHARS,
  expertise: LINE_CHARS,
};

/** Entries of each list field of one person. */
export const MAX_ITEMS: Readonly<Record<ListField, number>> = {
  emails: LIST_ITEMS,
  phones: LIST_ITEMS,
  links: LIST_ITEMS,
  tags: LIST_ITEMS,
  expertise: LIST_ITEMS,
};

const TEXT_FIELDS = Object.keys(MAX_CHARS).filter(
  (field): field is TextField => !(field in MAX_ITEMS),
);
const LIST_FIELDS = Object.keys(MAX_ITEMS) as ListField[];

/**
 * A value over its limit: a text (or one list entry) with `size` characters, or a list with
 * `size` entries, where at most `max` are kept.
 */
export type LimitProblem = {
  field: LimitedField;
  kind: 'chars' | 'items';
  size: number;
  max: number;
};

/** The fields of a person the table limits; absent ones are not checked. */
export type LimitedValues = { [Field in LimitedField]?: Contact[Field] | undefined };

/** The first field of `values` over its limit, in the table's order, or undefined. */
export function limitProblemOf(values: LimitedValues): LimitProblem | undefined {
  for (const field of TEXT_FIELDS) {
    const text = values[field];
    if (text !== undefined && text.length > MAX_CHARS[field]) {
      return { field, kind: 'chars', size: text.length, max: MAX_CHARS[field] };
    }
  }
  for (const field of LIST_FIELDS) {
    const list = values[field];
    if (list === undefined) continue;
    if (list.length > MAX_ITEMS[field]) {
      return { field, kind: 'items', size: list.length, max: MAX_ITEMS[field] };
    }
    // A phone's or an e-mail's label is one line too, held to the same limit as its value.
    const texts = list.flatMap((entry) =>
      typeof entry === 'string' ? [entry] : [entry.value, entry.label ?? ''],
    );
    const long = texts.find((text) => text.length > MAX_CHARS[field]);
    if (long !== undefined) {
      return { field, kind: 'chars', size: long.length, max: MAX_CHARS[field] };
    }
  }
  return undefined;
}
