import { defineTranslation } from '../../define';
import type { yourDataShell as english } from '../en/your-data-shell';

export const yourDataShell = defineTranslation<typeof english>()({
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
});
