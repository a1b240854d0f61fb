import { defineMessages } from '../../define';

export const onboarding = defineMessages({
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
});
