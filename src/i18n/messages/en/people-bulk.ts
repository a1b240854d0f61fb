import { defineMessages } from '../../define';

/** Selecting people on the People list and changing them all at once. */
export const peopleBulk = defineMessages({
  'people.bulk.start': 'Select',
  'people.bulk.done': 'Done',
  'people.bulk.selectAll': {
    one: 'Select the {count} person in this list',
    other: 'Select all {count} people in this list',
  },
  'people.bulk.selectPerson': 'Select {name}',
  'people.bulk.selectedCount': {
    one: '{count} person selected',
    other: '{count} people selected',
  },
  'people.bulk.clear': 'Clear selection',
  'people.bulk.title': 'Change everyone selected',
  'people.bulk.tier': 'Tier',
  'people.bulk.setTier': 'Set tier',
  'people.bulk.cadence': 'How often to be in touch',
  'people.bulk.cadenceTier': 'As their tier',
  'people.bulk.cadenceCustom': 'Every … days',
  'people.bulk.cadenceNone': 'No set rhythm',
  'people.bulk.cadenceDays': 'Every how many days',
  'people.bulk.setCadence': 'Set rhythm',
  'people.bulk.tags': 'Tags, separated by commas',
  'people.bulk.addTags': 'Add tags',
  'people.bulk.removeTags': 'Remove tags',
  'people.bulk.pause': 'Pause',
  'people.bulk.resume': 'Resume',
  'people.bulk.working': 'Saving…',
  'people.bulk.done.tier': {
    one: 'Tier set for {count} person.',
    other: 'Tier set for {count} people.',
  },
  'people.bulk.done.cadence': {
    one: 'Rhythm set for {count} person.',
    other: 'Rhythm set for {count} people.',
  },
  'people.bulk.done.addTags': {
    one: 'Tags added to {count} person.',
    other: 'Tags added to {count} people.',
  },
  'people.bulk.done.removeTags': {
    one: 'Tags removed from {count} person.',
    other: 'Tags removed from {count} people.',
  },
  'people.bulk.done.pause': { one: '{count} person paused.', other: '{count} people paused.' },
  'people.bulk.done.resume': {
    one: '{count} person resumed.',
    other: '{count} people resumed.',
  },
  'people.bulk.nothingChanged': 'Everyone selected already had that, so nothing changed.',
  'people.bulk.undone': 'Changed back.',
  'people.bulk.error.noTags': 'Type at least one tag.',
  'people.bulk.error.tagTooLong': 'A tag is too long: at most {max} characters.',
  'people.bulk.error.tooManyTags': {
    one: '{count} selected person would have more than {max} tags. Remove some of their tags first.',
    other:
      '{count} selected people would have more than {max} tags. Remove some of their tags first.',
  },
  'people.bulk.error.cadence': 'Enter a whole number of days from {min} to {max}.',
});
