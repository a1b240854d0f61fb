import { defineTranslation } from '../../define';
import type { onboarding as english } from '../en/onboarding';

export const onboarding = defineTranslation<typeof english>()({
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
});
