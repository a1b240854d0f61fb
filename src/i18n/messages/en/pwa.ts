import { defineMessages } from '../../define';

export const pwa = defineMessages({
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
});
