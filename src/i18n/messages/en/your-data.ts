import { defineMessages } from '../../define';

// The "Your data" screen: import, export, backup and restore. Every reason code of the parsers
// (interop/import-types.ts) and of the backup check (interop/backup-format.ts) has a text
// here that says what is wrong and where (line, card, table, row).
export const yourData = defineMessages({
  'yourData.title': 'Import, export and backup',
  'yourData.intro':
    'Bring people in from LinkedIn or your phone, take them out as vCard or CSV, and keep a backup of everything.',
  'yourData.nothingWritten': 'Nothing was imported.',

  'yourData.import.title': 'Import people',
  'yourData.import.intro':
    'A LinkedIn Connections.csv, a vCard file from your phone, iCloud or Google, or a Google Contacts CSV. You see what will happen before anything is saved. You can also drop a file anywhere on this window.',
  'yourData.import.pick': 'Choose a file to import',
  'yourData.import.phone': 'Add from phone contacts',
  'yourData.import.phoneFailed': 'Your phone contacts could not be opened.',
  'yourData.import.phoneNone': 'No contacts were picked.',
  'yourData.import.phoneSource': 'Phone contacts',
  'yourData.import.reading': 'Reading {name}…',
  'yourData.import.readingPhone': 'Reading the contacts you picked…',
  'yourData.import.matching': 'Comparing with the people you have…',
  'yourData.import.progress': 'Import progress',
  'yourData.import.tryAnother': 'Choose another file',
  'yourData.import.sharedMissing':
    'The shared file could not be found. Try sharing it again, or choose it here.',

  'yourData.failure.too-large':
    '{name} is {size}, and Ties imports files up to {max}. Is it the right file? Contact exports without photos are much smaller.',
  'yourData.failure.empty': '{name} is empty: there is nothing in it to import.',
  'yourData.failure.unknown-format':
    'Ties does not recognise {name}. It reads vCard files (.vcf) and CSV files exported by LinkedIn or Google Contacts.',
  'yourData.failure.not-utf8':
    '{name} is not UTF-8 text (the first unusual character is on line {line}).',
  'yourData.failure.binary':
    '{name} is not a text file ({kind}). Ties reads contacts saved as text: export them as CSV or vCard and choose that file.',
  'yourData.binary.zip': 'it is a ZIP archive, as Excel, Numbers and Word files are',
  'yourData.binary.pdf': 'it is a PDF document',
  'yourData.binary.image': 'it is a picture or a video',
  'yourData.binary.archive': 'it is a compressed archive',
  'yourData.binary.office': 'it is an Excel or Word file in the older format',
  'yourData.binary.data': 'it holds binary data, not letters',
  'yourData.failure.no-header':
    '{name} looks like a CSV file, but its first lines have no header Ties knows. Use LinkedIn’s Connections.csv or a Google Contacts CSV as it was exported, header row included.',
  'yourData.failure.unsupported-encoding':
    'This browser cannot read text in the encoding “{encoding}”. Pick another one.',
  'yourData.failure.read-failed': '{name} could not be read. Try again, or choose another file.',
  'yourData.failure.too-many-people':
    '{name} has about {count} people in it (rows or cards), and Ties imports up to {maxPeople} at a time. Split the file into parts of at most {maxPeople} people and import them one after the other.',

  'yourData.encoding.title': 'Which text encoding is this file in?',
  'yourData.encoding.explain':
    'Files saved by older versions of Excel are often Windows-1252. Pick an encoding and check that the sample reads right.',
  'yourData.encoding.label': 'Text encoding',
  'yourData.encoding.sample': 'Line {line} read this way:',
  'yourData.encoding.readAgain': 'Read the file with this encoding',
  'yourData.encoding.utf-8': 'UTF-8 (unusual characters shown as �)',
  'yourData.encoding.windows-1252': 'Western European (Windows-1252)',
  'yourData.encoding.iso-8859-1': 'Western European (ISO-8859-1)',
  'yourData.encoding.iso-8859-15': 'Western European with € (ISO-8859-15)',
  'yourData.encoding.macintosh': 'Mac Roman',
  'yourData.encoding.windows-1250': 'Central European (Windows-1250)',
  'yourData.encoding.windows-1251': 'Cyrillic (Windows-1251)',
  'yourData.encoding.utf-16le': 'UTF-16, little-endian',
  'yourData.encoding.utf-16be': 'UTF-16, big-endian',

  'yourData.format.linkedin-csv': 'LinkedIn connections (CSV)',
  'yourData.format.google-csv': 'Google Contacts (CSV)',
  'yourData.format.vcard': 'vCard',
  'yourData.place.line': 'Line {number}',
  'yourData.place.card': 'Card {number}',
  'yourData.place.cardAtLine': 'Card {number} (line {line})',
  'yourData.place.contact': 'Contact {number}',

  'yourData.skip.no-name': '{place}: no name, so there is no one to add.',
  'yourData.skip.malformed': '{place}: could not be read ({detail}).',
  'yourData.skip.unterminated-card':
    '{place}: the card never ends (no END:VCARD), so it was left out.',
  'yourData.skip.unbalanced-quotes': '{place}: a quotation mark is opened but never closed.',
  'yourData.skip.unbalanced-quotes-rest':
    '{place}: a quotation mark is opened but never closed, so the rest of the file could not be read.',
  'yourData.skip.too-many-columns': '{place}: the row has {detail} columns, more than Ties reads.',
  'yourData.skip.field-too-long':
    '{place}: “{field}” has {detail} characters, but Ties keeps at most {max}, so this person was left out. Shorten it in the file and import the file again.',
  'yourData.skip.entry-too-long':
    '{place}: an entry in “{field}” has {detail} characters, but Ties keeps at most {max}, so this person was left out. Shorten it in the file and import the file again.',
  'yourData.skip.too-many-items':
    '{place}: {detail} {field} in all, but Ties keeps at most {max} for one person, so this person was left out. Remove some from the file and import the file again.',

  'yourData.warning.extra-cells':
    '{place}: the row has {detail} cells, more than the header; the extra ones were left out.',
  'yourData.warning.lines-ignored': '{place}: {detail} lines Ties does not use were left out.',
  'yourData.warning.unreadable-value':
    '{place}: {field} “{detail}” could not be understood and was left out.',

  'yourData.field.givenName': 'given name',
  'yourData.field.familyName': 'family name',
  'yourData.field.displayName': 'shown name',
  'yourData.field.organisation': 'organisation',
  'yourData.field.role': 'role',
  'yourData.field.linkedInUrl': 'LinkedIn profile',
  'yourData.field.location': 'location',
  'yourData.field.notes': 'notes',
  'yourData.field.connectedOn': 'connected on',
  'yourData.field.birthday': 'birthday',
  'yourData.field.emails': 'e-mail addresses',
  'yourData.field.phones': 'phone numbers',
  'yourData.field.links': 'links',
  'yourData.field.tags': 'tags',
  'yourData.field.expertise': 'expertise',
  'yourData.field.howWeMet': 'how we met',
  'yourData.field.nextTimeNote': 'next time',
  'yourData.field.sourceKey': 'card id (UID)',
  'yourData.field.other': 'a field',

  'yourData.preview.title': 'Before anything is saved',
  'yourData.preview.from': '{format}: {name}',
  'yourData.preview.encoding': 'Read as {encoding}.',
  'yourData.preview.new': { one: '{count} new person', other: '{count} new people' },
  'yourData.preview.changed': {
    one: '{count} person you have gets new details',
    other: '{count} people you have get new details',
  },
  'yourData.preview.unchanged': {
    one: '{count} person is already up to date',
    other: '{count} people are already up to date',
  },
  'yourData.preview.conflicts': {
    one: '{count} detail differs from what you wrote',
    other: '{count} details differ from what you wrote',
  },
  'yourData.preview.skipped': {
    one: '{count} row or card skipped',
    other: '{count} rows or cards skipped',
  },
  'yourData.preview.duplicates': {
    one: '{count} repeat within the file, combined',
    other: '{count} repeats within the file, combined',
  },
  'yourData.preview.warnings': {
    one: '{count} value changed on the way in',
    other: '{count} values changed on the way in',
  },
  'yourData.preview.newTitle': 'New people',
  'yourData.preview.changedTitle': 'New details for people you have',
  'yourData.preview.conflictsTitle': 'Your version or the file’s?',
  'yourData.preview.conflictsIntro':
    'You wrote or changed these yourself. Your version stays unless you choose the file’s.',
  'yourData.preview.skippedTitle': 'Skipped',
  'yourData.preview.warningsTitle': 'Changed on the way in',
  'yourData.preview.duplicatesTitle': 'Repeated in the file',
  'yourData.preview.more': {
    one: '…and {count} more.',
    other: '…and {count} more.',
  },
  'yourData.preview.fills': 'fills in {fields}',
  'yourData.preview.updates': 'updates {fields}',
  'yourData.preview.additions': 'adds {fields}',
  'yourData.preview.asks': 'asks you about {fields}',
  'yourData.preview.recordOnly': 'remembers what this file says (nothing you see changes)',
  'yourData.preview.matchedBy.source-key': 'same LinkedIn profile or card',
  'yourData.preview.matchedBy.email': 'same e-mail address',
  'yourData.preview.matchedBy.name-org': 'same name and organisation',
  'yourData.preview.duplicate': '{place} is the same person as {other} ({rule}).',
  'yourData.preview.confirm': 'Import',
  'yourData.preview.applying': 'Importing…',
  'yourData.preview.nothing':
    'Everything in this file is already in Ties: there is nothing to import.',
  'yourData.preview.done': 'Done',
  'yourData.preview.readAgain': 'Check again',
  'yourData.apply.stale-plan':
    'Your people changed while you looked at this preview (perhaps in another tab). Nothing was imported. Check again for a fresh preview.',
  'yourData.apply.write-failed':
    'The import could not be saved, so nothing was imported. Try again.',
  'yourData.apply.progress': 'Saving the people from the file',
  'yourData.apply.stopping': 'Stopping…',
  'yourData.apply.cancelled': 'The import was stopped before it finished. Nothing was imported.',
  'yourData.apply.no-plan': 'Something went wrong and nothing was imported. Please check again.',
  'yourData.conflict.legend': '{name}: {field}',
  'yourData.conflict.keepMine': 'Keep mine: {value}',
  'yourData.conflict.takeFile': 'Take the file’s: {value}',
  'yourData.value.empty': '(empty)',

  'yourData.newPeople.legend': 'How close are you to the new people?',
  'yourData.newPeople.tier': 'Tier for all of them',
  'yourData.newPeople.rhythm': {
    one: 'You aim to be in touch with each of them every day.',
    other: 'You aim to be in touch with each of them every {count} days.',
  },
  'yourData.newPeople.hint':
    'You can change anyone’s tier later. People already in Ties keep their own tier and rhythm.',
  'yourData.newPeople.none': 'Keep in touch with none of them for now',
  'yourData.newPeople.noneHint':
    'They are added without a rhythm. This week then suggests only those you connected with on LinkedIn in the last 90 days.',
  'yourData.summary.asTier': {
    one: 'New people are {tier}: you aim to be in touch every day.',
    other: 'New people are {tier}: you aim to be in touch every {count} days.',
  },
  'yourData.summary.noRhythm':
    'New people are {tier}, with no rhythm for now: This week suggests only those you connected with on LinkedIn in the last 90 days.',
  'yourData.summary.title': 'Import finished',
  'yourData.summary.added': { one: 'Added {count} person.', other: 'Added {count} people.' },
  'yourData.summary.updated': {
    one: 'Updated {count} person.',
    other: 'Updated {count} people.',
  },
  'yourData.summary.nothing': 'Nothing new: everyone was already up to date.',
  'yourData.summary.undo': 'Undo this import',
  'yourData.summary.undoing': 'Undoing…',
  'yourData.summary.undone': 'The import is undone.',
  'yourData.summary.removed': {
    one: 'Removed {count} person it added.',
    other: 'Removed {count} people it added.',
  },
  'yourData.summary.restored': {
    one: 'Put {count} person back as they were.',
    other: 'Put {count} people back as they were.',
  },
  'yourData.summary.kept': {
    one: 'Kept {count} person you have made your own since (touched, edited or linked). Delete them by hand if you want to.',
    other:
      'Kept {count} people you have made your own since (touched, edited or linked). Delete them by hand if you want to.',
  },
  'yourData.summary.another': 'Import another file',
  'yourData.undo.already-undone': 'This import was undone already.',
  'yourData.undo.import-not-found': 'This import can no longer be undone.',
  'yourData.undo.stale-plan': 'The import could not be undone. Try again.',
  'yourData.undo.write-failed': 'The import could not be undone. Try again.',
  'yourData.undo.cancelled':
    'The undo was stopped before it finished. The import is still in place.',
  'yourData.undo.notUndone': 'The import was not undone.',
  'yourData.undo.progress': 'Undoing the import',
  'yourData.undo.stopping': 'Stopping…',
  'yourData.toast.imported': {
    one: 'Imported {count} person.',
    other: 'Imported {count} people.',
  },
  'yourData.toast.undo': 'Undo',
  'yourData.toast.undone': 'Import undone.',

  'yourData.export.title': 'Export people',
  'yourData.export.intro':
    'Everyone in Ties, archived people too, as a file for other apps. Touches stay in the backup.',
  'yourData.export.vcard': 'Download vCard (.vcf)',
  'yourData.export.csv': 'Download CSV for spreadsheets',
  'yourData.export.working': 'Preparing the file…',
  'yourData.export.done': {
    one: 'Exported {count} person.',
    other: 'Exported {count} people.',
  },
  'yourData.export.failed': 'The file could not be made. Try again.',
  'yourData.andMore': { one: 'and {count} more', other: 'and {count} more' },
  'yourData.exportSome.open': 'Export some people',
  'yourData.exportSome.title': 'Choose who to export',
  'yourData.exportSome.search': 'Find people',
  'yourData.exportSome.searchHint': 'By name, organisation, role, tag or e-mail.',
  'yourData.exportSome.reading': 'Reading your people…',
  'yourData.exportSome.nobody': 'There is no one to export yet.',
  'yourData.exportSome.noMatch': 'No one matches “{query}”.',
  'yourData.exportSome.showing': {
    one: 'Showing {shown} of {count} person. Type more to narrow it down.',
    other: 'Showing {shown} of {count} people. Type more to narrow it down.',
  },
  'yourData.exportSome.found': 'People found',
  'yourData.exportSome.archived': 'archived',
  'yourData.exportSome.chooseAll': {
    one: 'Choose the {count} person who matches',
    other: 'Choose all {count} who match',
  },
  'yourData.exportSome.chosen': {
    one: '{count} person chosen',
    other: '{count} people chosen',
  },
  'yourData.exportSome.chosenList': 'Chosen people',
  'yourData.exportSome.remove': 'Remove',
  'yourData.exportSome.removeLabel': 'Remove {name} from the export',
  'yourData.exportSome.clear': 'Clear the choice',
  'yourData.exportSome.vcard': 'Download the chosen as vCard',
  'yourData.exportSome.csv': 'Download the chosen as CSV',
  'yourData.exportSome.noneChosen': 'Choose at least one person to export.',

  'yourData.recent.title': 'Recent imports',
  'yourData.recent.intro':
    'The last imports on this device. Undo one to take back what it added and changed, also after closing the app.',
  'yourData.recent.failed': 'The recent imports could not be read.',
  'yourData.recent.unnamed': 'A file without a name',
  'yourData.recent.added': { one: '{count} person added', other: '{count} people added' },
  'yourData.recent.updated': {
    one: '{count} person updated',
    other: '{count} people updated',
  },
  'yourData.recent.undo': 'Undo',
  'yourData.recent.undoLabel': 'Undo the import of {name} from {date}',
  'yourData.recent.undoing': 'Undoing…',
  'yourData.recent.undoneAt': 'Undone {date}.',
  'yourData.recent.undoneNow': 'Undone just now.',
  'yourData.recent.kept.has-touches': {
    one: 'Kept {count} person you have logged a touch with since.',
    other: 'Kept {count} people you have logged touches with since.',
  },
  'yourData.recent.kept.edited': {
    one: 'Kept {count} person you edited after the import, as you left them.',
    other: 'Kept {count} people you edited after the import, as you left them.',
  },
  'yourData.recent.kept.in-use': {
    one: 'Kept {count} person linked from a relation, group, goal or “met via”.',
    other: 'Kept {count} people linked from a relation, group, goal or “met via”.',
  },
  'yourData.recent.keptHint': 'Delete them by hand if you want to.',

  'yourData.backup.title': 'Backup',
  'yourData.backup.intro':
    'One file with everything: people, touches, groups, goals, weekly lists and settings. Keep it somewhere safe, away from this device.',
  'yourData.backup.download': 'Download backup',
  'yourData.backup.working': 'Making the backup…',
  'yourData.backup.done': 'Backup saved as {name}.',
  'yourData.backup.failed': 'The backup could not be made. Nothing changed. Try again.',
  'yourData.backup.last': 'Last backup: {date}.',
  'yourData.backup.never': 'You have not made a backup yet.',
  'yourData.backup.changes': {
    one: '{count} change since then.',
    other: '{count} changes since then.',
  },
  'yourData.backup.manyChanges': 'More than {count} changes since then.',

  'yourData.reminder.settingsTitle': 'Remind me to back up',
  'yourData.reminder.afterDays': 'After this many days',
  'yourData.reminder.afterChanges': 'Or after this many changes',
  'yourData.reminder.hint': '0 turns that reminder off.',
  'yourData.reminder.save': 'Save reminder',
  'yourData.reminder.saved': 'Saved.',
  'yourData.reminder.invalid': 'Enter a whole number from 0 to {max}.',
  'yourData.reminder.saveFailed': 'The reminder could not be saved. Try again.',

  'yourData.restore.title': 'Restore a backup',
  'yourData.restore.intro':
    'Replaces everything in Ties with what the backup holds. Your data as it is now is kept aside first, so you can go back.',
  'yourData.restore.pick': 'Choose a backup file',
  'yourData.restore.checking': 'Checking the whole file…',
  'yourData.restore.confirmTitle': 'Replace your data with this backup?',
  'yourData.restore.made': 'Made {date} by Ties {version}.',
  'yourData.restore.what': 'What',
  'yourData.restore.now': 'Now',
  'yourData.restore.inFile': 'In the backup',
  'yourData.restore.confirm': 'Replace and restore',
  'yourData.restore.working': 'Restoring…',
  'yourData.restore.progress': 'Restore progress',
  'yourData.restore.copying': 'Keeping a copy of your data as it is now…',
  'yourData.restore.writing': 'Writing the backup’s data…',
  'yourData.restore.restoringHint':
    'Your data stays as it is until the restore is finished. Cancel, or leaving this page, stops it and changes nothing.',
  'yourData.restore.cancelling': 'Stopping the restore…',
  'yourData.restore.cancelled': 'The restore was stopped. Nothing was changed.',
  'yourData.restore.done': 'The backup is restored.',
  'yourData.restore.rebuilt':
    'Some numbers in the file did not match its touches, so Ties worked them out again.',
  'yourData.restore.failed': 'The restore could not be finished. Nothing was changed.',
  'yourData.restore.revertIntro': 'Your data from before the restore on {date} is kept.',
  'yourData.restore.revert': 'Revert restore',
  'yourData.restore.revertConfirm':
    'Go back to your data from before the restore? Changes made since the restore are replaced too.',
  'yourData.restore.revertYes': 'Yes, go back',
  'yourData.restore.reverting': 'Putting your data back…',
  'yourData.restore.reverted': 'Your data is back as it was before the restore.',
  'yourData.restore.revertFailed':
    'Your earlier data could not be put back. Nothing changed; try again.',
  'yourData.restore.discard': 'Keep the restored data and forget the old',
  'yourData.restore.nothingChanged': 'Nothing was changed.',
  'yourData.restore.problem.too-large': '{name} is too large to be a backup Ties can read.',
  'yourData.restore.problem.unreadable': '{name} could not be read.',
  'yourData.restore.problem.invalid-json':
    '{name} is not a Ties backup: it is not valid JSON (line {line}, column {column}). It may be damaged or cut short.',
  'yourData.restore.problem.not-a-backup': '{name} is not a Ties backup.',
  'yourData.restore.problem.newer-format':
    '{name} was made by a newer version of Ties (backup format {fileVersion}); this version reads up to format {supportedVersion}. Update Ties, by reloading it while online, then try again.',
  'yourData.restore.problem.invalid-format-version':
    '{name} has no valid backup format version, so Ties cannot read it safely.',
  'yourData.restore.problem.invalid-meta':
    '{name} is damaged: its header has a missing or wrong “{field}”.',
  'yourData.restore.problem.no-tables': '{name} holds no tables, so it is not a whole Ties backup.',
  'yourData.restore.problem.invalid-tables':
    '{name} is damaged: its “tables” is not an object naming each table.',
  'yourData.restore.problem.missing-table': '{name} is incomplete: the table “{table}” is missing.',
  'yourData.restore.problem.invalid-table':
    '{name} is damaged: the table “{table}” cannot be read.',
  'yourData.restore.problem.invalid-row':
    '{name} is damaged at table “{table}”, row {row}, field “{field}”.',
  'yourData.restore.problem.invalid-row-whole': '{name} is damaged at table “{table}”, row {row}.',
  'yourData.restore.problem.duplicate-id':
    '{name} is damaged: row {row} of table “{table}” repeats an id.',
  'yourData.restore.problem.dangling-reference':
    '{name} is damaged: row {row} of table “{table}” points at a touch that is not in the file.',
  'yourData.restore.problem.time-out-of-range':
    '{name} is damaged at table “{table}”, row {row}, field “{field}”: the time is outside what Ties stores ({from} to {until}).',
  'yourData.restore.problem.over-limit':
    '{name} cannot be restored: at table “{table}”, row {row}, the field “{field}” holds more than Ties keeps there (at most {max}, as in the form and the import).',
  'yourData.restore.problem.too-deep':
    '{name} is damaged at table “{table}”, row {row}, field “{field}”: its values are nested too deep (at most {max} levels).',
  'yourData.restore.problem.unknown-too-large':
    '{name} cannot be restored: at table “{table}”, row {row}, the field “{field}” is one Ties does not know, and it holds too much (at most {max} characters of such fields in a row).',
  'yourData.restore.problem.missing-person':
    '{name} is damaged: row {row} of table “{table}” is a touch with a person who is not in the file ({person}).',
  'yourData.table.contacts': 'People',
  'yourData.table.interactions': 'Touches',
  'yourData.table.relations': 'Relations',
  'yourData.table.groups': 'Groups',
  'yourData.table.goals': 'Goals',
  'yourData.table.weekPlans': 'Weekly lists',

  'yourData.duplicates.title': 'Duplicates',
  'yourData.duplicates.intro':
    'People who are probably in Ties twice: the same LinkedIn profile, e-mail address, or name at the same organisation. Merging moves their touches and relations to the one you keep.',
  'yourData.duplicates.find': 'Look for duplicates',
  'yourData.duplicates.looking': 'Looking…',
  'yourData.duplicates.none': 'No likely duplicates.',
  'yourData.duplicates.count': {
    one: '{count} likely duplicate.',
    other: '{count} likely duplicates.',
  },
  'yourData.duplicates.reason.linkedin': 'same LinkedIn profile',
  'yourData.duplicates.reason.source-key': 'same imported card',
  'yourData.duplicates.reason.email': 'same e-mail address',
  'yourData.duplicates.reason.name-org': 'same name and organisation',
  'yourData.duplicates.pair': '{first} and {second}',
  'yourData.duplicates.which': 'Which one to keep?',
  'yourData.duplicates.keep': 'Keep {name}',
  'yourData.duplicates.details': '{organisation} · {touches} · added {date}',
  'yourData.duplicates.touches': { one: '{count} touch', other: '{count} touches' },
  'yourData.duplicates.noOrganisation': 'no organisation',
  'yourData.duplicates.merge': 'Merge',
  'yourData.duplicates.showMore': 'Show more',
  'yourData.duplicates.merged': 'Merged into {name}.',
  'yourData.duplicates.mergeFailed':
    'These two could not be merged; one of them may have been deleted. Nothing changed.',
  'yourData.duplicates.undone': 'Merge undone.',
  'yourData.duplicates.undoFailed':
    'The merge cannot be undone any more: something it changed has been changed since.',
  'yourData.duplicates.merging': 'Merging the two',
  'yourData.duplicates.stopping': 'Stopping…',
  'yourData.duplicates.cancelled': 'The merge was stopped before it finished. Nothing changed.',
  'yourData.duplicates.notMerged': 'The two were not merged.',
  'yourData.duplicates.tooMany':
    'These two cannot be merged: together they have {count} {field}, and Ties keeps at most {max} for one person. Remove some from one of them first. Nothing changed.',
  'yourData.duplicates.tooLong':
    'These two cannot be merged: together their “{field}” would have {count} characters, and Ties keeps at most {max}. Shorten it on one of them first. Nothing changed.',
});
