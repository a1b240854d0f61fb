import { defineTranslation } from '../../define';
import type { pwa as english } from '../en/pwa';

export const pwa = defineTranslation<typeof english>()({
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
});
