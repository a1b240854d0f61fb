import { defineMessages } from '../define';

// The part of import, export and backup (transfer.ts) that every screen can show: the backup
// reminder banner, the overlay for a file dropped anywhere and the way in from Settings. The
// rest loads with the import, export and backup screen (features/transfer/transfer-messages.ts).
export const yourDataShell = defineMessages({
  en: {
    'yourData.settings.title': 'Your data',
    'yourData.settings.intro':
      'Import people from LinkedIn or your phone, export them, and back up or restore everything.',
    'yourData.settings.open': 'Import, export and backup',
    'yourData.drop.overlay': 'Drop the file to import it',
    'yourData.reminder.label': 'Backup reminder',
    'yourData.reminder.never': 'You have not backed up your network yet.',
    'yourData.reminder.days': {
      one: 'Your last backup was {count} day ago.',
      other: 'Your last backup was {count} days ago.',
    },
    'yourData.reminder.changes': {
      one: '{count} change since your last backup.',
      other: '{count} changes since your last backup.',
    },
    'yourData.reminder.manyChanges': 'More than {count} changes since your last backup.',
    'yourData.reminder.backUp': 'Back up now',
    'yourData.reminder.later': 'Remind me in a week',
    'yourData.reminder.dismiss': 'Not now',
  },
  sv: {
    'yourData.settings.title': 'Dina data',
    'yourData.settings.intro':
      'Importera personer från LinkedIn eller telefonen, exportera dem, och säkerhetskopiera eller återställ allt.',
    'yourData.settings.open': 'Import, export och säkerhetskopia',
    'yourData.drop.overlay': 'Släpp filen för att importera den',
    'yourData.reminder.label': 'Påminnelse om säkerhetskopia',
    'yourData.reminder.never': 'Du har inte säkerhetskopierat ditt nätverk ännu.',
    'yourData.reminder.days': {
      one: 'Din senaste säkerhetskopia gjordes för {count} dag sedan.',
      other: 'Din senaste säkerhetskopia gjordes för {count} dagar sedan.',
    },
    'yourData.reminder.changes': {
      one: '{count} ändring sedan din senaste säkerhetskopia.',
      other: '{count} ändringar sedan din senaste säkerhetskopia.',
    },
    'yourData.reminder.manyChanges': 'Mer än {count} ändringar sedan din senaste säkerhetskopia.',
    'yourData.reminder.backUp': 'Säkerhetskopiera nu',
    'yourData.reminder.later': 'Påminn mig om en vecka',
    'yourData.reminder.dismiss': 'Inte nu',
  },
});
