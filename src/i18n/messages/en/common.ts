import { defineMessages } from '../../define';

export const common = defineMessages({
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
  'toast.waiting': { one: '1 more message waiting', other: '{count} more messages waiting' },
  'start.import': 'Import contacts',
  'start.restore': 'Restore a backup',
  'common.loading': 'Loading…',
  'common.back': 'Back',
  'common.skipToContent': 'Skip to content',
  'common.unknownDate': 'unknown date',
  'screenError.title': 'This screen could not be shown',
  'screenError.body':
    'Something stored in Ties could not be shown here. Your data has not been changed. Go to another screen, or reload to try again.',
  'screenError.home': 'Go to This week',
  'screenError.reload': 'Reload',
  'failure.outOfSpace':
    'Ties is out of space on this device: free some space, then try again. Nothing you typed is lost.',
  'failure.databaseClosed':
    'Ties was updated in another tab, so this tab can no longer save. Reload it to go on; nothing you typed is lost.',
  'failure.unknown': 'The change could not be saved. Nothing you typed is lost; try again.',
  'failure.cancelled': 'It was stopped before it finished. Nothing was changed.',
  'failure.personNotFound':
    'This person has been deleted, perhaps in another tab. Nothing was changed.',
  'failure.editConflict':
    'This was changed in another tab meanwhile, so nothing was saved. Look at it again, then try again.',
  'failure.noName': 'Type a name first.',
  'failure.nameTooLong': 'That name is too long. Shorten it, then try again.',
  'failure.noTags': 'Type at least one tag.',
  'failure.tagTooLong': 'A tag is too long. Shorten it, then try again.',
  'failure.tooManyTags':
    'Someone would have more tags than Ties keeps for one person. Remove some of their tags first.',
  'failure.cadenceOutOfRange': 'That number of days is out of range. Nothing was changed.',
  'failure.samePerson': 'A person cannot be merged with themselves. Nothing was changed.',
  'failure.overLimit':
    'Together they would have more than Ties keeps for one person. Shorten or remove something on one of them first. Nothing was changed.',
  'failure.changedSince':
    'This can no longer be undone: something it changed has been changed since.',
  'failure.noParticipants': 'Pick at least one person.',
  'failure.unknownParticipant': 'One of the people no longer exists. Nothing was saved.',
  'failure.invalidTime': 'That time is not valid. Pick a date and time.',
  'failure.invalidKind': 'That kind of touch is not known. Pick another one.',
  'failure.touchNotFound': 'This touch no longer exists; it may have been deleted in another tab.',
  'failure.noPlan':
    'This week’s list is no longer there: it was made again, perhaps in another tab. Nothing was changed.',
  'failure.notOnList': 'This person is no longer on this week’s list. Nothing was changed.',
  'failure.invalidDate': 'Pick a day that has not come yet.',
  'failure.stalePlan':
    'Your people changed meanwhile (perhaps in another tab), so nothing was imported. Check the file again.',
  'failure.importNotFound': 'This import can no longer be undone.',
  'failure.alreadyUndone': 'This import was undone already.',
  'failure.noCopy': 'Your earlier data is no longer kept, so it cannot be put back.',
  'failure.settingOutOfRange':
    'A value is out of its range, so nothing was saved. Check the fields, then save again.',
  'failure.askNotFound': 'This ask no longer exists; it may have been deleted in another tab.',
  'failure.goalNotFound':
    'The goal no longer exists; it may have been deleted in another tab. Nothing was saved.',
  'failure.invalidOutcome': 'That is not an outcome an ask can have. Choose another.',
  'failure.introductionNotFound':
    'This introduction no longer exists; it may have been deleted in another tab.',
  'failure.introduceToSelf': 'Choose two different people to introduce. Nothing was saved.',
  'failure.notANextState':
    'The introduction cannot move there from where it is now; it may have changed in another tab.',
  'failure.beforePreviousState':
    'That date would put the introduction’s steps out of order. Choose a date between the step before and the step after.',
  'failure.noTitle': 'Give the goal a title.',
  'failure.titleTooLong': 'The title is too long. Shorten it, then save again.',
  'failure.whyTooLong': 'The text under “Why” is too long. Shorten it, then save again.',
  'failure.expertiseTooLong': 'One kind of expertise is too long. Shorten it, then save again.',
  'failure.tooMuchExpertise': 'A goal can need at most 100 kinds of expertise. Remove some.',
  'failure.invalidDueDay': 'That date does not exist. Pick a day, or leave it empty.',
  'storage.unavailable':
    'This browser is not letting Ties store data (private mode or blocked storage). Nothing you enter can be saved.',
  'storage.upgradeBlocked':
    'Ties is updating its data but another Ties tab is still open on the older version. Close or reload the other Ties tabs to go on.',
  'connectionLoss.label': 'Reload needed',
  'connectionLoss.newerVersion': 'Ties was updated in another tab, so this tab can no longer save.',
  'connectionLoss.deleted':
    "Ties' data was deleted in another tab, so this tab can no longer save.",
  'connectionLoss.inputKept': 'Reload to go on; your unsaved input will be kept.',
  'connectionLoss.inputAtRisk':
    'Reload to go on, but copy what you typed here first: this form is not kept across a reload.',
  'connectionLoss.reload': 'Reload',
  'connectionLoss.confirmLoss': 'A reload now loses what you typed here and did not save.',
  'connectionLoss.reloadAnyway': 'Reload anyway',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.home': 'Go to This week',
  'comingSoon.thisWeek':
    'Your weekly reach-out list will live here. It is not built yet: until then, add people and log touches.',
  'tie.status.ok': 'On track',
  'tie.status.due': 'Due soon',
  'tie.status.overdue': 'Overdue',
  'tie.status.dormant': 'Dormant',
  'tie.status.new': 'New',
  'tie.status.paused': 'Paused',
  'tie.statusPrefix': 'Status:',
  'comingSoon.network':
    'The network graph is not built yet. It will show who you know and how they connect.',
});
