// Matching an import against the people already stored, and what confirming it would do.
// Importing the same or a newer file again merges, never duplicates. Pure: the plan is written
// by db/writes/imports.ts (docs/storage.md, "Imports").
//
// Matching, in order of strength: the import's own key (a LinkedIn profile address, a vCard
// UID; a stored LinkedIn address counts too, and so does a stored person's Ties id, which
// Ties' own vCard export writes as the UID), then an email address, then the normalised
// name together with the normalised organisation (person-keys.ts). Deleted people are never
// matched. Rows of one file that are the same person by those rules are combined first, so
// a file that lists someone twice adds or updates them once. Everything is map lookups:
// linear in the number of rows plus stored people.
//
// How a user's own edit is told apart from an imported value: every person an import
// touches records what the file said for each field (Contact.importedValues). For a field
// the file gives (F), with the stored value S and the recorded value I:
// - F says the same as S: nothing to do.
// - F says the same as I: the file has not changed since the last import, so S (whatever it
//   is) is the user's choice; nothing to do, and no conflict to nag about on every re-import.
// - S is empty: a fill.
// - S says the same as I: the user never edited it; the newer file's value is an update.
// - otherwise S is the user's own (edited since, or typed in before any import): a conflict,
//   kept as stored unless the user chooses the file's value for that field in the preview.
// List fields (emails, phones, links, tags, expertise) only gain entries that are in the file but
// neither stored nor recorded, so an entry the user removed is not brought back. A stored
// phone or e-mail without a label takes the file's label for it, unless the file gave that
// label before (then the user took it away); a label the stored entry has is kept. A person
// whose lists would then pass their limit (domain/field-limits.ts) is left out of the plan,
// named in its skipped items, and the stored person stays as they are.
import { emptyDerived, nameOf, searchTextOf, sortNameOf } from '../domain/contact';
import { emptyContactInput, normalizeContactInput } from '../domain/contact-validation';
import { limitProblemOf, type LimitedValues, type LimitProblem } from '../domain/field-limits';
import {
  emailKeysOf,
  nameOrgKeysOf,
  sourceKeyOf,
  sourceKeysOf,
  type KeyedPerson,
} from '../domain/person-keys';
import { hasSameLabel, isLabelled, unionOfEntries } from '../domain/labelled-value';
import type {
  Affiliation,
  Contact,
  EpochMs,
  Id,
  ImportedValues,
  LabelledValue,
  Source,
  Tier,
} from '../domain/types';
import type { ContactInput } from '../domain/contact-validation';
import type { ImportedPerson, ImportPlace, ParsedImport, SkippedItem } from './import-types';
import {
  cleanPerson,
  combinePeople,
  ENTRY_FIELDS,
  importedValuesOf,
  incomingValue,
  isSameImportedValues,
  isSameValue,
  listKeyOf,
  listOf,
  TEXT_FIELDS,
  TEXT_LIST_FIELDS,
  type EntryField,
  type FieldValue,
  type TextListField,
  type ListField,
  type MergeField,
} from './merge-fields';
import { limitSkip } from './person-draft';

export type { FieldValue, ListField, MergeField };

export type MatchRule = 'source-key' | 'email' | 'name-org';

/** One field of a stored person and what the file says for it. */
export type FieldDifference = {
  field: MergeField;
  /** undefined for a fill: the stored field is empty. */
  stored: FieldValue | undefined;
  incoming: FieldValue;
};

/** Entries a file adds to a list; for phones and e-mails also labels it gives to known ones. */
export type ListAddition =
  { field: TextListField; values: string[] } | { field: EntryField; values: LabelledValue[] };

/** A person to create, without id, stamps or derived fields (db/writes/imports.ts adds them). */
export type ImportedContactDraft = ContactInput &
  Pick<Contact, 'links' | 'source'> & {
    sourceKey?: string | undefined;
    connectedOn?: string | undefined;
    importedValues: ImportedValues;
  };

export type PlannedPerson = {
  draft: ImportedContactDraft;
  name: string;
  /** The rows or cards of the file this person comes from (more than one when repeated). */
  places: ImportPlace[];
};

export type PlannedMatch = {
  contactId: Id;
  /** The stored person's name, for the preview. */
  name: string;
  rule: MatchRule;
  places: ImportPlace[];
  /** When the stored person was last changed: confirming refuses if it changed since. */
  storedUpdatedAt: EpochMs;
  /** Empty fields the file fills. */
  fills: FieldDifference[];
  /** Fields still as a previous import left them, which the newer file changes. */
  updates: FieldDifference[];
  additions: ListAddition[];
  /** Fields the user has set differently: kept unless chosen per field in the preview. */
  conflicts: FieldDifference[];
  /** The record of what the file says, stored on the person (see the module comment). */
  importedValues: ImportedValues;
  /** The import's key, given when the stored person has none yet. */
  sourceKey?: string | undefined;
  /** False when confirming would not change the stored person at all (same file again). */
  isChanged: boolean;
};

/** A row of the file combined into an earlier row because they are the same person. */
export type InFileDuplicate = { place: ImportPlace; sameAs: ImportPlace; rule: MatchRule };

export type ImportPlan = {
  format: ParsedImport['format'];
  source: ParsedImport['source'];
  newPeople: PlannedPerson[];
  matches: PlannedMatch[];
  duplicates: InFileDuplicate[];
  skipped: SkippedItem[];
  /** How many stored people (deleted ones too) the plan was made against. */
  basis: { contactCount: number };
};

export type ImportPlanOptions = {
  /** Tier of new people; a bulk import is mostly people one does not meet often. */
  tier?: Tier | undefined;
  affiliation?: Affiliation | undefined;
};

/**
 * How close the people an import adds are, chosen for all of them at once in the preview:
 * one tier, and whether to keep in touch at all. `keepInTouch: false` adds them with no
 * cadence ("none of them for now"); the tier still places them in the network.
 */
export type NewPeopleSetup = { tier: Tier; keepInTouch: boolean };

/**
 * What the user chose in the preview: the fields per stored person where they took the
 * file's value over their own, and how the new people are set up (absent: as planned).
 */
export type ImportChoices = {
  takeFromFile?: Readonly<Record<Id, readonly MergeField[]>> | undefined;
  newPeople?: NewPeopleSetup | undefined;
};

/**
 * The tier the preview offers first: a file is mostly people one sees now and then, and Wide
 * (every 180 days by default) brings them to the weekly list within the year, where
 * Acquaintance would leave a new user's list empty for a year.
 */
export const DEFAULT_IMPORT_TIER: Tier = 'wide';

/** A planned new person with the user's choice for all new people applied. */
export function draftWithSetup(
  draft: ImportedContactDraft,
  setup: NewPeopleSetup,
): ImportedContactDraft {
  const chosen: ImportedContactDraft = { ...draft, tier: setup.tier, cadenceDays: null };
  // Keeping in touch follows the tier's cadence: no cadence of their own at all.
  if (setup.keepInTouch) delete chosen.cadenceDays;
  return chosen;
}

type Cluster = {
  rows: ImportedPerson[];
  target: Contact | undefined;
  rule: MatchRule | undefined;
};

type KeyKinds = readonly [MatchRule, string[]][];

function keysOf(person: KeyedPerson): KeyKinds {
  return [
    ['source-key', sourceKeysOf(person)],
    ['email', emailKeysOf(person)],
    ['name-org', nameOrgKeysOf(person)],
  ];
}

/**
 * A stored person's keys: their own, and their Ties id as an import key, since Ties' vCard
 * export writes the id as the UID of a person who has no UID of their own.
 */
function storedKeysOf(contact: Contact): KeyKinds {
  const idKey = sourceKeyOf(contact.id);
  return keysOf(contact).map(([rule, keys]): [MatchRule, string[]] => [
    rule,
    rule === 'source-key' && idKey !== undefined ? [...keys, idKey] : keys,
  ]);
}

/** Stored people by each key; the first person listed wins a shared key. */
class StoredIndex {
  private readonly byKey = new Map<string, Contact>();

  constructor(existing: readonly Contact[]) {
    for (const contact of existing) {
      if (contact.deletedAt !== undefined) continue;
      for (const [rule, keys] of storedKeysOf(contact)) {
        for (const key of keys) {
          const mapKey = `${rule}:${key}`;
          if (!this.byKey.has(mapKey)) this.byKey.set(mapKey, contact);
        }
      }
    }
  }

  find(keys: KeyKinds): { contact: Contact; rule: MatchRule } | undefined {
    for (const [rule, list] of keys) {
      for (const key of list) {
        const contact = this.byKey.get(`${rule}:${key}`);
        if (contact) return { contact, rule };
      }
    }
    return undefined;
  }
}

/** Groups the file's rows into people: each stored person matched, or a new one. */
function clusterRows(people: readonly ImportedPerson[], existing: readonly Contact[]) {
  const stored = new StoredIndex(existing);
  const clusterOfContact = new Map<Id, Cluster>();
  const clusterOfKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const duplicates: InFileDuplicate[] = [];

  const findInFile = (keys: KeyKinds) => {
    for (const [rule, list] of keys) {
      for (const key of list) {
        const cluster = clusterOfKey.get(`${rule}:${key}`);
        if (cluster) return { cluster, rule };
      }
    }
    return undefined;
  };

  for (const person of people) {
    const keys = keysOf(person);
    const match = stored.find(keys);
    let cluster = match ? clusterOfContact.get(match.contact.id) : undefined;
    let rule = match?.rule;
    if (match && !cluster) {
      cluster = { rows: [], target: match.contact, rule: match.rule };
      clusterOfContact.set(match.contact.id, cluster);
      clusters.push(cluster);
    } else if (!match) {
      const earlier = findInFile(keys);
      cluster = earlier?.cluster;
      rule = earlier?.rule;
    }
    if (!cluster) {
      cluster = { rows: [], target: undefined, rule: undefined };
      clusters.push(cluster);
    } else if (cluster.rows[0] && rule) {
      duplicates.push({ place: person.place, sameAs: cluster.rows[0].place, rule });
    }
    cluster.rows.push(person);
    for (const [kind, list] of keys) {
      for (const key of list) {
        const mapKey = `${kind}:${key}`;
        if (!clusterOfKey.has(mapKey)) clusterOfKey.set(mapKey, cluster);
      }
    }
  }
  return { clusters, duplicates };
}

function plannedPerson(
  person: ImportedPerson,
  places: ImportPlace[],
  source: Source,
  options: ImportPlanOptions,
): PlannedPerson {
  // A shown name that only repeats given + family name would go stale when one is edited.
  const composed = nameOf({ ...person, displayName: '' });
  const displayName = isSameValue('displayName', person.displayName, composed)
    ? ''
    : person.displayName;
  const input = normalizeContactInput({
    ...emptyContactInput(),
    givenName: person.givenName,
    familyName: person.familyName,
    displayName,
    organisation: person.organisation,
    role: person.role,
    emails: person.emails,
    phones: person.phones,
    linkedInUrl: person.linkedInUrl,
    location: person.location,
    birthday: person.birthday,
    tags: person.tags,
    expertise: [...listOf(person, 'expertise')],
    notes: person.notes,
    howWeMet: person.howWeMet ?? '',
    nextTimeNote: person.nextTimeNote ?? '',
    tier: options.tier ?? DEFAULT_IMPORT_TIER,
    affiliation: options.affiliation ?? 'external',
  });
  const draft: ImportedContactDraft = {
    ...input,
    links: [...person.links],
    source,
    sourceKey: person.sourceKey,
    connectedOn: person.connectedOn,
    importedValues: importedValuesOf(person),
  };
  return { draft, name: nameOf(input), places };
}

function storedValue(contact: Contact, field: MergeField): FieldValue | undefined {
  if (field === 'birthday') return contact.birthday;
  const value = contact[field] ?? '';
  return value === '' ? undefined : value;
}

function recordedValue(values: ImportedValues, field: MergeField): FieldValue | undefined {
  return field === 'birthday' ? values.birthday : values[field];
}

type FieldOutcome = 'none' | 'fill' | 'update' | 'conflict';

function outcomeOf(
  contact: Contact,
  field: MergeField,
  stored: FieldValue | undefined,
  incoming: FieldValue,
  recorded: FieldValue | undefined,
): FieldOutcome {
  if (stored !== undefined && isSameValue(field, stored, incoming)) return 'none';
  if (recorded !== undefined && isSameValue(field, recorded, incoming)) return 'none';
  if (field === 'displayName' && stored === undefined) {
    // An empty shown name already reads as given + family name.
    if (isSameValue(field, nameOf(contact), incoming)) return 'none';
  }
  if (stored === undefined) return 'fill';
  if (recorded !== undefined && isSameValue(field, stored, recorded)) return 'update';
  return 'conflict';
}

function plannedMatch(
  contact: Contact,
  rule: MatchRule,
  person: ImportedPerson,
  places: ImportPlace[],
): PlannedMatch {
  const recorded = contact.importedValues ?? {};
  const fills: FieldDifference[] = [];
  const updates: FieldDifference[] = [];
  const conflicts: FieldDifference[] = [];
  const fields: MergeField[] = [...TEXT_FIELDS, 'birthday'];
  for (const field of fields) {
    const incoming = incomingValue(person, field);
    if (incoming === undefined) continue;
    const stored = storedValue(contact, field);
    const difference = { field, stored, incoming };
    switch (outcomeOf(contact, field, stored, incoming, recordedValue(recorded, field))) {
      case 'fill':
        fills.push(difference);
        break;
      case 'update':
        updates.push(difference);
        break;
      case 'conflict':
        conflicts.push(difference);
        break;
      case 'none':
        break;
    }
  }
  const additions = listAdditions(contact, person, recorded);
  const importedValues = { ...recorded, ...importedValuesOf(person) };
  const sourceKey = contact.sourceKey === undefined ? person.sourceKey : undefined;
  return {
    contactId: contact.id,
    name: nameOf(contact),
    rule,
    places,
    storedUpdatedAt: contact.updatedAt,
    fills,
    updates,
    additions,
    conflicts,
    importedValues,
    sourceKey,
    isChanged:
      fills.length + updates.length + additions.length + conflicts.length > 0 ||
      sourceKey !== undefined ||
      !isSameImportedValues(recorded, importedValues),
  };
}

function listAdditions(
  contact: Contact,
  person: ImportedPerson,
  recorded: ImportedValues,
): ListAddition[] {
  const additions: ListAddition[] = [];
  for (const field of ENTRY_FIELDS) {
    const values = entryAdditions(field, contact[field], recorded[field] ?? [], person[field]);
    if (values.length > 0) additions.push({ field, values });
  }
  for (const field of TEXT_LIST_FIELDS) {
    const known = new Set(
      [...contact[field], ...(recorded[field] ?? [])].map((value) => listKeyOf(field, value)),
    );
    const values = listOf(person, field).filter((value) => !known.has(listKeyOf(field, value)));
    if (values.length > 0) additions.push({ field, values });
  }
  return additions;
}

/**
 * The file's phones or e-mails that are new to the stored person (neither stored nor
 * recorded), and those that give a label to a stored one without it, unless the last
 * import gave that same label (the user removed it since).
 */
function entryAdditions(
  field: EntryField,
  stored: readonly LabelledValue[],
  recorded: readonly LabelledValue[],
  incoming: readonly LabelledValue[],
): LabelledValue[] {
  const keyOf = (entry: LabelledValue) => listKeyOf(field, entry.value);
  const storedByKey = new Map(stored.map((entry) => [keyOf(entry), entry]));
  const recordedByKey = new Map(recorded.map((entry) => [keyOf(entry), entry]));
  return incoming.filter((entry) => {
    const key = keyOf(entry);
    const known = storedByKey.get(key);
    const before = recordedByKey.get(key);
    if (known === undefined) return before === undefined;
    if (isLabelled(known) || !isLabelled(entry)) return false;
    return before === undefined || !hasSameLabel(before, entry);
  });
}

/**
 * What importing the parsed file would do against the stored people. `existing` must be
 * every stored person, deleted ones included (their count guards against confirming a plan
 * made before another write; see db/writes/imports.ts).
 */
export function planImport(
  parsed: ParsedImport,
  existing: readonly Contact[],
  options: ImportPlanOptions = {},
): ImportPlan {
  const people = parsed.people.map(cleanPerson);
  const { clusters, duplicates } = clusterRows(people, existing);
  const newPeople: PlannedPerson[] = [];
  const matches: PlannedMatch[] = [];
  const skipped = [...parsed.skipped];
  // Rows of one person, and a file's entries added to a stored person's, are checked
  // against the limits again: together their lists may hold more than one row could.
  const leaveOut = (places: readonly ImportPlace[], problem: LimitProblem) => {
    skipped.push(...places.map((place) => limitSkip(place, problem)));
  };
  for (const cluster of clusters) {
    const person = combinePeople(cluster.rows);
    const places = cluster.rows.map((row) => row.place);
    if (cluster.target && cluster.rule) {
      const match = plannedMatch(cluster.target, cluster.rule, person, places);
      const problem = limitProblemOf(listsAfter(cluster.target, match.additions));
      if (problem) leaveOut(places, problem);
      else matches.push(match);
    } else {
      const planned = plannedPerson(person, places, parsed.source, options);
      const problem = limitProblemOf(planned.draft);
      if (problem) leaveOut(places, problem);
      else newPeople.push(planned);
    }
  }
  return {
    format: parsed.format,
    source: parsed.source,
    newPeople,
    matches,
    duplicates,
    skipped,
    basis: { contactCount: existing.length },
  };
}

type EntryAddition = Extract<ListAddition, { values: LabelledValue[] }>;

function isEntryAddition(addition: ListAddition): addition is EntryAddition {
  return (ENTRY_FIELDS as readonly string[]).includes(addition.field);
}

/** The lists a stored person would have once the additions are made. */
function listsAfter(contact: Contact, additions: readonly ListAddition[]): LimitedValues {
  const lists: LimitedValues = {};
  for (const addition of additions) {
    if (isEntryAddition(addition)) {
      lists[addition.field] = entriesAfter(contact, addition.field, addition.values);
    } else {
      const { field, values } = addition;
      lists[field] = [...contact[field], ...values];
    }
  }
  return lists;
}

function entriesAfter(
  contact: Contact,
  field: EntryField,
  values: readonly LabelledValue[],
): LabelledValue[] {
  return unionOfEntries(contact[field], values, (value) => listKeyOf(field, value));
}

/**
 * Drops keys whose value is undefined, so absent fields stay absent (as JSON keeps them).
 * Copies key by key: entries and fromEntries cost an array per key for 10,000 people.
 */
function withoutUndefinedKeys<T extends object>(value: T): T {
  const defined: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) defined[key] = value[key];
  }
  // Only absent-versus-undefined differs, so the result is still a T.
  return defined as T;
}

/** A new person from a plan, with derived fields empty (the caller adds the next due time). */
export function newContactOf(draft: ImportedContactDraft, id: Id, now: EpochMs): Contact {
  return withoutUndefinedKeys<Contact>({
    ...draft,
    ...emptyDerived(),
    id,
    createdAt: now,
    updatedAt: now,
    isPaused: false,
    isArchived: false,
    sortName: sortNameOf(draft),
    searchText: searchTextOf(draft),
  });
}

function setField(contact: Contact, field: MergeField, value: FieldValue): void {
  if (field === 'birthday') {
    if (typeof value !== 'string') contact.birthday = { ...value };
  } else if (typeof value === 'string') {
    contact[field] = value;
  }
}

/**
 * The stored person with a planned match applied: fills, updates and list additions, the
 * conflicts the user chose the file for, the new record of imported values and the import's
 * key. Derived fields are untouched, and so are tier and cadence: the choice made for new
 * people in the preview is not theirs.
 */
export function mergedContactOf(
  contact: Contact,
  match: PlannedMatch,
  takeFromFile: readonly MergeField[],
  now: EpochMs,
): Contact {
  const merged: Contact = { ...contact, updatedAt: now, importedValues: match.importedValues };
  for (const { field, incoming } of [...match.fills, ...match.updates]) {
    setField(merged, field, incoming);
  }
  for (const { field, incoming } of match.conflicts) {
    if (takeFromFile.includes(field)) setField(merged, field, incoming);
  }
  for (const addition of match.additions) {
    if (isEntryAddition(addition)) {
      merged[addition.field] = entriesAfter(contact, addition.field, addition.values);
    } else {
      const { field, values } = addition;
      merged[field] = [...contact[field], ...values];
    }
  }
  if (match.sourceKey !== undefined && merged.sourceKey === undefined) {
    merged.sourceKey = match.sourceKey;
  }
  merged.sortName = sortNameOf(merged);
  merged.searchText = searchTextOf(merged);
  return merged;
}
