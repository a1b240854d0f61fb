import { defineMessages } from '../define';

// The part of import, export and backup (your-data.ts) that every screen can show: the backup
// reminder banner, the overlay for a file dropped anywhere and the way in from Settings. The
// rest loads with the "Your data" screen (features/your-data/your-data-messages.ts).
export const transferShell = defineMessages({
  en: {
    'transfer.settings.title': 'Your data',
    'transfer.settings.intro':
      'Import people from LinkedIn or your phone, export them, and back up or restore everything.',
    'transfer.settings.open': 'Import, export and backup',
    'transfer.drop.overlay': 'Drop the file to import it',
    'transfer.reminder.label': 'Backup reminder',
    'transfer.reminder.never': 'You have not backed up your network yet.',
    'transfer.reminder.days': {
      one: 'Your last backup was {count} day ago.',
      other: 'Your last backup was {count} days ago.',
    },
    'transfer.reminder.changes': {
      one: '{count} change since your last backup.',
      other: '{count} changes since your last backup.',
    },
    'transfer.reminder.manyChanges': 'More than {count} changes since your last backup.',
    'transfer.reminder.backUp': 'Back up now',
    'transfer.reminder.later': 'Remind me in a week',
    'transfer.reminder.dismiss': 'Not now',
  },
  sv: {
    'transfer.settings.title': 'Dina data',
    'transfer.settings.intro':
      'Importera personer från LinkedIn eller telefonen, exportera dem, och säkerhetskopiera eller återställ allt.',
    'transfer.settings.open': 'Import, export och säkerhetskopia',
    'transfer.drop.overlay': 'Släpp filen för att importera den',
    'transfer.reminder.label': 'Påminnelse om säkerhetskopia',
    'transfer.reminder.never': 'Du har inte säkerhetskopierat ditt nätverk ännu.',
    'transfer.reminder.days': {
      one: 'Din senaste säkerhetskopia gjordes för {count} dag sedan.',
      other: 'Din senaste säkerhetskopia gjordes för {count} dagar sedan.',
    },
    'transfer.reminder.changes': {
      one: '{count} ändring sedan din senaste säkerhetskopia.',
      other: '{count} ändringar sedan din senaste säkerhetskopia.',
    },
    'transfer.reminder.manyChanges': 'Mer än {count} ändringar sedan din senaste säkerhetskopia.',
    'transfer.reminder.backUp': 'Säkerhetskopiera nu',
    'transfer.reminder.later': 'Påminn mig om en vecka',
    'transfer.reminder.dismiss': 'Inte nu',
  },
});
