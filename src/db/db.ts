import { Dexie, type EntityTable, type PromiseExtended } from 'dexie';
import type {
  Ask,
  Contact,
  Goal,
  GraphLayout,
  Group,
  ImportBatch,
  Introduction,
  Relation,
  Settings,
  WeekPlan,
} from '../domain/types';
import type { PeopleRowsShard } from './codecs/people-rows';
import type { PlanInputsRow, PlanStatsRow } from './codecs/plan-inputs';
import type { TouchLog } from './codecs/touch-log';
import { DERIVED_MIDDLEWARES } from './derived/middlewares';
import type { RevertPoint } from './restore-copies';
import { SCHEMA_VERSIONS } from './schema';
import { UPGRADES } from './upgrades';

export const DATABASE_NAME = 'ties';

/**
 * Why another connection closed this one for good: it opened the database at a newer schema
 * version (another tab runs a newer Ties), or it deleted the database.
 */
export type ConnectionLoss = 'newer-version' | 'deleted';

export class TiesDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  /** Each person's touches, newest first (codecs/touch-log.ts). */
  touchLogs!: EntityTable<TouchLog, 'contactId'>;
  relations!: EntityTable<Relation, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  asks!: EntityTable<Ask, 'id'>;
  introductions!: EntityTable<Introduction, 'id'>;
  weekPlans!: EntityTable<WeekPlan, 'weekStart'>;
  settings!: EntityTable<Settings, 'id'>;
  /** Derived (derived/registry.ts): the week plan's inputs in 16 shards, never backed up. */
  planInputs!: EntityTable<PlanInputsRow, 'id'>;
  /** Derived, beside planInputs: what This week's side figures read. */
  planStats!: EntityTable<PlanStatsRow, 'id'>;
  /** Derived: what the People list reads, in 16 shards, never backed up. */
  peopleRows!: EntityTable<PeopleRowsShard, 'id'>;
  /** Derived: a cache of the graph's last positions, never backed up. */
  graphLayouts!: EntityTable<GraphLayout, 'id'>;
  /** What each import wrote, for its Undo (writes/imports.ts); this device only. */
  importBatches!: EntityTable<ImportBatch, 'id'>;
  /** Which kept copy a "revert the restore" puts back (writes/restore.ts): one row, never backed up. */
  revertPoint!: EntityTable<RevertPoint, 'id'>;

  /** Set once another connection has closed this one for good; see closeForGood. */
  connectionLoss: ConnectionLoss | null = null;
  private readonly lossListeners = new Set<() => void>();

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const upgrade = UPGRADES[version];
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Derived tables kept true on every write of the people (derived/registry.ts).
    for (const middleware of DERIVED_MIDDLEWARES) this.use(middleware);
    this.on('versionchange', (event) => {
      this.closeForGood(event.newVersion === null ? 'deleted' : 'newer-version');
      // Skips Dexie's own handler, which closes too but reopens on the next query: this
      // code would then go on writing into a database shaped for newer code.
      return false;
    });
  }

  /**
   * Closes the connection and never reopens it, so that code written for an older schema
   * stops writing: every later read or write fails with a DatabaseClosedError (write-failure.ts
   * names it 'database-closed'). A transaction already running still finishes first.
   */
  closeForGood(loss: ConnectionLoss): void {
    this.close({ disableAutoOpen: true });
    if (this.connectionLoss !== null) return;
    this.connectionLoss = loss;
    for (const listener of this.lossListeners) listener();
  }

  /** An explicit open (never the app's after a loss, only a fresh start) begins anew. */
  override open(): PromiseExtended<Dexie> {
    this.connectionLoss = null;
    return super.open();
  }

  /** Calls `listener` when the connection is lost; returns the function that stops that. */
  subscribeToConnectionLoss(listener: () => void): () => void {
    this.lossListeners.add(listener);
    return () => {
      this.lossListeners.delete(listener);
    };
  }
}

/** The one database of the app. Every write goes through a function in src/db/writes/. */
export const db = new TiesDatabase();

/**
 * Tables that hold user data, in the order a restore writes them: what a backup holds, with
 * touches in their logs (codecs/backup-tables.ts turns them into the file's touches and
 * participations). planInputs, planStats, peopleRows and graphLayouts are left out on
 * purpose: they are derived caches, rebuilt when missing or out of step; importBatches hold
 * undo data for this device only, and revertPoint names a copy kept on this device only.
 */
export const DATA_TABLES = [
  'contacts',
  'touchLogs',
  'relations',
  'groups',
  'goals',
  'asks',
  'introductions',
  'weekPlans',
  'settings',
] as const satisfies readonly (keyof TiesDatabase)[];

/**
 * Tables that belong to this device only, never backed up and never synced: the undo data
 * of imports, and the name of the copy a restore kept. Every other table is user data
 * (DATA_TABLES) or derived (derived/registry.ts).
 */
export const DEVICE_TABLES = [
  'importBatches',
  'revertPoint',
] as const satisfies readonly (keyof TiesDatabase)[];
