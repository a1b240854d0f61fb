// The week plan's inputs for every person, packed into PLAN_INPUT_SHARDS rows of the
// planInputs table, so making the plan reads a few hundred KB of typed arrays instead of
// every contact (10,000 people ≈ 10 MB of objects, whose structured-clone deserialisation
// alone costs far more than the ranking).
//
// - Only what makeWeekPlan reads from a person (WeekPlanContact) is packed, nothing else.
//   Numbers go in one Float64Array (NaN = absent), small enums and flags in a Uint8Array,
//   ids in a string[], expertise as codes into one list of distinct labels. A person is a
//   slot (an index) in the shard their id hashes to; slots are not stable across writes.
//   Typed arrays structured-clone as a block copy.
// - Why shards: a write changes one person, so it rewrites only their shard, not the whole
//   set (≈ 420 KB for 10,000 people). Why 16: in Chromium, IndexedDB hands back values at a
//   cost per record and per byte (some 13 MB/s on this machine below about 64 KB; a larger
//   value is kept apart, as a blob, and read faster but written slower). Measured at 10,000
//   people (bench/this-week.mjs): 64 shards of ≈ 6.5 KB took 102 ms to read; 16 of ≈ 26 KB,
//   33 ms, with a save as fast as before (32 ms at the median); 4 of ≈ 105 KB, 20 ms, but a
//   save took 58 ms, each one repacking and writing a blob of a quarter of everyone.
// - The rows are derived data: never backed up (not in DATA_TABLES), and they can always
//   be rebuilt from the contacts (packPlanInputs).
// - They are kept true by planInputsMiddleware: every mutation of the contacts table,
//   through any write path, updates the shards it touches in the same transaction. A
//   reader that finds a shard missing or of another format rebuilds them all
//   (ensureWeekPlan does, in its read-write transaction).
import { Dexie } from 'dexie';
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  Middleware,
} from 'dexie';
import { dayKeyOf, dayNumberOfKey, type WeekPlanContact } from '../domain/tie-health';
import {
  INTERACTION_KINDS,
  TIERS,
  type Birthday,
  type Contact,
  type Id,
  type InteractionKind,
  type Source,
} from '../domain/types';

/** Number of shard rows; a person's shard is a hash of their id (shardOf). */
export const PLAN_INPUT_SHARDS = 16;
/** Bumped whenever the packed layout changes: rows of another format are rebuilt. */
export const PLAN_INPUTS_FORMAT = 4;

export type PlanInputsRow = {
  /** The shard, 0 … PLAN_INPUT_SHARDS − 1. */
  id: number;
  format: number;
  /** Number of people packed in this shard. */
  count: number;
  ids: Id[];
  /** NUMBER_FIELDS numbers per person, in the order of `ids`. */
  numbers: Float64Array;
  /** CODE_FIELDS bytes per person, in the order of `ids`. */
  codes: Uint8Array;
  /** The distinct expertise labels; people refer to them by index. */
  expertiseLabels: string[];
  /** How many labels each person has, in the order of `ids`. */
  expertiseCounts: Uint32Array;
  /** Every person's label indexes, one after the other, in the order of `ids`. */
  expertiseCodes: Uint32Array;
};

/**
 * What This week's side figures read of the people of one shard who are not deleted (see
 * readWeekStats): kept beside the shard by the same middleware, so the figures, which are
 * read again after every save, never deserialise the shards' ids and expertise.
 */
export type PlanStatsRow = {
  /** The shard, 0 … PLAN_INPUT_SHARDS − 1. */
  id: number;
  format: number;
  count: number;
  /** STAT_FIELDS numbers per person: createdAt, gave value and time, received value and time. */
  numbers: Float64Array;
  /** Each person's source, as an index into SOURCES. */
  sources: Uint8Array;
};

/** One person's side-figure inputs, as readWeekStats needs them. */
export type PlanStatsPerson = Pick<Contact, 'createdAt' | 'source' | 'gave' | 'received'>;

const STAT_FIELDS = 5;

// Offsets in a person's numbers.
const CREATED_AT = 0;
const DELETED_AT = 1;
const LAST_TOUCH_AT = 2;
const TOUCH_COUNT = 3;
const CADENCE_DAYS = 4;
const STRENGTH_VALUE = 5;
const STRENGTH_AT = 6;
const GAVE_VALUE = 7;
const GAVE_AT = 8;
const RECEIVED_VALUE = 9;
const RECEIVED_AT = 10;
/** NaN when there is no birthday. */
const BIRTH_MONTH = 11;
const BIRTH_DAY = 12;
/** NaN when the birthday has no year. */
const BIRTH_YEAR = 13;
/** The day number of connectedOn (domain/tie-health/zone-days.ts); NaN without one. */
const CONNECTED_DAY = 14;
const NUMBER_FIELDS = 15;

// Offsets in a person's codes.
const FLAGS = 0;
const TIER = 1;
const SOURCE = 2;
const LAST_TOUCH_KIND = 3;
const CODE_FIELDS = 4;

const IS_ARCHIVED = 1;
const IS_PAUSED = 2;
/** cadenceDays is null ("no cadence"); without this flag a NaN number means undefined. */
const HAS_NO_CADENCE = 4;
/** Code of an absent lastTouchKind. */
const NO_KIND = 255;

const SOURCES: readonly Source[] = [
  'manual',
  'demo',
  'linkedin',
  'vcard',
  'google',
  'contact-picker',
];

function codeOf<T>(list: readonly T[], value: T): number {
  const index = list.indexOf(value);
  if (index < 0) throw new Error(`Cannot pack the unknown value ${String(value)}`);
  return index;
}

function valueAt<T>(list: readonly T[], code: number): T {
  const value = list[code];
  if (value === undefined) throw new Error(`Cannot unpack the unknown code ${code}`);
  return value;
}

const numberOrNaN = (value: number | undefined): number => value ?? Number.NaN;
const numberOrUndefined = (value: number): number | undefined =>
  Number.isNaN(value) ? undefined : value;

/**
 * connectedOn as the plan can read it: a real 'YYYY-MM-DD' day, else absent (a backup may
 * carry any text there, and the packed rows keep only a day number).
 */
function connectedOnOf(connectedOn: string | undefined): string | undefined {
  return connectedOn !== undefined && dayNumberOfKey(connectedOn) !== undefined
    ? connectedOn
    : undefined;
}

/** Exactly the fields makeWeekPlan reads, taken from a stored contact. */
export function planContactOf(contact: WeekPlanContact): WeekPlanContact {
  return {
    id: contact.id,
    deletedAt: contact.deletedAt,
    isArchived: contact.isArchived,
    isPaused: contact.isPaused,
    createdAt: contact.createdAt,
    source: contact.source,
    lastTouchAt: contact.lastTouchAt,
    lastTouchKind: contact.lastTouchKind,
    touchCount: contact.touchCount,
    tier: contact.tier,
    cadenceDays: contact.cadenceDays,
    strength: { value: contact.strength.value, at: contact.strength.at },
    gave: { value: contact.gave.value, at: contact.gave.at },
    received: { value: contact.received.value, at: contact.received.at },
    birthday: contact.birthday,
    expertise: contact.expertise,
    connectedOn: connectedOnOf(contact.connectedOn),
  };
}

/**
 * The 'YYYY-MM-DD' of packed connection days, each formatted once per read: thousands of
 * LinkedIn connections share a few hundred days.
 */
type DayKeys = Map<number, string>;

function connectedOnOfDay(day: number, keys: DayKeys): string | undefined {
  if (Number.isNaN(day)) return undefined;
  let key = keys.get(day);
  if (key === undefined) {
    key = dayKeyOf(day);
    keys.set(day, key);
  }
  return key;
}

function birthdayOf(month: number, day: number, year: number): Birthday | undefined {
  if (Number.isNaN(month)) return undefined;
  return Number.isNaN(year) ? { month, day } : { month, day, year };
}

function packedExpertise(
  expertise: readonly string[][],
): Pick<PlanInputsRow, 'expertiseLabels' | 'expertiseCounts' | 'expertiseCodes'> {
  const codeOfLabel = new Map<string, number>();
  const counts = new Uint32Array(expertise.length);
  let total = 0;
  for (const labels of expertise) total += labels.length;
  const codes = new Uint32Array(total);
  let next = 0;
  expertise.forEach((labels, slot) => {
    counts[slot] = labels.length;
    for (const label of labels) {
      let code = codeOfLabel.get(label);
      if (code === undefined) {
        code = codeOfLabel.size;
        codeOfLabel.set(label, code);
      }
      codes[next] = code;
      next += 1;
    }
  });
  return {
    expertiseLabels: [...codeOfLabel.keys()],
    expertiseCounts: counts,
    expertiseCodes: codes,
  };
}

/** The packed inputs, editable in memory: set and remove people, then write toRow(). */
export class PackedPlanInputs {
  private ids: Id[];
  /** Slot of each id; made on the first set or remove (reading the plan needs none). */
  private slotsOfIds: Map<Id, number> | undefined;
  private numbers: Float64Array;
  private codes: Uint8Array;
  /** Each slot's expertise, parallel to `ids`. */
  private readonly expertise: string[][];

  private constructor(ids: Id[], numbers: Float64Array, codes: Uint8Array, expertise: string[][]) {
    this.ids = ids;
    this.numbers = numbers;
    this.codes = codes;
    this.expertise = expertise;
  }

  static empty(): PackedPlanInputs {
    return new PackedPlanInputs([], new Float64Array(0), new Uint8Array(0), []);
  }

  /** The row's content, or undefined when it cannot be used (missing, other format). */
  static fromRow(row: PlanInputsRow | undefined): PackedPlanInputs | undefined {
    if (row?.format !== PLAN_INPUTS_FORMAT || row.ids.length !== row.count) return undefined;
    const { count, expertiseCounts, expertiseCodes, expertiseLabels } = row;
    if (row.numbers.length < count * NUMBER_FIELDS) return undefined;
    if (row.codes.length < count * CODE_FIELDS) return undefined;
    if (expertiseCounts.length !== count) return undefined;
    const expertise: string[][] = [];
    let next = 0;
    for (let slot = 0; slot < count; slot += 1) {
      const labels: string[] = [];
      const end = next + (expertiseCounts[slot] ?? 0);
      for (; next < end; next += 1) {
        const label = expertiseLabels[expertiseCodes[next] ?? -1];
        if (label === undefined) return undefined;
        labels.push(label);
      }
      expertise.push(labels);
    }
    if (next !== expertiseCodes.length) return undefined;
    return new PackedPlanInputs([...row.ids], row.numbers, row.codes, expertise);
  }

  static of(contacts: readonly WeekPlanContact[]): PackedPlanInputs {
    const packed = PackedPlanInputs.empty();
    packed.reserve(contacts.length);
    for (const contact of contacts) packed.set(contact);
    return packed;
  }

  private get slots(): Map<Id, number> {
    this.slotsOfIds ??= new Map(this.ids.map((id, slot) => [id, slot]));
    return this.slotsOfIds;
  }

  get count(): number {
    return this.ids.length;
  }

  private reserve(count: number): void {
    if (this.numbers.length >= count * NUMBER_FIELDS) return;
    const capacity = Math.max(count, Math.ceil(this.ids.length * 1.5), 16);
    const numbers = new Float64Array(capacity * NUMBER_FIELDS);
    numbers.set(this.numbers.subarray(0, this.ids.length * NUMBER_FIELDS));
    const codes = new Uint8Array(capacity * CODE_FIELDS);
    codes.set(this.codes.subarray(0, this.ids.length * CODE_FIELDS));
    this.numbers = numbers;
    this.codes = codes;
  }

  /** Adds the person, or replaces what is packed for them. */
  set(contact: WeekPlanContact): void {
    let slot = this.slots.get(contact.id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.reserve(slot + 1);
      this.ids.push(contact.id);
      this.slots.set(contact.id, slot);
    }
    const n = slot * NUMBER_FIELDS;
    const numbers = this.numbers;
    numbers[n + CREATED_AT] = contact.createdAt;
    numbers[n + DELETED_AT] = numberOrNaN(contact.deletedAt);
    numbers[n + LAST_TOUCH_AT] = numberOrNaN(contact.lastTouchAt);
    numbers[n + TOUCH_COUNT] = contact.touchCount;
    numbers[n + CADENCE_DAYS] = numberOrNaN(contact.cadenceDays ?? undefined);
    numbers[n + STRENGTH_VALUE] = contact.strength.value;
    numbers[n + STRENGTH_AT] = contact.strength.at;
    numbers[n + GAVE_VALUE] = contact.gave.value;
    numbers[n + GAVE_AT] = contact.gave.at;
    numbers[n + RECEIVED_VALUE] = contact.received.value;
    numbers[n + RECEIVED_AT] = contact.received.at;
    numbers[n + BIRTH_MONTH] = numberOrNaN(contact.birthday?.month);
    numbers[n + BIRTH_DAY] = numberOrNaN(contact.birthday?.day);
    numbers[n + BIRTH_YEAR] = numberOrNaN(contact.birthday?.year);
    numbers[n + CONNECTED_DAY] = numberOrNaN(
      contact.connectedOn === undefined ? undefined : dayNumberOfKey(contact.connectedOn),
    );
    const c = slot * CODE_FIELDS;
    this.codes[c + FLAGS] =
      (contact.isArchived ? IS_ARCHIVED : 0) |
      (contact.isPaused ? IS_PAUSED : 0) |
      (contact.cadenceDays === null ? HAS_NO_CADENCE : 0);
    this.codes[c + TIER] = codeOf(TIERS, contact.tier);
    this.codes[c + SOURCE] = codeOf(SOURCES, contact.source);
    this.codes[c + LAST_TOUCH_KIND] =
      contact.lastTouchKind === undefined
        ? NO_KIND
        : codeOf(INTERACTION_KINDS, contact.lastTouchKind);
    this.expertise[slot] = [...contact.expertise];
  }

  /** Removes the person (a hard delete); the last person moves into their slot. */
  remove(id: Id): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const last = this.ids.length - 1;
    const lastId = this.ids[last] as Id;
    if (slot !== last) {
      this.numbers.copyWithin(
        slot * NUMBER_FIELDS,
        last * NUMBER_FIELDS,
        (last + 1) * NUMBER_FIELDS,
      );
      this.codes.copyWithin(slot * CODE_FIELDS, last * CODE_FIELDS, (last + 1) * CODE_FIELDS);
      this.ids[slot] = lastId;
      this.expertise[slot] = this.expertise[last] ?? [];
      this.slots.set(lastId, slot);
    }
    this.ids.pop();
    this.expertise.pop();
    this.slots.delete(id);
  }

  private isDeletedAt(slot: number): boolean {
    return !Number.isNaN(this.numbers[slot * NUMBER_FIELDS + DELETED_AT]);
  }

  private contactAt(slot: number, dayKeys: DayKeys): WeekPlanContact {
    const id = this.ids[slot] as Id;
    const n = slot * NUMBER_FIELDS;
    const c = slot * CODE_FIELDS;
    const numbers = this.numbers;
    const flags = this.codes[c + FLAGS] ?? 0;
    const kindCode = this.codes[c + LAST_TOUCH_KIND] ?? NO_KIND;
    const number = (offset: number): number => numbers[n + offset] ?? Number.NaN;
    return {
      id,
      deletedAt: numberOrUndefined(number(DELETED_AT)),
      isArchived: (flags & IS_ARCHIVED) !== 0,
      isPaused: (flags & IS_PAUSED) !== 0,
      createdAt: number(CREATED_AT),
      source: valueAt(SOURCES, this.codes[c + SOURCE] ?? -1),
      lastTouchAt: numberOrUndefined(number(LAST_TOUCH_AT)),
      lastTouchKind:
        kindCode === NO_KIND ? undefined : valueAt<InteractionKind>(INTERACTION_KINDS, kindCode),
      touchCount: number(TOUCH_COUNT),
      tier: valueAt(TIERS, this.codes[c + TIER] ?? -1),
      cadenceDays: (flags & HAS_NO_CADENCE) !== 0 ? null : numberOrUndefined(number(CADENCE_DAYS)),
      strength: { value: number(STRENGTH_VALUE), at: number(STRENGTH_AT) },
      gave: { value: number(GAVE_VALUE), at: number(GAVE_AT) },
      received: { value: number(RECEIVED_VALUE), at: number(RECEIVED_AT) },
      birthday: birthdayOf(number(BIRTH_MONTH), number(BIRTH_DAY), number(BIRTH_YEAR)),
      // Shared, not copied: set() replaces a person's list, it never changes one in place.
      expertise: this.expertise[slot] ?? [],
      connectedOn: connectedOnOfDay(number(CONNECTED_DAY), dayKeys),
    };
  }

  /** Every packed person, or only those not deleted. */
  contacts(options: { includeDeleted: boolean } = { includeDeleted: true }): WeekPlanContact[] {
    const contacts: WeekPlanContact[] = [];
    const dayKeys: DayKeys = new Map();
    for (let slot = 0; slot < this.ids.length; slot += 1) {
      if (!options.includeDeleted && this.isDeletedAt(slot)) continue;
      contacts.push(this.contactAt(slot, dayKeys));
    }
    return contacts;
  }

  /** The side figures' inputs of the people in this shard who are not deleted. */
  toStatsRow(shard: number): PlanStatsRow {
    const live: number[] = [];
    for (let slot = 0; slot < this.ids.length; slot += 1) {
      if (!this.isDeletedAt(slot)) live.push(slot);
    }
    const numbers = new Float64Array(live.length * STAT_FIELDS);
    const sources = new Uint8Array(live.length);
    live.forEach((slot, index) => {
      const n = slot * NUMBER_FIELDS;
      const out = index * STAT_FIELDS;
      numbers[out] = this.numbers[n + CREATED_AT] ?? Number.NaN;
      numbers[out + 1] = this.numbers[n + GAVE_VALUE] ?? Number.NaN;
      numbers[out + 2] = this.numbers[n + GAVE_AT] ?? Number.NaN;
      numbers[out + 3] = this.numbers[n + RECEIVED_VALUE] ?? Number.NaN;
      numbers[out + 4] = this.numbers[n + RECEIVED_AT] ?? Number.NaN;
      sources[index] = this.codes[slot * CODE_FIELDS + SOURCE] ?? 0;
    });
    return { id: shard, format: PLAN_INPUTS_FORMAT, count: live.length, numbers, sources };
  }

  toRow(shard: number): PlanInputsRow {
    const count = this.ids.length;
    return {
      id: shard,
      format: PLAN_INPUTS_FORMAT,
      count,
      ids: [...this.ids],
      // slice, not subarray: a view would clone its whole (over-allocated) buffer.
      numbers: this.numbers.slice(0, count * NUMBER_FIELDS),
      codes: this.codes.slice(0, count * CODE_FIELDS),
      ...packedExpertise(this.expertise),
    };
  }
}

/** FNV-1a of the id's UTF-16 code units: what every packed table's shards come from. */
export function idHash(id: Id): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard of a person: their id's hash, modulo the shard count. */
export function shardOf(id: Id): number {
  return idHash(id) % PLAN_INPUT_SHARDS;
}

/** Every shard (empty ones included) packed from these contacts. */
function packShards(contacts: readonly WeekPlanContact[]): PackedPlanInputs[] {
  const shards = Array.from({ length: PLAN_INPUT_SHARDS }, () => PackedPlanInputs.empty());
  for (const contact of contacts) shards[shardOf(contact.id)]?.set(contact);
  return shards;
}

/** Every shard row (empty shards included) rebuilt from these contacts. */
export function packPlanInputs(contacts: readonly WeekPlanContact[]): PlanInputsRow[] {
  return packShards(contacts).map((shard, index) => shard.toRow(index));
}

/** Every shard's row and side-figure row, rebuilt from these contacts. */
export function packPlanInputsAndStats(contacts: readonly WeekPlanContact[]): {
  rows: PlanInputsRow[];
  stats: PlanStatsRow[];
} {
  const shards = packShards(contacts);
  return {
    rows: shards.map((shard, index) => shard.toRow(index)),
    stats: shards.map((shard, index) => shard.toStatsRow(index)),
  };
}

/** The side figures' inputs of everyone not deleted, from all the shards' stats rows. */
export function planStatsPeople(rows: readonly PlanStatsRow[]): PlanStatsPerson[] | undefined {
  if (rows.length !== PLAN_INPUT_SHARDS) return undefined;
  const people: PlanStatsPerson[] = [];
  for (const [index, row] of rows.entries()) {
    if (row.id !== index || row.format !== PLAN_INPUTS_FORMAT) return undefined;
    if (row.numbers.length !== row.count * STAT_FIELDS || row.sources.length !== row.count) {
      return undefined;
    }
    for (let i = 0; i < row.count; i += 1) {
      const n = i * STAT_FIELDS;
      const number = (offset: number): number => row.numbers[n + offset] ?? Number.NaN;
      people.push({
        createdAt: number(0),
        gave: { value: number(1), at: number(2) },
        received: { value: number(3), at: number(4) },
        source: valueAt(SOURCES, row.sources[i] ?? -1),
      });
    }
  }
  return people;
}

/** The packed inputs of every person, read from all the shard rows. */
export class PlanInputs {
  private readonly shards: readonly PackedPlanInputs[];

  private constructor(shards: readonly PackedPlanInputs[]) {
    this.shards = shards;
  }

  /** Undefined when a shard is missing or of another format: then rebuild them all. */
  static fromRows(rows: readonly PlanInputsRow[]): PlanInputs | undefined {
    if (rows.length !== PLAN_INPUT_SHARDS) return undefined;
    const shards: PackedPlanInputs[] = [];
    for (const [index, row] of rows.entries()) {
      // planInputs is keyed by shard number, so rows come back in shard order.
      if (row.id !== index) return undefined;
      const shard = PackedPlanInputs.fromRow(row);
      if (!shard) return undefined;
      shards.push(shard);
    }
    return new PlanInputs(shards);
  }

  /** People packed, deleted ones included: contacts.count() when the rows are true. */
  get count(): number {
    let count = 0;
    for (const shard of this.shards) count += shard.count;
    return count;
  }

  contacts(options: { includeDeleted: boolean } = { includeDeleted: true }): WeekPlanContact[] {
    return this.shards.flatMap((shard) => shard.contacts(options));
  }
}

// ——— Keeping the rows true: a DBCore middleware on the contacts table ———

const CONTACTS = 'contacts';
export const PLAN_INPUTS_TABLE = 'planInputs';
export const PLAN_STATS_TABLE = 'planStats';

/** Every key: type 3 is DBCoreRangeType.Any, a const enum isolated modules cannot import. */
const ANY_RANGE = { type: 3, lower: undefined, upper: undefined } as unknown as DBCoreKeyRange;

function succeeded(res: DBCoreMutateResponse, index: number): boolean {
  return res.numFailures === 0 || !(index in res.failures);
}

/** The shards one transaction has read so far, changed in memory as its mutations land. */
type TransactionShards = Map<number, PackedPlanInputs>;

/**
 * Updates the packed rows in the same transaction as every mutation of contacts, whatever
 * wrote it (contacts.ts, derived.ts, the demo, an import). A read-write transaction over
 * contacts is widened to planInputs at the core level, where scopes are decided, so no
 * write path has to list the table. Within one transaction, mutations are applied in order
 * to in-memory shards, each read at most once; after each mutation only the shards it
 * touched are written. When a shard cannot be read, all of them are rebuilt from the
 * contacts. When the rows cannot be updated the transaction is aborted: contacts never
 * commit without them.
 */
export const planInputsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'planInputs',
  create(down: DBCore): Partial<DBCore> {
    // The stack is also made for an older schema while it is being upgraded.
    const names = new Set(down.schema.tables.map((table) => table.name));
    if (!names.has(PLAN_INPUTS_TABLE) || !names.has(PLAN_STATS_TABLE) || !names.has(CONTACTS)) {
      return down;
    }
    const pending = new WeakMap<object, Promise<TransactionShards>>();
    const started = new WeakSet<object>();
    const planTable = down.table(PLAN_INPUTS_TABLE);
    const statsTable = down.table(PLAN_STATS_TABLE);
    const contactsTable = down.table(CONTACTS);

    type Trans = DBCoreMutateRequest['trans'];

    /** Every shard rebuilt from the contacts as they are now (this mutation included). */
    async function rebuiltAll(trans: Trans): Promise<TransactionShards> {
      const { result } = await contactsTable.query({
        trans,
        values: true,
        query: { index: contactsTable.schema.primaryKey, range: ANY_RANGE },
      });
      const packed = packShards(result as Contact[]);
      // Rows of an older layout may have other ids: none may survive the rebuild.
      await planTable.mutate({ type: 'deleteRange', trans, range: ANY_RANGE });
      await statsTable.mutate({ type: 'deleteRange', trans, range: ANY_RANGE });
      await planTable.mutate({
        type: 'put',
        trans,
        values: packed.map((shard, index) => shard.toRow(index)),
      });
      await statsTable.mutate({
        type: 'put',
        trans,
        values: packed.map((shard, index) => shard.toStatsRow(index)),
      });
      return new Map<number, PackedPlanInputs>(packed.map((shard, index) => [index, shard]));
    }

    /** The shards a mutation changes: one per person id it writes or deletes. */
    function shardsTouchedBy(req: DBCoreMutateRequest): Set<number> {
      if (req.type === 'deleteRange') return new Set();
      const keys: Id[] =
        req.type === 'delete' ? (req.keys as Id[]) : (req.values as Contact[]).map((c) => c.id);
      return new Set(keys.map(shardOf));
    }

    type ShardRows = ReadonlyMap<number, PlanInputsRow | undefined>;

    /**
     * Reads these shards' rows. A Dexie promise, like every step here: code awaiting a
     * native promise at this level loses the transaction's zone, which the requests after it
     * need.
     */
    function readShardRows(trans: Trans, ids: number[]): Promise<ShardRows> {
      return Dexie.Promise.resolve(planTable.getMany({ trans, keys: ids })).then(
        (rows: (PlanInputsRow | undefined)[]) =>
          new Map(ids.map((id, index) => [id, rows[index]])) as ShardRows,
      );
    }

    /**
     * Puts the shards of these ids that the transaction has not read yet in `shards`, from
     * `prefetched` rows where given; false if one is unusable. A Dexie promise even when
     * nothing is read, so that apply goes on in the transaction's zone.
     */
    function loadShards(
      trans: Trans,
      shards: TransactionShards,
      needed: ReadonlySet<number>,
      prefetched: ShardRows | undefined,
    ): Promise<boolean> {
      const missing = [...needed].filter((shard) => !shards.has(shard));
      const rows =
        missing.length === 0 || (prefetched && missing.every((id) => prefetched.has(id)))
          ? Dexie.Promise.resolve(prefetched ?? new Map<number, PlanInputsRow | undefined>())
          : readShardRows(trans, missing);
      return rows.then((found: ShardRows) => {
        for (const id of missing) {
          const row = found.get(id);
          const shard = PackedPlanInputs.fromRow(row);
          if (!shard || !row || row.id !== id) return false;
          shards.set(id, shard);
        }
        return true;
      });
    }

    async function apply(
      before: TransactionShards | undefined,
      req: DBCoreMutateRequest,
      res: DBCoreMutateResponse,
      prefetched: ShardRows | undefined,
    ): Promise<TransactionShards> {
      // A range of ids is not worth a special case: rebuild.
      if (req.type === 'deleteRange') return rebuiltAll(req.trans);
      const touched = shardsTouchedBy(req);
      const shards: TransactionShards = before ?? new Map<number, PackedPlanInputs>();
      if (touched.size === 0) return shards;
      // A missing or unreadable shard is rebuilt, with all the others, from the contacts
      // as they are now, which already include this mutation.
      if (!(await loadShards(req.trans, shards, touched, prefetched))) {
        return rebuiltAll(req.trans);
      }
      if (req.type === 'delete') {
        req.keys.forEach((key: Id, index) => {
          if (succeeded(res, index)) shards.get(shardOf(key))?.remove(key);
        });
      } else {
        req.values.forEach((value: Contact, index) => {
          if (succeeded(res, index)) shards.get(shardOf(value.id))?.set(value);
        });
      }
      const changed = [...touched].map((shard) => [shard, shards.get(shard)] as const);
      const rows: PlanInputsRow[] = [];
      const stats: PlanStatsRow[] = [];
      for (const [index, shard] of changed) {
        if (!shard) continue;
        rows.push(shard.toRow(index));
        stats.push(shard.toStatsRow(index));
      }
      await Dexie.Promise.all([
        planTable.mutate({ type: 'put', trans: req.trans, values: rows }),
        statsTable.mutate({ type: 'put', trans: req.trans, values: stats }),
      ]);
      return shards;
    }

    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(CONTACTS)
            ? [
                ...stores,
                ...[PLAN_INPUTS_TABLE, PLAN_STATS_TABLE].filter((name) => !stores.includes(name)),
              ]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== CONTACTS) return table;
        return {
          ...table,
          async mutate(req) {
            // The first mutation of a transaction reads its shards while the contacts are
            // written: no shard row has been written by this transaction before that read.
            // Later ones find most shards in memory already and read only what is missing.
            const isFirst = !started.has(req.trans);
            started.add(req.trans);
            const touched = isFirst ? shardsTouchedBy(req) : new Set<number>();
            const prefetch =
              touched.size > 0
                ? readShardRows(req.trans, [...touched])
                : Dexie.Promise.resolve(undefined);
            // A failed read is read again (and then rebuilt) by apply.
            const prefetched = prefetch.catch(() => undefined);
            const res = await table.mutate(req);
            const rows = await prefetched;
            // Read after the write: responses come in request order, so a mutation issued
            // after another one (even without waiting) is applied after it.
            const previous = pending.get(req.trans);
            // Dexie promises keep the transaction's zone for the requests apply makes.
            const next = (previous ?? Dexie.Promise.resolve(undefined)).then((shards) =>
              apply(shards, req, res, rows),
            );
            pending.set(req.trans, next);
            try {
              await next;
            } catch (error) {
              req.trans.abort();
              throw error;
            }
            return res;
          },
        };
      },
    };
  },
};
