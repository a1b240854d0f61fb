import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { restoreBackup } from '../writes/restore';
import { markBackupSaved } from '../writes/backup';
import { makeBackup } from './backup';
import { loadDemo } from '../writes/demo';
import { parseBackup } from '../../interop/backup-format';
import { countChangesSince, readBackupReminder } from './backup-reminder';
import { snoozeBackupReminder } from '../writes/backup';
import { addTouch } from '../writes/touches';
import { updateContact } from '../writes/people';
import { updateSettings } from '../writes/settings';
import { freshDatabase, makePerson, seedPeople, touchDraft } from '../../../tests/support/log-seed';

const DAY_MS = 86_400_000;
const T0 = Date.UTC(2025, 5, 1, 12, 0);

beforeEach(freshDatabase);

describe('countChangesSince', () => {
  it('counts people and touches written after the time', async () => {
    const [anna] = await seedPeople(
      makePerson('Anna', 'Berg', { updatedAt: T0 - DAY_MS }),
      makePerson('Bo', 'Ek', { updatedAt: T0 - DAY_MS }),
    );
    expect(await countChangesSince(T0)).toBe(0);
    await updateContact(anna.id, { role: 'CEO' }, T0 + 1);
    await addTouch(touchDraft([anna.id], T0), T0 + 2);
    expect(await countChangesSince(T0)).toBe(2);
    expect(await countChangesSince(undefined)).toBe(3);
  });

  it('stops at the cap, across people and touches', async () => {
    const [anna] = await seedPeople(
      makePerson('Anna', 'Berg', { updatedAt: T0 }),
      makePerson('Bo', 'Ek', { updatedAt: T0 }),
      makePerson('Cia', 'Lund', { updatedAt: T0 }),
    );
    await addTouch(touchDraft([anna.id], T0), T0 + 1);
    await addTouch(touchDraft([anna.id], T0), T0 + 2);
    // Adding a touch also rewrites Anna: 3 people and 2 touches changed since T0 - 1.
    expect(await countChangesSince(T0 - 1)).toBe(5);
    expect(await countChangesSince(T0 - 1, 4)).toBe(4);
    expect(await countChangesSince(T0 - 1, 2)).toBe(2);
    expect(await countChangesSince(T0 - 1, 5)).toBe(5);
  });
});

describe('readBackupReminder', () => {
  it('is due after enough changes, quiet after a backup, and can be snoozed', async () => {
    await updateSettings({ backupReminderChanges: 2, onboardedAt: T0 });
    await seedPeople(
      makePerson('Anna', 'Berg', { updatedAt: T0 }),
      makePerson('Bo', 'Ek', { updatedAt: T0 }),
    );
    expect(await readBackupReminder(T0 + 1)).toMatchObject({
      isDue: true,
      reason: 'changes',
      changesSinceBackup: 2,
    });

    await markBackupSaved(T0 + 1);
    expect(await readBackupReminder(T0 + 2)).toMatchObject({ isDue: false, changesSinceBackup: 0 });

    await seedPeople(
      makePerson('Cia', 'Lund', { updatedAt: T0 + 5 }),
      makePerson('Dan', 'Holm', { updatedAt: T0 + 5 }),
    );
    await snoozeBackupReminder(T0 + DAY_MS);
    expect((await readBackupReminder(T0 + 10)).isDue).toBe(false);
    expect((await readBackupReminder(T0 + DAY_MS)).isDue).toBe(true);
  });

  it('uses the default number of changes when the settings row has none', async () => {
    const settings = await db.settings.get('settings');
    if (!settings) throw new Error('no settings');
    delete settings.backupReminderChanges;
    await db.settings.put(settings);
    await seedPeople(
      ...Array.from({ length: 100 }, (_, index) => makePerson(`P${index}`, 'X', { updatedAt: T0 })),
    );
    expect(await readBackupReminder(T0)).toMatchObject({ isDue: true, reason: 'changes' });
  });
});

// Loading the demo writes some 150 people and thousands of touches into fake-indexeddb, and a
// restore writes a copy and the file: seconds on a busy machine, so a budget well above that.
const SLOW = { timeout: 30_000 };

describe('what the backup reminder counts from', () => {
  it('leaves the demo out: loading it does not bring the reminder up', SLOW, async () => {
    await updateSettings({ backupReminderChanges: 2, onboardedAt: T0 });
    expect(await loadDemo(T0)).toBe('loaded');
    expect(await readBackupReminder(T0 + 1)).toMatchObject({ isDue: false, changesSinceBackup: 0 });
    // Not even once the days pass: there is nothing of the user's to save.
    expect((await readBackupReminder(T0 + 60 * DAY_MS)).isDue).toBe(false);

    // The user's own changes count, also a touch logged with demo people.
    const [demoPerson] = await db.contacts.where('source').equals('demo').primaryKeys();
    await seedPeople(makePerson('Anna', 'Berg', { updatedAt: T0 + 5 }));
    await addTouch(touchDraft([String(demoPerson)], T0), T0 + 6);
    expect(await readBackupReminder(T0 + 7)).toMatchObject({
      isDue: true,
      reason: 'changes',
      changesSinceBackup: 2,
    });
  });

  it('counts from the restored file: a restore does not bring the reminder up', SLOW, async () => {
    await updateSettings({ backupReminderChanges: 2, onboardedAt: T0 });
    const [anna] = await seedPeople(
      makePerson('Anna', 'Berg', { updatedAt: T0 }),
      makePerson('Bo', 'Ek', { updatedAt: T0 }),
      makePerson('Cia', 'Lund', { updatedAt: T0 }),
    );
    await addTouch(touchDraft([anna.id], T0), T0 + 1);
    // A backup whose settings know no earlier backup, as the first one made on a device.
    const { text } = await makeBackup({ now: T0 + 2 });
    expect(parseBackup(text).tables.settings[0]?.lastBackupAt).toBeUndefined();

    await restoreBackup(parseBackup(text), T0 + 3 * DAY_MS);
    expect(await readBackupReminder(T0 + 3 * DAY_MS + 1)).toMatchObject({
      isDue: false,
      changesSinceBackup: 0,
      lastBackupAt: T0 + 2,
    });

    await seedPeople(
      makePerson('Dan', 'Holm', { updatedAt: T0 + 4 * DAY_MS }),
      makePerson('Eva', 'Sand', { updatedAt: T0 + 4 * DAY_MS }),
    );
    expect(await readBackupReminder(T0 + 4 * DAY_MS + 1)).toMatchObject({
      isDue: true,
      changesSinceBackup: 2,
    });
  });
});
