import { defineMessages } from '../define';

export const settings = defineMessages({
  en: {
    'settings.title': 'Settings',
    'settings.saveFailed': 'The setting could not be saved. Try again.',
    'settings.language.title': 'Language',
    'settings.language.browser': 'Follow the browser',
    'settings.theme.title': 'Theme',
    'settings.theme.system': 'Same as the system',
    'settings.theme.light': 'Light',
    'settings.theme.dark': 'Dark',
    'settings.storage.title': 'Storage',
    'settings.storage.persistent': 'Kept safe by the browser',
    'settings.storage.persistentYes': 'Yes. The browser will not clear Ties’ data on its own.',
    'settings.storage.persistentNo':
      'No. The browser may clear Ties’ data when the device runs low on space.',
    'settings.storage.persistentUnknown': 'Unknown: this browser does not say.',
    'settings.storage.used': 'Space used',
    'settings.storage.usedOf': '{used} of {quota}',
    'settings.storage.usedUnknown': 'Unknown',
    'settings.storage.checking': 'Checking…',
    'settings.storage.keep': 'Keep my data',
    'settings.storage.granted': 'Done: the browser will keep Ties’ data.',
    'settings.storage.denied':
      'The browser said no for now. Installing Ties on your home screen, or using it often, usually changes that.',
    'settings.storage.unsupported': 'This browser cannot promise to keep data.',
    'settings.demo.title': 'Demo data',
    'settings.demo.loadedInfo':
      'The demo network is loaded: made-up people and touches to explore with.',
    'settings.demo.remove': 'Remove demo data',
    'settings.demo.confirm':
      'Remove every demo person, touch, group and goal? What you added yourself stays.',
    'settings.demo.confirmRemove': 'Yes, remove',
    'settings.demo.removing': 'Removing…',
    'settings.demo.removed': {
      one: 'Removed {count} demo person and their touches.',
      other: 'Removed {count} demo people and their touches.',
    },
    'settings.demo.notLoadedInfo':
      'Try Ties with about 150 made-up people and two years of touches. You can remove them again here.',
    'settings.demo.load': 'Load the demo network',
    'settings.demo.loading': 'Loading the demo network…',
    'settings.demo.loaded': 'The demo network is loaded.',
    'settings.demo.failed': 'That did not work and nothing was changed. Try again.',
    'settings.about.title': 'About',
    'settings.about.version': 'Ties version {version}',
    'settings.about.private':
      'Everything you enter stays on this device. Ties has no account and no server.',
  },
  sv: {
    'settings.title': 'Inställningar',
    'settings.saveFailed': 'Inställningen kunde inte sparas. Försök igen.',
    'settings.language.title': 'Språk',
    'settings.language.browser': 'Samma som webbläsaren',
    'settings.theme.title': 'Tema',
    'settings.theme.system': 'Samma som systemet',
    'settings.theme.light': 'Ljust',
    'settings.theme.dark': 'Mörkt',
    'settings.storage.title': 'Lagring',
    'settings.storage.persistent': 'Skyddad av webbläsaren',
    'settings.storage.persistentYes': 'Ja. Webbläsaren rensar inte Ties data på egen hand.',
    'settings.storage.persistentNo':
      'Nej. Webbläsaren kan rensa Ties data när det blir ont om utrymme på enheten.',
    'settings.storage.persistentUnknown': 'Okänt: webbläsaren talar inte om det.',
    'settings.storage.used': 'Använt utrymme',
    'settings.storage.usedOf': '{used} av {quota}',
    'settings.storage.usedUnknown': 'Okänt',
    'settings.storage.checking': 'Kontrollerar…',
    'settings.storage.keep': 'Behåll mina data',
    'settings.storage.granted': 'Klart: webbläsaren behåller Ties data.',
    'settings.storage.denied':
      'Webbläsaren sa nej för tillfället. Att installera Ties på hemskärmen, eller använda appen ofta, brukar ändra på det.',
    'settings.storage.unsupported': 'Den här webbläsaren kan inte lova att behålla data.',
    'settings.demo.title': 'Demodata',
    'settings.demo.loadedInfo':
      'Demonätverket är inläst: påhittade personer och kontakter att utforska med.',
    'settings.demo.remove': 'Ta bort demodata',
    'settings.demo.confirm':
      'Ta bort alla demopersoner, kontakter, grupper och mål? Det du själv lagt till finns kvar.',
    'settings.demo.confirmRemove': 'Ja, ta bort',
    'settings.demo.removing': 'Tar bort…',
    'settings.demo.removed': {
      one: 'Tog bort {count} demoperson och hens kontakter.',
      other: 'Tog bort {count} demopersoner och deras kontakter.',
    },
    'settings.demo.notLoadedInfo':
      'Prova Ties med ungefär 150 påhittade personer och två års kontakter. Du kan ta bort dem igen här.',
    'settings.demo.load': 'Läs in demonätverket',
    'settings.demo.loading': 'Läser in demonätverket…',
    'settings.demo.loaded': 'Demonätverket är inläst.',
    'settings.demo.failed': 'Det gick inte, och inget ändrades. Försök igen.',
    'settings.about.title': 'Om Ties',
    'settings.about.version': 'Ties version {version}',
    'settings.about.private':
      'Allt du skriver in stannar på den här enheten. Ties har inget konto och ingen server.',
  },
});
