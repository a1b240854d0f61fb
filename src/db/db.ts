import { Dexie, type EntityTable } from 'dexie';
import type {
  Contact,
  Goal,
  Group,
  Interaction,
  Participation,
  Relation,
  Settings,
  WeekPlan,
} from '../domain/types';
import { SCHEMA_VERSIONS } from './schema';

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

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      this.version(version).stores(stores);
    }
  }
}

/** The one database of the app. Every write goes through a function in src/db/. */
export const db = new TiesDatabase();

/** Tables that hold user data, in the order a backup writes them. */
export const DATA_TABLES = [
  'contacts',
  'interactions',
  'participations',
  'relations',
  'groups',
  'goals',
  'weekPlans',
  'settings',
] as const;
