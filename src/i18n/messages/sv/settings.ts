import { defineTranslation } from '../../define';
import type { settings as english } from '../en/settings';

export const settings = defineTranslation<typeof english>()({
  'settings.title': 'Inställningar',
  'settings.saveFailed': 'Inställningen kunde inte sparas. Försök igen.',
  'settings.keepInTouch.title': 'Hålla kontakten',
  'settings.keepInTouch.intro':
    'Hur ofta du vill höra av dig till personerna på varje nivå. Personer med egen rytm behåller den.',
  'settings.keepInTouch.cadences': 'Hur många dagar mellan gångerna',
  'settings.keepInTouch.days': 'dagar',
  'settings.keepInTouch.noCadence': 'Ingen fast rytm för bekanta',
  'settings.keepInTouch.listSize': 'Personer på veckolistan',
  'settings.keepInTouch.listSizeHint': 'Från {min} till {max}.',
  'settings.keepInTouch.weekStart': 'Veckan börjar på',
  'settings.keepInTouch.saving': 'Sparar…',
  'settings.keepInTouch.saved': 'Sparat. Allas datum följer nu de här rytmerna.',
  'settings.keepInTouch.cadenceError': 'Ange ett helt antal dagar från {min} till {max}.',
  'settings.keepInTouch.listSizeError': 'Ange ett heltal från {min} till {max}.',
  'settings.keepInTouch.fixErrors': {
    one: 'Rätta {count} fält.',
    other: 'Rätta {count} fält.',
  },
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
});
