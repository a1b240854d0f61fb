import { defineMessages } from '../../define';

// The part of the Your data screen's messages (your-data.ts) that every screen can show: the
// backup reminder banner, the overlay for a file dropped anywhere and the way in from
// Settings. The rest loads with the Your data screen (features/your-data/your-data-messages.ts).
export const yourDataShell = defineMessages({
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
});
