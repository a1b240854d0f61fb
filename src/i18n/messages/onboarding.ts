import { defineMessages } from '../define';

export const onboarding = defineMessages({
  en: {
    'onboarding.title': 'Welcome to Ties',
    'onboarding.intro':
      'Ties keeps your professional network alive. Log a coffee or a call in seconds, and each week it tells you who to reach out to before a tie goes cold.',
    'onboarding.private': 'Everything stays on this device: no account, no server.',
    'onboarding.choices': 'How do you want to start?',
    'onboarding.demo': 'Explore with a demo network',
    'onboarding.demoHint':
      'About 150 made-up people and two years of touches. You can remove them later in Settings.',
    'onboarding.empty': 'Start empty',
    'onboarding.emptyHint': 'Add the people you know, one at a time.',
    'onboarding.importHint':
      'Bring in your contacts from a LinkedIn, phone or Google Contacts export (CSV or vCard).',
    'onboarding.restoreHint': 'Pick up where you left off, from a Ties backup file.',
    'onboarding.loading': 'Building your demo network…',
    'onboarding.failed': 'The demo network could not be saved, so nothing was changed. Try again.',
    'onboarding.emptyFailed': 'Your choice could not be saved. Try again.',
  },
  sv: {
    'onboarding.title': 'Välkommen till Ties',
    'onboarding.intro':
      'Ties håller ditt yrkesnätverk vid liv. Logga en fika eller ett samtal på några sekunder, så säger appen varje vecka vem du bör höra av dig till innan kontakten kallnar.',
    'onboarding.private': 'Allt stannar på den här enheten: inget konto, ingen server.',
    'onboarding.choices': 'Hur vill du börja?',
    'onboarding.demo': 'Utforska med ett demonätverk',
    'onboarding.demoHint':
      'Ungefär 150 påhittade personer och två års kontakter. Du kan ta bort dem senare under Inställningar.',
    'onboarding.empty': 'Börja tomt',
    'onboarding.emptyHint': 'Lägg till personerna du känner, en i taget.',
    'onboarding.importHint':
      'Hämta dina kontakter från en export från LinkedIn, telefonen eller Google Kontakter (CSV eller vCard).',
    'onboarding.restoreHint': 'Fortsätt där du slutade, från en säkerhetskopia av Ties.',
    'onboarding.loading': 'Bygger ditt demonätverk…',
    'onboarding.failed': 'Demonätverket kunde inte sparas, så inget ändrades. Försök igen.',
    'onboarding.emptyFailed': 'Ditt val kunde inte sparas. Försök igen.',
  },
});
