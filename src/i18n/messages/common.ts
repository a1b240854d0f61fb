import { defineMessages } from '../define';

export const common = defineMessages({
  en: {
    'app.name': 'Ties',
    'nav.label': 'Main',
    'nav.thisWeek': 'This week',
    'nav.people': 'People',
    'nav.network': 'Network',
    'nav.log': 'Log',
    'nav.settings': 'Settings',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.delete': 'Delete',
    'common.edit': 'Edit',
    'common.undo': 'Undo',
    'common.loading': 'Loading…',
    'common.back': 'Back',
    'common.skipToContent': 'Skip to content',
    'storage.unavailable':
      'This browser is not letting Ties store data (private mode or blocked storage). Nothing you enter can be saved.',
    'notFound.title': 'Page not found',
    'notFound.body': 'There is nothing at this address.',
    'notFound.home': 'Go to This week',
    'comingSoon.thisWeek':
      'Your weekly reach-out list will live here. It is not built yet: until then, add people and log touches.',
    'comingSoon.network':
      'The network graph is not built yet. It will show who you know and how they connect.',
  },
  sv: {
    'app.name': 'Ties',
    'nav.label': 'Huvudmeny',
    'nav.thisWeek': 'Veckan',
    'nav.people': 'Personer',
    'nav.network': 'Nätverk',
    'nav.log': 'Logga',
    'nav.settings': 'Inställningar',
    'common.save': 'Spara',
    'common.cancel': 'Avbryt',
    'common.close': 'Stäng',
    'common.delete': 'Radera',
    'common.edit': 'Redigera',
    'common.undo': 'Ångra',
    'common.loading': 'Laddar…',
    'common.back': 'Tillbaka',
    'common.skipToContent': 'Hoppa till innehållet',
    'storage.unavailable':
      'Webbläsaren låter inte Ties spara data (privat läge eller blockerad lagring). Inget du skriver kan sparas.',
    'notFound.title': 'Sidan finns inte',
    'notFound.body': 'Det finns inget på den här adressen.',
    'notFound.home': 'Till veckan',
    'comingSoon.thisWeek':
      'Här kommer veckans lista över vilka du bör höra av dig till. Den är inte byggd än: lägg till personer och logga kontakter så länge.',
    'comingSoon.network':
      'Nätverksgrafen är inte byggd än. Den kommer att visa vilka du känner och hur de hänger ihop.',
  },
});
