// The week plan's inputs for every person, packed into PLAN_INPUT_SHARDS rows of the
// planInputs table, so making the plan reads a few hundred KB of typed arrays instead of
// every contact (10,000 people ≈ 10 MB of objects, whose structured-clone deserialisation
// alone costs far more than the ranking). docs/storage.md tells the whole story.
//
// - What is packed is exactly what makeWeekPlan reads of a person (WeekPlanContact), and
//   PLAN_FIELDS says how, one line per field: the compiler demands a line for every field,
//   optional ones included. Packing, unpacking, planContactOf and the format number all
//   follow from that table; adding a field This week ranks on is one line here.
// - Numbers go in one Float64Array (NaN = absent), small enums and flags in a Uint8Array,
//   ids in a string[], expertise as codes into one list of distinct labels. A person is a
//   slot (an index) in the shard their id hashes to; slots are not stable across writes.
//   Typed arrays structured-clone as a block copy.
// - Why 16 shards: in Chromium, IndexedDB hands back values at a cost per record and per
//   byte (some 13 MB/s on this machine below about 64 KB; a larger value is kept apart, as
//   a blob, and read faster but written slower). Measured at 10,000 people
//   (bench/this-week.mjs): 64 shards of ≈ 6.5 KB took 102 ms to read; 16 of ≈ 26 KB,
//   33 ms, with a save as fast as before (32 ms at the median); 4 of ≈ 105 KB, 20 ms, but a
//   save took 58 ms, each one repacking and writing a blob of a quarter of everyone.
// - The side figures (readWeekStats) read their own small rows (planStats), packed from
//   the STATS_FIELDS of the same table.
import { dayKeyOf, dayNumberOfKey, type WeekPlanContact } from '../../domain/tie-health';
import {
  TOUCH_KINDS,
  TIERS,
  type Birthday,
  type Contact,
  type Decayed,
  type Id,
  type Source,
} from '../../domain/types';
import { formatOf, idHash, type ShardedLayout } from './shards';

/** Number of shard rows; a person's shard is a hash of their id (shardOf). */
export const PLAN_INPUT_SHARDS = 16;
export const PLAN_INPUTS_TABLE = 'planInputs';
export const PLAN_STATS_TABLE = 'planStats';

// ——— The field table ———

/**
 * The 'YYYY-MM-DD' of packed days, each formatted once per read: thousands of LinkedIn
 * connections share a few hundred days.
 */
type DayKeys = Map<number, string>;

/** How one field is packed: into `numbers` slots of the Float64Array and `codes` bytes. */
type FieldCodec<T> = {
  /** Names the encoding in the format number: changing it rebuilds every stored row. */
  kind: string;
  numbers: number;
  codes: number;
  pack(value: T, numbers: Float64Array, n: number, codes: Uint8Array, c: number): void;
  unpack(numbers: Float64Array, n: number, codes: Uint8Array, c: number, days: DayKeys): T;
  /** The value as packing and unpacking it gives it back, when that is not the value. */
  normalise?: (value: T) => T;
};

/** Code of an absent optional choice. */
const NONE = 255;

const numberOrUndefined = (value: number | undefined): number | undefined =>
  value === undefined || Number.isNaN(value) ? undefined : value;

function codeOf<T>(list: readonly T[], value: T): number {
  const index = list.indexOf(value);
  if (index < 0) throw new Error(`Cannot pack the unknown value ${String(value)}`);
  return index;
}

function valueAt<T>(list: readonly T[], code: number | undefined): T {
  const value = list[code ?? -1];
  if (value === undefined) throw new Error(`Cannot unpack the unknown code ${String(code)}`);
  return value;
}

/** A number that is always there. */
const requiredNumber: FieldCodec<number> = {
  kind: 'number',
  numbers: 1,
  codes: 0,
  pack(value, numbers, n) {
    numbers[n] = value;
  },
  unpack: (numbers, n) => numbers[n] ?? Number.NaN,
};

/** A number or nothing (NaN). */
const optionalNumber: FieldCodec<number | undefined> = {
  kind: 'number?',
  numbers: 1,
  codes: 0,
  pack(value, numbers, n) {
    numbers[n] = value ?? Number.NaN;
  },
  unpack: (numbers, n) => numberOrUndefined(numbers[n]),
};

/** A number, null ("none", a flag byte) or nothing. */
const numberOrNull: FieldCodec<number | null | undefined> = {
  kind: 'number|null?',
  numbers: 1,
  codes: 1,
  pack(value, numbers, n, codes, c) {
    numbers[n] = value ?? Number.NaN;
    codes[c] = value === null ? 1 : 0;
  },
  unpack: (numbers, n, codes, c) => (codes[c] === 1 ? null : numberOrUndefined(numbers[n])),
};

const flag: FieldCodec<boolean> = {
  kind: 'flag',
  numbers: 0,
  codes: 1,
  pack(value, _numbers, _n, codes, c) {
    codes[c] = value ? 1 : 0;
  },
  unpack: (_numbers, _n, codes, c) => codes[c] === 1,
};

/** One of a fixed list, by its index. */
function choice<T>(list: readonly T[]): FieldCodec<T> {
  return {
    kind: `choice(${list.join('|')})`,
    numbers: 0,
    codes: 1,
    pack(value, _numbers, _n, codes, c) {
      codes[c] = codeOf(list, value);
    },
    unpack: (_numbers, _n, codes, c) => valueAt(list, codes[c]),
  };
}

/** One of a fixed list, or nothing. */
function optionalChoice<T>(list: readonly T[]): FieldCodec<T | undefined> {
  return {
    kind: `choice?(${list.join('|')})`,
    numbers: 0,
    codes: 1,
    pack(value, _numbers, _n, codes, c) {
      codes[c] = value === undefined ? NONE : codeOf(list, value);
    },
    unpack: (_numbers, _n, codes, c) => (codes[c] === NONE ? undefined : valueAt(list, codes[c])),
  };
}

const decayed: FieldCodec<Decayed> = {
  kind: 'decayed',
  numbers: 2,
  codes: 0,
  pack(value, numbers, n) {
    numbers[n] = value.value;
    numbers[n + 1] = value.at;
  },
  unpack: (numbers, n) => ({ value: numbers[n] ?? Number.NaN, at: numbers[n + 1] ?? Number.NaN }),
  normalise: (value) => ({ value: value.value, at: value.at }),
};

const birthday: FieldCodec<Birthday | undefined> = {
  kind: 'birthday?',
  numbers: 3,
  codes: 0,
  pack(value, numbers, n) {
    numbers[n] = value?.month ?? Number.NaN;
    numbers[n + 1] = value?.day ?? Number.NaN;
    numbers[n + 2] = value?.year ?? Number.NaN;
  },
  unpack(numbers, n) {
    const month = numbers[n] ?? Number.NaN;
    if (Number.isNaN(month)) return undefined;
    const day = numbers[n + 1] ?? Number.NaN;
    const year = numberOrUndefined(numbers[n + 2]);
    return year === undefined ? { month, day } : { month, day, year };
  },
};

/**
 * A 'YYYY-MM-DD' day, as a day number. Any other text (a backup may carry anything) is
 * packed as no day: the plan reads only real days.
 */
const day: FieldCodec<string | undefined> = {
  kind: 'day?',
  numbers: 1,
  codes: 0,
  pack(value, numbers, n) {
    numbers[n] = (value === undefined ? undefined : dayNumberOfKey(value)) ?? Number.NaN;
  },
  unpack(numbers, n, _codes, _c, days) {
    const number = numbers[n] ?? Number.NaN;
    if (Number.isNaN(number)) return undefined;
    let key = days.get(number);
    if (key === undefined) {
      key = dayKeyOf(number);
      days.set(number, key);
    }
    return key;
  },
  normalise: (value) =>
    value !== undefined && dayNumberOfKey(value) !== undefined ? value : undefined,
};

const SOURCES: readonly Source[] = [
  'manual',
  'demo',
  'linkedin',
  'vcard',
  'google',
  'contact-picker',
];

/** The fields packed in `numbers` and `codes`; `id` and `expertise` have columns of their own. */
type PackedField = Exclude<keyof WeekPlanContact, 'id' | 'expertise'>;

/**
 * How each field makeWeekPlan reads is packed. The order is the layout: a change here
 * changes PLAN_INPUTS_FORMAT, and stored rows of the old layout are rebuilt on their
 * next read.
 */
const PLAN_FIELDS: { [K in PackedField]-?: FieldCodec<WeekPlanContact[K]> } = {
  createdAt: requiredNumber,
  deletedAt: optionalNumber,
  lastTouchAt: optionalNumber,
  touchCount: requiredNumber,
  cadenceDays: numberOrNull,
  strength: decayed,
  gave: decayed,
  received: decayed,
  birthday,
  connectedOn: day,
  isArchived: flag,
  isPaused: flag,
  tier: choice(TIERS),
  source: choice(SOURCES),
  lastTouchKind: optionalChoice(TOUCH_KINDS),
};

/** The fields This week's side figures read (see readWeekStats). */
const STATS_FIELDS = ['createdAt', 'source', 'gave', 'received'] as const;

/** One person's side-figure inputs, as readWeekStats needs them. */
export type PlanStatsPerson = Pick<Contact, (typeof STATS_FIELDS)[number]>;

// ——— The layout that follows from the table ———

type PlacedField = {
  key: PackedField;
  codec: FieldCodec<unknown>;
  /** Where the field starts in a person's numbers and codes. */
  n: number;
  c: number;
};

type Layout = { fields: PlacedField[]; numbers: number; codes: number };

function layoutOf(keys: readonly PackedField[]): Layout {
  let numbers = 0;
  let codes = 0;
  const fields = keys.map((key): PlacedField => {
    const codec = PLAN_FIELDS[key] as FieldCodec<unknown>;
    const placed = { key, codec, n: numbers, c: codes };
    numbers += codec.numbers;
    codes += codec.codes;
    return placed;
  });
  return { fields, numbers, codes };
}

function placedIn(layout: Layout, key: PackedField): PlacedField {
  const placed = layout.fields.find((field) => field.key === key);
  if (!placed) throw new Error(`${key} is not in the layout`);
  return placed;
}

const LAYOUT = layoutOf(Object.keys(PLAN_FIELDS) as PackedField[]);
const STATS_LAYOUT = layoutOf(STATS_FIELDS);
const NUMBER_FIELDS = LAYOUT.numbers;
const CODE_FIELDS = LAYOUT.codes;
const DELETED_AT = placedIn(LAYOUT, 'deletedAt').n;
/** Each side-figure field's place in the full layout and in the stats rows. */
const STATS_COPIES = STATS_LAYOUT.fields.map((to) => ({ from: placedIn(LAYOUT, to.key), to }));

/** Changes whenever the table does: rows of another format are rebuilt. */
export const PLAN_INPUTS_FORMAT = formatOf(
  LAYOUT.fields.map(({ key, codec }) => `${key}:${codec.kind}`).join(',') + ',id,expertise',
);

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
  /** The STATS_FIELDS' numbers, per person. */
  numbers: Float64Array;
  /** The STATS_FIELDS' codes, per person (today only each person's source). */
  sources: Uint8Array;
};

/** Exactly the fields makeWeekPlan reads, as the packed rows give them back. */
export function planContactOf(contact: WeekPlanContact): WeekPlanContact {
  const copy: Record<string, unknown> = { id: contact.id };
  for (const { key, codec } of LAYOUT.fields) {
    const value = contact[key];
    copy[key] = codec.normalise ? codec.normalise(value) : value;
  }
  copy.expertise = contact.expertise;
  return copy as WeekPlanContact;
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

/** Each slot's expertise from a row, or undefined when the row's codes do not hold. */
function expertiseOfRow(row: PlanInputsRow): string[][] | undefined {
  const { count, expertiseCounts, expertiseCodes, expertiseLabels } = row;
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
  return next === expertiseCodes.length ? expertise : undefined;
}

/** The packed inputs of one shard, editable in memory: set and remove people, then toRow(). */
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
    if (row.numbers.length < row.count * NUMBER_FIELDS) return undefined;
    if (row.codes.length < row.count * CODE_FIELDS) return undefined;
    const expertise = expertiseOfRow(row);
    if (!expertise) return undefined;
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
    const c = slot * CODE_FIELDS;
    for (const field of LAYOUT.fields) {
      field.codec.pack(contact[field.key], this.numbers, n + field.n, this.codes, c + field.c);
    }
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

  private contactAt(slot: number, days: DayKeys): WeekPlanContact {
    const n = slot * NUMBER_FIELDS;
    const c = slot * CODE_FIELDS;
    const contact: Record<string, unknown> = { id: this.ids[slot] };
    for (const field of LAYOUT.fields) {
      contact[field.key] = field.codec.unpack(
        this.numbers,
        n + field.n,
        this.codes,
        c + field.c,
        days,
      );
    }
    // Shared, not copied: set() replaces a person's list, it never changes one in place.
    contact.expertise = this.expertise[slot] ?? [];
    return contact as WeekPlanContact;
  }

  /** Every packed person, or only those not deleted. */
  contacts(options: { includeDeleted: boolean } = { includeDeleted: true }): WeekPlanContact[] {
    const contacts: WeekPlanContact[] = [];
    const days: DayKeys = new Map();
    for (let slot = 0; slot < this.ids.length; slot += 1) {
      if (!options.includeDeleted && this.isDeletedAt(slot)) continue;
      contacts.push(this.contactAt(slot, days));
    }
    return contacts;
  }

  /** The side figures' inputs of the people in this shard who are not deleted. */
  toStatsRow(shard: number): PlanStatsRow {
    const live: number[] = [];
    for (let slot = 0; slot < this.ids.length; slot += 1) {
      if (!this.isDeletedAt(slot)) live.push(slot);
    }
    const numbers = new Float64Array(live.length * STATS_LAYOUT.numbers);
    const codes = new Uint8Array(live.length * STATS_LAYOUT.codes);
    live.forEach((slot, index) => {
      for (const { from, to } of STATS_COPIES) {
        const n = slot * NUMBER_FIELDS + from.n;
        const c = slot * CODE_FIELDS + from.c;
        numbers.set(
          this.numbers.subarray(n, n + to.codec.numbers),
          index * STATS_LAYOUT.numbers + to.n,
        );
        codes.set(this.codes.subarray(c, c + to.codec.codes), index * STATS_LAYOUT.codes + to.c);
      }
    });
    return { id: shard, format: PLAN_INPUTS_FORMAT, count: live.length, numbers, sources: codes };
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
  const days: DayKeys = new Map();
  for (const [index, row] of rows.entries()) {
    if (row.id !== index || row.format !== PLAN_INPUTS_FORMAT) return undefined;
    if (row.numbers.length !== row.count * STATS_LAYOUT.numbers) return undefined;
    if (row.sources.length !== row.count * STATS_LAYOUT.codes) return undefined;
    for (let i = 0; i < row.count; i += 1) {
      const person: Record<string, unknown> = {};
      for (const field of STATS_LAYOUT.fields) {
        person[field.key] = field.codec.unpack(
          row.numbers,
          i * STATS_LAYOUT.numbers + field.n,
          row.sources,
          i * STATS_LAYOUT.codes + field.c,
          days,
        );
      }
      people.push(person as PlanStatsPerson);
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

/** The week plan's inputs as the middleware that keeps them true sees them. */
export const PLAN_INPUTS_LAYOUT: ShardedLayout<PackedPlanInputs> = {
  name: 'planInputs',
  tables: [PLAN_INPUTS_TABLE, PLAN_STATS_TABLE],
  shardCount: PLAN_INPUT_SHARDS,
  shardOf,
  packAll: packShards,
  fromRow: (row, shard) => {
    const packed = PackedPlanInputs.fromRow(row as PlanInputsRow | undefined);
    return packed && (row as PlanInputsRow).id === shard ? packed : undefined;
  },
  set: (shard, contact) => shard.set(contact),
  remove: (shard, id) => shard.remove(id),
  rowsOf: (shard, index) => [shard.toRow(index), shard.toStatsRow(index)],
};
