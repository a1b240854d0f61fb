// What the People screen's list reads of every person not deleted, packed into
// PEOPLE_ROW_SHARDS rows of the peopleRows table. Opening the list at 10,000 people used to
// read every full contact (notes, phones, e-mails, import records, …); IndexedDB's reading
// and the structured-clone decoding of those objects took most of the second the screen
// needed. A shard here is one string, one Float64Array and two small typed arrays, which
// structured-clone as block copies.
//
// - Only what a list row, its filters, its sorts and its search read is packed
//   (PeopleListPerson): names, role and organisation, the folded sort and search texts, the
//   tier, the fields a status and the give-and-take flags are computed from, archived and
//   paused. The person page and the form still read the full record.
// - All of a shard's texts are one string; `lengths` says where each text ends, so any
//   character a person typed survives (no separator to escape).
// - Deleted people are not packed: the list never shows them, and an undo of a delete is a
//   write that packs them again.
// - A person's shard comes from the same hash of their id as the week plan's (idHash in
//   shards.ts), so a write of one person rewrites one row, never the whole set. Why 16
//   shards: in Chromium, IndexedDB hands back a value under about 64 KB at some 13 MB/s on
//   this machine, and a larger one (kept apart, as a blob) about ten times faster. At
//   10,000 people, 64 rows of ~44 KB took 200 ms to read; 16 rows of ~176 KB, about 20 ms
//   (the same data, in one run; 50–70 ms on a cold start against 250–320). A single edit
//   rewrites one 176 KB row, some 5 ms.
// - The rows are derived data: never backed up (not in DATA_TABLES); they can always be
//   rebuilt from the contacts (packPeopleRows). peopleRowsMiddleware keeps them true in the
//   same transaction as every contacts write, through any write path; a shard that is
//   missing or of another format makes it rebuild them all, and a reader that finds one
//   rebuilds them (rebuildPeopleRows).
import { TIERS, type Contact, type Id } from '../../domain/types';
import { idHash, type ShardedLayout } from './shards';

/** Number of shard rows; the week plan's divides it, so each of these lies in one of those. */
export const PEOPLE_ROW_SHARDS = 16;
/** Bumped whenever the packed layout changes: rows of another format are rebuilt. */
export const PEOPLE_ROWS_FORMAT = 2;

/** The person's shard row: their id's hash (as the week plan's shards), modulo the count. */
export function peopleShardOf(id: Id): number {
  return idHash(id) % PEOPLE_ROW_SHARDS;
}
export const PEOPLE_ROWS_TABLE = 'peopleRows';

/** What the People list reads of a person: its rows, filters, sorts and search. */
export type PeopleListPerson = Pick<
  Contact,
  | 'id'
  | 'displayName'
  | 'givenName'
  | 'familyName'
  | 'organisation'
  | 'role'
  | 'sortName'
  | 'searchText'
  | 'isArchived'
  | 'isPaused'
  | 'createdAt'
  | 'lastTouchAt'
  | 'touchCount'
  | 'tier'
  | 'cadenceDays'
  | 'gave'
  | 'received'
  | 'initiative'
>;

export type PeopleRowsShard = {
  /** The shard, 0 … PEOPLE_ROW_SHARDS − 1. */
  id: number;
  format: number;
  /** Number of people packed in this shard. */
  count: number;
  /** TEXT_FIELDS texts per person, one after the other. */
  text: string;
  /** The length of each of those texts, in the same order. */
  lengths: Uint32Array;
  /** NUMBER_FIELDS numbers per person (NaN = absent). */
  numbers: Float64Array;
  /** CODE_FIELDS bytes per person. */
  codes: Uint8Array;
};

const TEXT_FIELDS = 8;

// Offsets in a person's numbers.
const CREATED_AT = 0;
const LAST_TOUCH_AT = 1;
const TOUCH_COUNT = 2;
const CADENCE_DAYS = 3;
const GAVE_VALUE = 4;
const GAVE_AT = 5;
const RECEIVED_VALUE = 6;
const RECEIVED_AT = 7;
const INITIATIVE_ME = 8;
const INITIATIVE_THEM = 9;
const INITIATIVE_UNKNOWN = 10;
const NUMBER_FIELDS = 11;

// Offsets in a person's codes.
const FLAGS = 0;
const TIER = 1;
const CODE_FIELDS = 2;

const IS_ARCHIVED = 1;
const IS_PAUSED = 2;
/** cadenceDays is null ("no cadence"); without this flag a NaN number means undefined. */
const HAS_NO_CADENCE = 4;

/** Exactly the fields the People list reads, copied from a stored contact. */
export function peopleListPersonOf(contact: PeopleListPerson): PeopleListPerson {
  return {
    id: contact.id,
    displayName: contact.displayName,
    givenName: contact.givenName,
    familyName: contact.familyName,
    organisation: contact.organisation,
    role: contact.role,
    sortName: contact.sortName,
    searchText: contact.searchText,
    isArchived: contact.isArchived,
    isPaused: contact.isPaused,
    createdAt: contact.createdAt,
    lastTouchAt: contact.lastTouchAt,
    touchCount: contact.touchCount,
    tier: contact.tier,
    cadenceDays: contact.cadenceDays,
    gave: { value: contact.gave.value, at: contact.gave.at },
    received: { value: contact.received.value, at: contact.received.at },
    initiative: {
      me: contact.initiative.me,
      them: contact.initiative.them,
      unknown: contact.initiative.unknown,
    },
  };
}

const numberOrNaN = (value: number | null | undefined): number => value ?? Number.NaN;
const numberOrUndefined = (value: number): number | undefined =>
  Number.isNaN(value) ? undefined : value;

/**
 * One person as their shard row holds them. A write repacks every person of the shards it
 * touches (an import's chunk touches them all), so each person is packed once, when
 * written, and a row is then only these pieces put one after the other.
 */
type PackedPerson = {
  /** The person's TEXT_FIELDS texts, one after the other. */
  text: string;
  lengths: readonly number[];
  numbers: readonly number[];
  flags: number;
  tier: number;
};

function packedPersonOf(person: PeopleListPerson): PackedPerson {
  const texts = [
    person.id,
    person.displayName,
    person.givenName,
    person.familyName,
    person.organisation,
    person.role,
    person.sortName,
    person.searchText,
  ];
  const tier = TIERS.indexOf(person.tier);
  if (tier < 0) throw new Error(`Cannot pack the unknown tier ${person.tier}`);
  const numbers: number[] = [];
  numbers[CREATED_AT] = person.createdAt;
  numbers[LAST_TOUCH_AT] = numberOrNaN(person.lastTouchAt);
  numbers[TOUCH_COUNT] = person.touchCount;
  numbers[CADENCE_DAYS] = numberOrNaN(person.cadenceDays);
  numbers[GAVE_VALUE] = person.gave.value;
  numbers[GAVE_AT] = person.gave.at;
  numbers[RECEIVED_VALUE] = person.received.value;
  numbers[RECEIVED_AT] = person.received.at;
  numbers[INITIATIVE_ME] = person.initiative.me;
  numbers[INITIATIVE_THEM] = person.initiative.them;
  numbers[INITIATIVE_UNKNOWN] = person.initiative.unknown;
  return {
    text: texts.join(''),
    lengths: texts.map((text) => text.length),
    numbers,
    flags:
      (person.isArchived ? IS_ARCHIVED : 0) |
      (person.isPaused ? IS_PAUSED : 0) |
      (person.cadenceDays === null ? HAS_NO_CADENCE : 0),
    tier,
  };
}

/** One shard's people, packed into its row. */
function rowOf(shard: number, people: Iterable<PackedPerson>): PeopleRowsShard {
  const list = [...people];
  const count = list.length;
  const lengths = new Uint32Array(count * TEXT_FIELDS);
  const numbers = new Float64Array(count * NUMBER_FIELDS);
  const codes = new Uint8Array(count * CODE_FIELDS);
  list.forEach((person, slot) => {
    lengths.set(person.lengths, slot * TEXT_FIELDS);
    numbers.set(person.numbers, slot * NUMBER_FIELDS);
    codes[slot * CODE_FIELDS + FLAGS] = person.flags;
    codes[slot * CODE_FIELDS + TIER] = person.tier;
  });
  return {
    id: shard,
    format: PEOPLE_ROWS_FORMAT,
    count,
    text: list.map((person) => person.text).join(''),
    lengths,
    numbers,
    codes,
  };
}

/** The row's layout holds together: its arrays' sizes, tiers and texts match its count. */
function isUsable(row: PeopleRowsShard | undefined): row is PeopleRowsShard {
  if (row?.format !== PEOPLE_ROWS_FORMAT) return false;
  const { count, text, lengths, numbers, codes } = row;
  if (lengths.length !== count * TEXT_FIELDS || numbers.length !== count * NUMBER_FIELDS) {
    return false;
  }
  if (codes.length !== count * CODE_FIELDS) return false;
  for (let slot = 0; slot < count; slot += 1) {
    if ((codes[slot * CODE_FIELDS + TIER] ?? TIERS.length) >= TIERS.length) return false;
  }
  let total = 0;
  for (const length of lengths) total += length;
  return total === text.length;
}

/** The people of one row, or undefined when it cannot be used (missing, other format). */
function peopleOfRow(row: PeopleRowsShard | undefined): PeopleListPerson[] | undefined {
  if (!isUsable(row)) return undefined;
  const { count, text, lengths, numbers, codes } = row;
  const people: PeopleListPerson[] = [];
  let at = 0;
  let field = 0;
  const next = (): string => {
    const end = at + (lengths[field] ?? 0);
    field += 1;
    const part = text.slice(at, end);
    at = end;
    return part;
  };
  for (let slot = 0; slot < count; slot += 1) {
    const n = slot * NUMBER_FIELDS;
    const number = (offset: number): number => numbers[n + offset] ?? Number.NaN;
    const flags = codes[slot * CODE_FIELDS + FLAGS] ?? 0;
    // isUsable has checked every tier code.
    const tier = TIERS[codes[slot * CODE_FIELDS + TIER] ?? 0] ?? 'wide';
    // The texts come back in the order packedPersonOf joined them.
    const id = next();
    const displayName = next();
    const givenName = next();
    const familyName = next();
    const organisation = next();
    const role = next();
    const sortName = next();
    const searchText = next();
    people.push({
      id,
      displayName,
      givenName,
      familyName,
      organisation,
      role,
      sortName,
      searchText,
      isArchived: (flags & IS_ARCHIVED) !== 0,
      isPaused: (flags & IS_PAUSED) !== 0,
      createdAt: number(CREATED_AT),
      lastTouchAt: numberOrUndefined(number(LAST_TOUCH_AT)),
      touchCount: number(TOUCH_COUNT),
      tier,
      cadenceDays: (flags & HAS_NO_CADENCE) !== 0 ? null : numberOrUndefined(number(CADENCE_DAYS)),
      gave: { value: number(GAVE_VALUE), at: number(GAVE_AT) },
      received: { value: number(RECEIVED_VALUE), at: number(RECEIVED_AT) },
      initiative: {
        me: number(INITIATIVE_ME),
        them: number(INITIATIVE_THEM),
        unknown: number(INITIATIVE_UNKNOWN),
      },
    });
  }
  return people;
}

/** One shard's people by id, editable in memory while a transaction's writes land. */
type EditableShard = Map<Id, PackedPerson>;

function editableShardOf(row: PeopleRowsShard | undefined): EditableShard | undefined {
  if (!isUsable(row)) return undefined;
  const { count, text, lengths, numbers, codes } = row;
  const shard: EditableShard = new Map();
  let at = 0;
  for (let slot = 0; slot < count; slot += 1) {
    const personLengths = Array.from(
      lengths.subarray(slot * TEXT_FIELDS, (slot + 1) * TEXT_FIELDS),
    );
    let length = 0;
    for (const part of personLengths) length += part;
    const personText = text.slice(at, at + length);
    at += length;
    shard.set(personText.slice(0, personLengths[0]), {
      text: personText,
      lengths: personLengths,
      numbers: Array.from(numbers.subarray(slot * NUMBER_FIELDS, (slot + 1) * NUMBER_FIELDS)),
      flags: codes[slot * CODE_FIELDS + FLAGS] ?? 0,
      tier: codes[slot * CODE_FIELDS + TIER] ?? 0,
    });
  }
  return shard;
}

/** Packs the person, or leaves them out when deleted. */
function setIn(shard: EditableShard, contact: Contact): void {
  if (contact.deletedAt === undefined)
    shard.set(contact.id, packedPersonOf(peopleListPersonOf(contact)));
  else shard.delete(contact.id);
}

function packShards(contacts: readonly Contact[]): EditableShard[] {
  const shards = Array.from({ length: PEOPLE_ROW_SHARDS }, (): EditableShard => new Map());
  for (const contact of contacts) {
    const shard = shards[peopleShardOf(contact.id)];
    if (shard) setIn(shard, contact);
  }
  return shards;
}

/** Every shard row (empty shards included) rebuilt from these contacts. */
export function packPeopleRows(contacts: readonly Contact[]): PeopleRowsShard[] {
  return packShards(contacts).map((shard, index) => rowOf(index, shard.values()));
}

/**
 * Everyone not deleted, in no particular order, from all the shard rows; undefined when a
 * shard is missing or of another format (then rebuild them all).
 */
export function peopleOfRows(rows: readonly PeopleRowsShard[]): PeopleListPerson[] | undefined {
  if (rows.length !== PEOPLE_ROW_SHARDS) return undefined;
  const people: PeopleListPerson[] = [];
  for (const [index, row] of rows.entries()) {
    // peopleRows is keyed by shard number, so rows come back in shard order.
    if (row.id !== index) return undefined;
    const shard = peopleOfRow(row);
    if (!shard) return undefined;
    for (const person of shard) people.push(person);
  }
  return people;
}

/** The People list's rows as the middleware that keeps them true sees them. */
export const PEOPLE_ROWS_LAYOUT: ShardedLayout<EditableShard> = {
  name: 'peopleRows',
  tables: [PEOPLE_ROWS_TABLE],
  shardCount: PEOPLE_ROW_SHARDS,
  shardOf: peopleShardOf,
  packAll: packShards,
  fromRow: (row, shard) => {
    const editable = editableShardOf(row as PeopleRowsShard | undefined);
    return editable && (row as PeopleRowsShard).id === shard ? editable : undefined;
  },
  set: setIn,
  remove(shard, id) {
    shard.delete(id);
  },
  rowsOf: (shard, index) => [rowOf(index, shard.values())],
};
