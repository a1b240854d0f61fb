import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContact } from './writes/people';
import { DATABASE_NAME, db } from './db';
import { openDatabase } from './open';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { writeFailureOf } from './write-failure';
import { NewerTiesDatabase } from '../../tests/support/newer-database';

// Two tabs share one database. When one of them runs a newer Ties and upgrades it, the
// other (this module's `db`) must stop writing with its old code, for good, and say so.

let newer: NewerTiesDatabase | undefined;

beforeEach(async () => {
  await db.delete();
  await db.open();
  expect(await openDatabase()).toBe('ok');
  // Dexie warns in the console when an upgrade is blocked; the tests read the outcome.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  newer?.close();
  newer = undefined;
  vi.restoreAllMocks();
});

async function openNewerVersionElsewhere(): Promise<NewerTiesDatabase> {
  newer = new NewerTiesDatabase();
  await newer.open();
  return newer;
}

async function failureOfCreate(): Promise<unknown> {
  try {
    await createContact({ givenName: 'Written too late' });
  } catch (error) {
    return error;
  }
  throw new Error('the write went through');
}

describe('a database upgraded by another tab', () => {
  it('lets the upgrade through at once: this tab closes its connection', async () => {
    const upgraded = await openNewerVersionElsewhere();
    expect(upgraded.verno).toBe(LATEST_VERSION + 1);
    expect(db.isOpen()).toBe(false);
  });

  it('tells the screens once, as a newer version', async () => {
    const listener = vi.fn();
    db.subscribeToConnectionLoss(listener);
    await openNewerVersionElsewhere();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(db.connectionLoss).toBe('newer-version');
  });

  it('refuses every later write as a closed database and writes nothing', async () => {
    const upgraded = await openNewerVersionElsewhere();
    const error = await failureOfCreate();
    expect(writeFailureOf(error)).toBe('database-closed');
    expect(await upgraded.contacts.count()).toBe(0);
  });

  it('never opens again by itself, not even for a read', async () => {
    await openNewerVersionElsewhere();
    await expect(db.contacts.count()).rejects.toThrow(Dexie.DatabaseClosedError);
    await failureOfCreate();
    expect(db.isOpen()).toBe(false);
  });

  it('stops writing the same way when another tab deletes the database', async () => {
    await Dexie.delete(DATABASE_NAME);
    expect(db.connectionLoss).toBe('deleted');
    expect(writeFailureOf(await failureOfCreate())).toBe('database-closed');
  });
});

describe('opening while an older tab holds the database', () => {
  it('says it is blocked, and opens once that tab lets go', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    const oldest = SCHEMA_VERSIONS[0];
    if (!oldest) throw new Error('no schema versions');
    // A tab on the first release, whose Dexie ignores the request to close.
    const older = new Dexie(DATABASE_NAME);
    older.version(oldest.version).stores(oldest.stores);
    older.on('versionchange', () => false);
    await older.open();

    const onBlocked = vi.fn();
    const opening = openDatabase(onBlocked);
    await vi.waitFor(() => {
      expect(onBlocked).toHaveBeenCalled();
    });
    older.close();
    expect(await opening).toBe('ok');
    expect(db.verno).toBe(LATEST_VERSION);
  });
});
