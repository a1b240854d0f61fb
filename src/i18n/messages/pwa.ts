import { defineMessages } from '../define';

export const pwa = defineMessages({
  en: {
    'pwa.update.label': 'App update',
    'pwa.update.ready': 'A new version of Ties is ready.',
    'pwa.update.reload': 'Reload',
    'pwa.update.later': 'Later',
    'pwa.update.saveFirst': 'Save or discard your changes first.',
    'pwa.install.label': 'Install Ties',
    'pwa.install.iosHint': 'Install Ties: tap Share, then Add to Home Screen.',
    'pwa.install.offer': 'Install Ties on this device to open it like an app, even offline.',
    'pwa.install.install': 'Install',
    'pwa.install.dismiss': 'Not now',
  },
  sv: {
    'pwa.update.label': 'Uppdatering',
    'pwa.update.ready': 'En ny version av Ties är klar.',
    'pwa.update.reload': 'Ladda om',
    'pwa.update.later': 'Senare',
    'pwa.update.saveFirst': 'Spara eller släng dina ändringar först.',
    'pwa.install.label': 'Installera Ties',
    'pwa.install.iosHint': 'Installera Ties: tryck på Dela och sedan Lägg till på hemskärmen.',
    'pwa.install.offer':
      'Installera Ties på enheten så öppnas den som en app, även utan uppkoppling.',
    'pwa.install.install': 'Installera',
    'pwa.install.dismiss': 'Inte nu',
  },
});
