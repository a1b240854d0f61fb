// Keeps a packed table derived from the contacts true (codecs/shards.ts): a Dexie DBCore
// middleware on the contacts table, installed by db.ts from the registry (registry.ts).
//
// - Every mutation of contacts, through any write path, updates the shards it touches in
//   the same transaction. A read-write transaction over contacts is widened to the layout's
//   tables at the core level, where scopes are decided, so no write has to list them.
// - Within one transaction, mutations are applied in order to in-memory shards, each read
//   at most once; after each mutation only the shards it touched are written. The first
//   mutation reads its shards while the contacts are written.
// - A shard that is missing or of another format makes it rebuild them all from the
//   contacts (which already include the mutation). Rows of another layout are deleted
//   first: none may survive the rebuild.
// - When the rows cannot be updated the transaction is aborted: contacts never commit
//   without them.
import { Dexie } from 'dexie';
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
} from 'dexie';
import type { ShardedLayout } from '../codecs/shards';
import type { Contact, Id } from '../../domain/types';

const CONTACTS = 'contacts';

/** Every key: type 3 is DBCoreRangeType.Any, a const enum isolated modules cannot import. */
const ANY_RANGE = { type: 3, lower: undefined, upper: undefined } as unknown as DBCoreKeyRange;

function succeeded(res: DBCoreMutateResponse, index: number): boolean {
  return res.numFailures === 0 || !(index in res.failures);
}

/** The middleware that keeps `layout`'s rows true in every transaction that writes contacts. */
export function keptShardsMiddleware<Shard>(layout: ShardedLayout<Shard>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: layout.name,
    create(down: DBCore): Partial<DBCore> {
      // The stack is also made for an older schema while it is being upgraded.
      const names = new Set(down.schema.tables.map((table) => table.name));
      if (!names.has(CONTACTS) || layout.tables.some((name) => !names.has(name))) return down;
      return keptShardsCore(down, layout);
    },
  };
}

type Trans = DBCoreMutateRequest['trans'];
/** The shards one transaction has read so far, changed in memory as its mutations land. */
type TransactionShards<Shard> = Map<number, Shard>;
/** First-table rows by shard number, as read for a transaction's first mutation. */
type ShardRows = ReadonlyMap<number, unknown>;

function keptShardsCore<Shard>(down: DBCore, layout: ShardedLayout<Shard>): Partial<DBCore> {
  const pending = new WeakMap<object, Promise<TransactionShards<Shard>>>();
  const started = new WeakSet<object>();
  const tables: DBCoreTable[] = layout.tables.map((name) => down.table(name));
  const [firstTable] = tables;
  const contactsTable = down.table(CONTACTS);
  if (!firstTable) throw new Error(`${layout.name} names no table`);

  /** Writes these shards' rows, each into its table. */
  function writeShards(trans: Trans, shards: Iterable<readonly [number, Shard]>) {
    const rowsByTable: unknown[][] = tables.map(() => []);
    for (const [index, shard] of shards) {
      layout.rowsOf(shard, index).forEach((row, table) => rowsByTable[table]?.push(row));
    }
    return Dexie.Promise.all(
      tables.map((table, index) =>
        table.mutate({ type: 'put', trans, values: rowsByTable[index] ?? [] }),
      ),
    );
  }

  /** Every shard rebuilt from the contacts as they are now (this mutation included). */
  async function rebuiltAll(trans: Trans): Promise<TransactionShards<Shard>> {
    const { result } = await contactsTable.query({
      trans,
      values: true,
      query: { index: contactsTable.schema.primaryKey, range: ANY_RANGE },
    });
    const packed = layout.packAll(result as Contact[]);
    for (const table of tables)
      await table.mutate({ type: 'deleteRange', trans, range: ANY_RANGE });
    await writeShards(
      trans,
      packed.map((shard, index) => [index, shard] as const),
    );
    return new Map(packed.map((shard, index) => [index, shard]));
  }

  /** The shards a mutation changes: one per person id it writes or deletes. */
  function shardsTouchedBy(req: DBCoreMutateRequest): Set<number> {
    if (req.type === 'deleteRange') return new Set();
    const keys: Id[] =
      req.type === 'delete' ? (req.keys as Id[]) : (req.values as Contact[]).map((c) => c.id);
    return new Set(keys.map((id) => layout.shardOf(id)));
  }

  /**
   * Reads these shards' rows. A Dexie promise, like every step here: code awaiting a native
   * promise at this level loses the transaction's zone, which the requests after it need.
   */
  function readShardRows(trans: Trans, ids: number[]): Promise<ShardRows> {
    return Dexie.Promise.resolve(firstTable?.getMany({ trans, keys: ids })).then(
      (rows: unknown[] | undefined) => new Map(ids.map((id, index) => [id, rows?.[index]])),
    );
  }

  /**
   * Puts the shards of these ids that the transaction has not read yet in `shards`, from
   * `prefetched` rows where given; false if one is unusable. A Dexie promise even when
   * nothing is read, so that apply goes on in the transaction's zone.
   */
  function loadShards(
    trans: Trans,
    shards: TransactionShards<Shard>,
    needed: ReadonlySet<number>,
    prefetched: ShardRows | undefined,
  ): Promise<boolean> {
    const missing = [...needed].filter((shard) => !shards.has(shard));
    const rows =
      missing.length === 0 || (prefetched && missing.every((id) => prefetched.has(id)))
        ? Dexie.Promise.resolve(prefetched ?? new Map<number, unknown>())
        : readShardRows(trans, missing);
    return rows.then((found: ShardRows) => {
      for (const id of missing) {
        const shard = layout.fromRow(found.get(id), id);
        if (shard === undefined) return false;
        shards.set(id, shard);
      }
      return true;
    });
  }

  async function apply(
    before: TransactionShards<Shard> | undefined,
    req: DBCoreMutateRequest,
    res: DBCoreMutateResponse,
    prefetched: ShardRows | undefined,
  ): Promise<TransactionShards<Shard>> {
    // A range of ids (a clear) is not worth a special case: rebuild.
    if (req.type === 'deleteRange') return rebuiltAll(req.trans);
    const touched = shardsTouchedBy(req);
    const shards: TransactionShards<Shard> = before ?? new Map<number, Shard>();
    if (touched.size === 0) return shards;
    // A missing or unreadable shard is rebuilt, with all the others, from the contacts as
    // they are now, which already include this mutation.
    if (!(await loadShards(req.trans, shards, touched, prefetched))) {
      return rebuiltAll(req.trans);
    }
    if (req.type === 'delete') {
      req.keys.forEach((key: Id, index) => {
        const shard = shards.get(layout.shardOf(key));
        if (shard !== undefined && succeeded(res, index)) layout.remove(shard, key);
      });
    } else {
      req.values.forEach((value: Contact, index) => {
        const shard = shards.get(layout.shardOf(value.id));
        if (shard !== undefined && succeeded(res, index)) layout.set(shard, value);
      });
    }
    const changed: (readonly [number, Shard])[] = [];
    for (const index of touched) {
      const shard = shards.get(index);
      if (shard !== undefined) changed.push([index, shard]);
    }
    await writeShards(req.trans, changed);
    return shards;
  }

  return {
    ...down,
    transaction(stores, mode, options) {
      const widened =
        mode === 'readwrite' && stores.includes(CONTACTS)
          ? [...stores, ...layout.tables.filter((name) => !stores.includes(name))]
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
          // Chained after the transaction's earlier mutations: responses come in request
          // order, so a mutation issued after another one is applied after it.
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
}
