import { defineMessages } from '../../define';

export const settings = defineMessages({
  'settings.title': 'Settings',
  'settings.saveFailed': 'The setting could not be saved. Try again.',
  'settings.keepInTouch.title': 'Keeping in touch',
  'settings.keepInTouch.intro':
    'How often you aim to be in touch with the people in each tier. People with their own rhythm keep it.',
  'settings.keepInTouch.cadences': 'Every how many days',
  'settings.keepInTouch.days': 'days',
  'settings.keepInTouch.noCadence': 'No set rhythm for acquaintances',
  'settings.keepInTouch.listSize': 'People on the weekly list',
  'settings.keepInTouch.listSizeHint': 'From {min} to {max}.',
  'settings.keepInTouch.weekStart': 'Weeks start on',
  'settings.keepInTouch.saving': 'Saving…',
  'settings.keepInTouch.saved': 'Saved. Everyone’s due dates now follow these rhythms.',
  'settings.keepInTouch.cadenceError': 'Enter a whole number of days from {min} to {max}.',
  'settings.keepInTouch.listSizeError': 'Enter a whole number from {min} to {max}.',
  'settings.keepInTouch.fixErrors': {
    one: 'Please fix {count} field.',
    other: 'Please fix {count} fields.',
  },
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
});
