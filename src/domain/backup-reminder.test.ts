import { describe, expect, it } from 'vitest';
import { backupDueReason, isBackupDue, type BackupReminderInput } from './backup-reminder';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2025, 5, 1, 12, 0);

const base: BackupReminderInput = {
  lastBackupAt: NOW - 10 * DAY_MS,
  changesSinceBackup: 5,
  reminderDays: 30,
  reminderChanges: 100,
  snoozedUntil: undefined,
};

describe('isBackupDue', () => {
  it('is not due soon after a backup with few changes', () => {
    expect(isBackupDue(base, NOW)).toBe(false);
  });

  it('is due once the days since the last backup reach the setting', () => {
    expect(backupDueReason({ ...base, lastBackupAt: NOW - 30 * DAY_MS }, NOW)).toBe('days');
    expect(isBackupDue({ ...base, lastBackupAt: NOW - 30 * DAY_MS + 1 }, NOW)).toBe(false);
  });

  it('is due once the changes since the last backup reach the setting', () => {
    expect(backupDueReason({ ...base, changesSinceBackup: 100 }, NOW)).toBe('changes');
    expect(isBackupDue({ ...base, changesSinceBackup: 99 }, NOW)).toBe(false);
  });

  it('is never due when nothing changed since the last backup', () => {
    expect(
      isBackupDue({ ...base, lastBackupAt: NOW - 400 * DAY_MS, changesSinceBackup: 0 }, NOW),
    ).toBe(false);
  });

  it('stays quiet while snoozed, and speaks again when the snooze ends', () => {
    const due = { ...base, changesSinceBackup: 500 };
    expect(isBackupDue({ ...due, snoozedUntil: NOW + 1 }, NOW)).toBe(false);
    expect(isBackupDue({ ...due, snoozedUntil: NOW }, NOW)).toBe(true);
  });

  it('turns a trigger off when its threshold is 0', () => {
    expect(isBackupDue({ ...base, changesSinceBackup: 5_000, reminderChanges: 0 }, NOW)).toBe(
      false,
    );
    expect(isBackupDue({ ...base, lastBackupAt: 0, reminderDays: 0 }, NOW)).toBe(false);
  });

  it('counts days from the start when there was never a backup', () => {
    const never = { ...base, lastBackupAt: undefined };
    expect(isBackupDue({ ...never, startedAt: NOW - 2 * DAY_MS }, NOW)).toBe(false);
    expect(backupDueReason({ ...never, startedAt: NOW - 31 * DAY_MS }, NOW)).toBe('days');
    expect(isBackupDue(never, NOW)).toBe(false);
    expect(isBackupDue({ ...never, changesSinceBackup: 100 }, NOW)).toBe(true);
  });
});
