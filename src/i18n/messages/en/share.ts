import { defineMessages } from '../../define';

// The share screen: pass a link or an article on to the people it would help.
export const share = defineMessages({
  'share.title': 'Share something',
  'share.intro': 'Pass a link or an article on to people it would help, and log it as a give.',
  'share.received': 'What you’re sharing',
  'share.link': 'Link',
  'share.paste.label': 'Link or text to share',
  'share.paste.hint': 'Paste a link, a title or a few paragraphs. Ties never opens the link.',
  'share.nothingYet':
    'Nothing shared yet. Paste a link or some text above, or share one to Ties from another app.',
  'share.loading': 'Looking for people who might like it…',
  'share.suggestions': 'Who might like it',
  'share.noMatch':
    'No one’s expertise, tags or active goals match these words. Search for someone below.',
  'share.more': {
    one: '{count} more person matches. Search for them below.',
    other: '{count} more people match. Search for them below.',
  },
  'share.matched': 'Matches {matches}',
  'share.pickedEarlier': 'Ticked earlier',
  'share.match.expertise': 'expertise “{label}”',
  'share.match.tag': 'tag “{label}”',
  'share.match.goal': 'goal “{label}”',
  'share.search': 'Add someone else',
  'share.log': 'Log as given',
  'share.logging': 'Logging…',
  'share.noOnePicked': 'Tick or add at least one person to log the share with.',
  'share.nothingToLog': 'Paste a link or some text to share first.',
  'share.failed': 'The share could not be logged: {reason}',
  'share.logged': 'Logged: you shared it with {names}',
});
