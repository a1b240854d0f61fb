import { Dexie, type EntityTable } from 'dexie';
import type {
  Contact,
  Goal,
  GraphLayout,
  Group,
  ImportBatch,
  Interaction,
  Participation,
  Relation,
  Settings,
  WeekPlan,
} from '../domain/types';
import { planInputsMiddleware, type PlanInputsRow, type PlanStatsRow } from './plan-inputs';
import { BACKUP_TABLES } from '../interop/backup-format';
import { SCHEMA_VERSIONS } from './schema';
import { UPGRADES } from './upgrades';

export const DATABASE_NAME = 'ties';

export class TiesDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  participations!: EntityTable<Participation, 'id'>;
  relations!: EntityTable<Relation, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  weekPlans!: EntityTable<WeekPlan, 'weekStart'>;
  settings!: EntityTable<Settings, 'id'>;
  /** Derived, 64 shards (see plan-inputs.ts): kept by planInputsMiddleware, never backed up. */
  planInputs!: EntityTable<PlanInputsRow, 'id'>;
  /** Derived, beside planInputs: what This week's side figures read (plan-inputs.ts). */
  planStats!: EntityTable<PlanStatsRow, 'id'>;
  /** A cache of the graph's last positions (graph-layouts.ts), never backed up. */
  graphLayouts!: EntityTable<GraphLayout, 'id'>;
  /** What each import wrote, for its Undo (imports.ts). */
  importBatches!: EntityTable<ImportBatch, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const upgrade = UPGRADES[version];
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(planInputsMiddleware);
  }
}

/** The one database of the app. Every write goes through a function in src/db/. */
export const db = new TiesDatabase();

/**
 * Tables that hold user data, in the order a backup writes them: the backup format's list.
 * planInputs, planStats and graphLayouts are left out on purpose: they are derived caches,
 * rebuilt when missing or out of step; importBatches hold undo data for this device only.
 */
export const DATA_TABLES = BACKUP_TABLES;
