// Backup files the browser tests restore, written as an earlier version of Ties wrote them
// (backup format 1, before labels on phones and e-mails): a restore must keep taking them.

type Row = Record<string, unknown>;

/**
 * A format-1 backup's text: these people and touches, no relations, groups, goals or week
 * plans, and the default settings of a device onboarded at `createdAt`.
 */
export function formatOneBackupText({
  createdAt,
  schemaVersion,
  contacts = [],
  interactions = [],
}: {
  createdAt: number;
  schemaVersion: number;
  contacts?: Row[];
  interactions?: Row[];
}): string {
  return JSON.stringify({
    format: 'ties-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt,
    schemaVersion,
    tables: {
      contacts,
      interactions,
      participations: [],
      relations: [],
      groups: [],
      goals: [],
      weekPlans: [],
      settings: [
        {
          id: 'settings',
          tierCadenceDays: { inner: 14, close: 30, active: 90, wide: 180, acquaintance: 365 },
          weekStartDay: 1,
          listSize: 7,
          language: null,
          theme: 'system',
          backupReminderDays: 30,
          backupReminderChanges: 100,
          hasDemoData: false,
          onboardedAt: createdAt,
        },
      ],
    },
  });
}
