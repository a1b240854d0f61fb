// The labels of phone numbers and e-mail addresses as each source writes them, read into
// the kinds Ties keeps (domain/types.ts LabelledValue) and written back out. Pure.
// - vCard TYPE values (2.1 bare "TEL;CELL", 3.0 "type=CELL", 4.0 TYPE="work,voice"):
//   CELL, IPHONE and MOBILE are mobile; WORK, HOME and OTHER are themselves. VOICE, PREF,
//   INTERNET, FAX, MSG and the like say how the entry is used, not what it is for, and are
//   no label. A TYPE of Android's own "X-Styrelse" is the custom label "Styrelse". With
//   several kinds (a work mobile), mobile wins, then work, home and other: what a phone app
//   shows first.
// - Apple's X-ABLabel of the entry's group: "_$!<Mobile>!$_" and its siblings are built-in
//   labels, any other text is the user's own. It overrides the TYPE values of its entry,
//   as Apple's own apps read it.
// - Google's CSV labels ("* Work", "Mobile", "WhatsApp"): the leading "* " marks the
//   primary entry and is dropped; the words Work, Home, Mobile, Other are kinds, any other
//   text is custom.
// An entry with none of these is unlabelled (the source said nothing about it).
import { tidyEntry } from '../domain/labelled-value';
import type { EntryKind, LabelledValue } from '../domain/types';

export type EntryLabel = Pick<LabelledValue, 'kind' | 'label'>;

const NO_LABEL: EntryLabel = {};

const KIND_OF_WORD: Readonly<Record<string, EntryKind>> = {
  cell: 'mobile',
  mobile: 'mobile',
  iphone: 'mobile',
  work: 'work',
  home: 'home',
  other: 'other',
};

const KIND_ORDER: readonly EntryKind[] = ['mobile', 'work', 'home', 'other'];
const APPLE_BUILT_IN = /^_\$!<(.*)>!\$_$/;
const GOOGLE_PRIMARY = /^\*\s*/;
const CUSTOM_TYPE = /^x-(.+)$/i;

/** A label as text: one of the kinds when the words name one, else the text as written. */
function labelOfText(text: string): EntryLabel {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return NO_LABEL;
  const kind = KIND_OF_WORD[trimmed.toLowerCase()];
  return kind === undefined ? { kind: 'custom', label: trimmed } : { kind };
}

/** The label of an entry from the TYPE values of its vCard property (in any case). */
export function labelOfVCardTypes(types: readonly string[]): EntryLabel {
  const words = types.flatMap((type) => type.split(',')).map((word) => word.trim());
  const kinds = new Set(words.map((word) => KIND_OF_WORD[word.toLowerCase()]));
  const kind = KIND_ORDER.find((candidate) => kinds.has(candidate));
  if (kind !== undefined) return { kind };
  for (const word of words) {
    const custom = CUSTOM_TYPE.exec(word)?.[1]?.trim();
    if (custom) return { kind: 'custom', label: custom };
  }
  return NO_LABEL;
}

/** The label of an Apple X-ABLabel value: a built-in one by its name, else the user's text. */
export function labelOfAppleLabel(text: string): EntryLabel {
  const builtIn = APPLE_BUILT_IN.exec(text.trim())?.[1];
  return labelOfText(builtIn ?? text);
}

/** The label of a Google CSV "- Label" (or older "- Type") cell. */
export function labelOfGoogleLabel(text: string): EntryLabel {
  return labelOfText(text.replace(GOOGLE_PRIMARY, ''));
}

/** An entry with a label read by one of the functions above. */
export function entryWith(value: string, label: EntryLabel): LabelledValue {
  return tidyEntry(value, label.kind, label.label);
}

/** How Apple writes each kind in X-ABLabel. */
const APPLE_LABEL: Readonly<Record<EntryKind, string>> = {
  mobile: '_$!<Mobile>!$_',
  work: '_$!<Work>!$_',
  home: '_$!<Home>!$_',
  other: '_$!<Other>!$_',
};

/** The vCard 3.0 TYPE value of each kind (Apple, Google and Outlook read these). */
const VCARD_TYPE: Readonly<Record<EntryKind, string>> = {
  mobile: 'CELL',
  work: 'WORK',
  home: 'HOME',
  other: 'OTHER',
};

export function vCardTypeOf(kind: EntryKind): string {
  return VCARD_TYPE[kind];
}

export function appleLabelOf(kind: EntryKind): string {
  return APPLE_LABEL[kind];
}

/**
 * An entry's label as one word a spreadsheet user reads and Ties reads back: the kind in
 * English ("Work"), or the custom text as written. Empty when unlabelled.
 */
export function labelText(entry: LabelledValue): string {
  if (entry.kind === undefined) return '';
  if (entry.kind === 'custom') return entry.label ?? '';
  return `${entry.kind.slice(0, 1).toUpperCase()}${entry.kind.slice(1)}`;
}
