// The backup's tables and the database's, one from the other (pure: no database). The file
// keeps the format it always had: a table of touches and one of participations (touch,
// person). The database keeps touches in each person's log (touch-log.ts), so a backup lists
// every touch once, by id, with its participations made from its people; a restore writes
// the touches into logs. The participations were only ever an index of each touch's people.
import { logsOfTouches, participationsOfTouches, touchesOfLogs, type TouchLog } from './touch-log';
import { BACKUP_TABLES, type BackupCounts, type BackupTables } from '../../interop/backup-format';
import type { Id } from '../../domain/types';

/** The database's tables of user data: a backup's tables, with touches kept in logs. */
export type DataTables = Omit<BackupTables, 'interactions' | 'participations'> & {
  touchLogs: TouchLog[];
};
function byId<T extends { id: Id }>(a: T, b: T): number {
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * The backup's tables of this data: every touch once, and a participation for each of its
 * people, both sorted by id as the tables of one row each used to hold them, so that a
 * backup of the same data is the same file as before touches moved into logs.
 */
export function backupTablesOf({ touchLogs, ...rest }: DataTables): BackupTables {
  const interactions = touchesOfLogs(touchLogs).sort(byId);
  const participations = participationsOfTouches(interactions).sort(byId);
  return {
    contacts: rest.contacts,
    interactions,
    participations,
    relations: rest.relations,
    groups: rest.groups,
    goals: rest.goals,
    asks: rest.asks,
    introductions: rest.introductions,
    weekPlans: rest.weekPlans,
    settings: rest.settings,
  };
}

/**
 * The database's tables for a backup's: its touches go into the logs of their people. The
 * participations are left out: checked by parseBackup, they only indexed those people.
 */
export function dataTablesOf(tables: BackupTables): DataTables {
  return {
    contacts: tables.contacts,
    touchLogs: logsOfTouches(tables.interactions),
    relations: tables.relations,
    groups: tables.groups,
    goals: tables.goals,
    asks: tables.asks,
    introductions: tables.introductions,
    weekPlans: tables.weekPlans,
    settings: tables.settings,
  };
}

/** Backup counts from the counts of the database's tables and its touch logs. */
export function touchCountsOf(
  logs: readonly TouchLog[],
  tableCounts: Partial<Record<string, number>>,
): BackupCounts {
  const touches = touchesOfLogs(logs);
  let participations = 0;
  for (const touch of touches) participations += new Set(touch.participantIds).size;
  const counts = {} as BackupCounts;
  for (const name of BACKUP_TABLES) {
    if (name === 'interactions') counts[name] = touches.length;
    else if (name === 'participations') counts[name] = participations;
    else counts[name] = tableCounts[name] ?? 0;
  }
  return counts;
}
