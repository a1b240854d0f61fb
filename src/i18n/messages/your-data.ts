import { defineMessages } from '../define';

// The "Your data" screen: import, export, backup and restore. Every reason code of the parsers
// (interop/import-types.ts) and of the backup check (interop/backup-format.ts) has a text
// here that says what is wrong and where (line, card, table, row).
export const transfer = defineMessages({
  en: {
    'transfer.title': 'Import, export and backup',
    'transfer.intro':
      'Bring people in from LinkedIn or your phone, take them out as vCard or CSV, and keep a backup of everything.',
    'transfer.nothingWritten': 'Nothing was imported.',

    'transfer.import.title': 'Import people',
    'transfer.import.intro':
      'A LinkedIn Connections.csv, a vCard file from your phone, iCloud or Google, or a Google Contacts CSV. You see what will happen before anything is saved. You can also drop a file anywhere on this window.',
    'transfer.import.pick': 'Choose a file to import',
    'transfer.import.phone': 'Add from phone contacts',
    'transfer.import.phoneFailed': 'Your phone contacts could not be opened.',
    'transfer.import.phoneNone': 'No contacts were picked.',
    'transfer.import.phoneSource': 'Phone contacts',
    'transfer.import.reading': 'Reading {name}…',
    'transfer.import.readingPhone': 'Reading the contacts you picked…',
    'transfer.import.matching': 'Comparing with the people you have…',
    'transfer.import.progress': 'Import progress',
    'transfer.import.tryAnother': 'Choose another file',
    'transfer.import.sharedMissing':
      'The shared file could not be found. Try sharing it again, or choose it here.',

    'transfer.failure.too-large':
      '{name} is {size}, and Ties imports files up to {max}. Is it the right file? Contact exports without photos are much smaller.',
    'transfer.failure.empty': '{name} is empty: there is nothing in it to import.',
    'transfer.failure.unknown-format':
      'Ties does not recognise {name}. It reads vCard files (.vcf) and CSV files exported by LinkedIn or Google Contacts.',
    'transfer.failure.not-utf8':
      '{name} is not UTF-8 text (the first unusual character is on line {line}).',
    'transfer.failure.binary':
      '{name} is not a text file ({kind}). Ties reads contacts saved as text: export them as CSV or vCard and choose that file.',
    'transfer.binary.zip': 'it is a ZIP archive, as Excel, Numbers and Word files are',
    'transfer.binary.pdf': 'it is a PDF document',
    'transfer.binary.image': 'it is a picture or a video',
    'transfer.binary.archive': 'it is a compressed archive',
    'transfer.binary.office': 'it is an Excel or Word file in the older format',
    'transfer.binary.data': 'it holds binary data, not letters',
    'transfer.failure.no-header':
      '{name} looks like a CSV file, but its first lines have no header Ties knows. Use LinkedIn’s Connections.csv or a Google Contacts CSV as it was exported, header row included.',
    'transfer.failure.unsupported-encoding':
      'This browser cannot read text in the encoding “{encoding}”. Pick another one.',
    'transfer.failure.read-failed': '{name} could not be read. Try again, or choose another file.',
    'transfer.failure.too-many-people':
      '{name} has about {count} people in it (rows or cards), and Ties imports up to {maxPeople} at a time. Split the file into parts of at most {maxPeople} people and import them one after the other.',

    'transfer.encoding.title': 'Which text encoding is this file in?',
    'transfer.encoding.explain':
      'Files saved by older versions of Excel are often Windows-1252. Pick an encoding and check that the sample reads right.',
    'transfer.encoding.label': 'Text encoding',
    'transfer.encoding.sample': 'Line {line} read this way:',
    'transfer.encoding.readAgain': 'Read the file with this encoding',
    'transfer.encoding.utf-8': 'UTF-8 (unusual characters shown as �)',
    'transfer.encoding.windows-1252': 'Western European (Windows-1252)',
    'transfer.encoding.iso-8859-1': 'Western European (ISO-8859-1)',
    'transfer.encoding.iso-8859-15': 'Western European with € (ISO-8859-15)',
    'transfer.encoding.macintosh': 'Mac Roman',
    'transfer.encoding.windows-1250': 'Central European (Windows-1250)',
    'transfer.encoding.windows-1251': 'Cyrillic (Windows-1251)',
    'transfer.encoding.utf-16le': 'UTF-16, little-endian',
    'transfer.encoding.utf-16be': 'UTF-16, big-endian',

    'transfer.format.linkedin-csv': 'LinkedIn connections (CSV)',
    'transfer.format.google-csv': 'Google Contacts (CSV)',
    'transfer.format.vcard': 'vCard',
    'transfer.place.line': 'Line {number}',
    'transfer.place.card': 'Card {number}',
    'transfer.place.cardAtLine': 'Card {number} (line {line})',
    'transfer.place.contact': 'Contact {number}',

    'transfer.skip.no-name': '{place}: no name, so there is no one to add.',
    'transfer.skip.malformed': '{place}: could not be read ({detail}).',
    'transfer.skip.unterminated-card':
      '{place}: the card never ends (no END:VCARD), so it was left out.',
    'transfer.skip.unbalanced-quotes': '{place}: a quotation mark is opened but never closed.',
    'transfer.skip.unbalanced-quotes-rest':
      '{place}: a quotation mark is opened but never closed, so the rest of the file could not be read.',
    'transfer.skip.too-many-columns':
      '{place}: the row has {detail} columns, more than Ties reads.',
    'transfer.skip.field-too-long':
      '{place}: “{field}” has {detail} characters, but Ties keeps at most {max}, so this person was left out. Shorten it in the file and import the file again.',
    'transfer.skip.entry-too-long':
      '{place}: an entry in “{field}” has {detail} characters, but Ties keeps at most {max}, so this person was left out. Shorten it in the file and import the file again.',
    'transfer.skip.too-many-items':
      '{place}: {detail} {field} in all, but Ties keeps at most {max} for one person, so this person was left out. Remove some from the file and import the file again.',

    'transfer.warning.extra-cells':
      '{place}: the row has {detail} cells, more than the header; the extra ones were left out.',
    'transfer.warning.lines-ignored': '{place}: {detail} lines Ties does not use were left out.',
    'transfer.warning.unreadable-value':
      '{place}: {field} “{detail}” could not be understood and was left out.',

    'transfer.field.givenName': 'given name',
    'transfer.field.familyName': 'family name',
    'transfer.field.displayName': 'shown name',
    'transfer.field.organisation': 'organisation',
    'transfer.field.role': 'role',
    'transfer.field.linkedInUrl': 'LinkedIn profile',
    'transfer.field.location': 'location',
    'transfer.field.notes': 'notes',
    'transfer.field.connectedOn': 'connected on',
    'transfer.field.birthday': 'birthday',
    'transfer.field.emails': 'e-mail addresses',
    'transfer.field.phones': 'phone numbers',
    'transfer.field.links': 'links',
    'transfer.field.tags': 'tags',
    'transfer.field.expertise': 'expertise',
    'transfer.field.howWeMet': 'how we met',
    'transfer.field.nextTimeNote': 'next time',
    'transfer.field.sourceKey': 'card id (UID)',
    'transfer.field.other': 'a field',

    'transfer.preview.title': 'Before anything is saved',
    'transfer.preview.from': '{format}: {name}',
    'transfer.preview.encoding': 'Read as {encoding}.',
    'transfer.preview.new': { one: '{count} new person', other: '{count} new people' },
    'transfer.preview.changed': {
      one: '{count} person you have gets new details',
      other: '{count} people you have get new details',
    },
    'transfer.preview.unchanged': {
      one: '{count} person is already up to date',
      other: '{count} people are already up to date',
    },
    'transfer.preview.conflicts': {
      one: '{count} detail differs from what you wrote',
      other: '{count} details differ from what you wrote',
    },
    'transfer.preview.skipped': {
      one: '{count} row or card skipped',
      other: '{count} rows or cards skipped',
    },
    'transfer.preview.duplicates': {
      one: '{count} repeat within the file, combined',
      other: '{count} repeats within the file, combined',
    },
    'transfer.preview.warnings': {
      one: '{count} value changed on the way in',
      other: '{count} values changed on the way in',
    },
    'transfer.preview.newTitle': 'New people',
    'transfer.preview.changedTitle': 'New details for people you have',
    'transfer.preview.conflictsTitle': 'Your version or the file’s?',
    'transfer.preview.conflictsIntro':
      'You wrote or changed these yourself. Your version stays unless you choose the file’s.',
    'transfer.preview.skippedTitle': 'Skipped',
    'transfer.preview.warningsTitle': 'Changed on the way in',
    'transfer.preview.duplicatesTitle': 'Repeated in the file',
    'transfer.preview.more': {
      one: '…and {count} more.',
      other: '…and {count} more.',
    },
    'transfer.preview.fills': 'fills in {fields}',
    'transfer.preview.updates': 'updates {fields}',
    'transfer.preview.additions': 'adds {fields}',
    'transfer.preview.asks': 'asks you about {fields}',
    'transfer.preview.recordOnly': 'remembers what this file says (nothing you see changes)',
    'transfer.preview.matchedBy.source-key': 'same LinkedIn profile or card',
    'transfer.preview.matchedBy.email': 'same e-mail address',
    'transfer.preview.matchedBy.name-org': 'same name and organisation',
    'transfer.preview.duplicate': '{place} is the same person as {other} ({rule}).',
    'transfer.preview.confirm': 'Import',
    'transfer.preview.applying': 'Importing…',
    'transfer.preview.nothing':
      'Everything in this file is already in Ties: there is nothing to import.',
    'transfer.preview.done': 'Done',
    'transfer.preview.readAgain': 'Check again',
    'transfer.apply.stale-plan':
      'Your people changed while you looked at this preview (perhaps in another tab). Nothing was imported. Check again for a fresh preview.',
    'transfer.apply.write-failed':
      'The import could not be saved, so nothing was imported. Try again.',
    'transfer.apply.progress': 'Saving the people from the file',
    'transfer.apply.stopping': 'Stopping…',
    'transfer.apply.cancelled': 'The import was stopped before it finished. Nothing was imported.',
    'transfer.apply.no-plan': 'Something went wrong and nothing was imported. Please check again.',
    'transfer.conflict.legend': '{name}: {field}',
    'transfer.conflict.keepMine': 'Keep mine: {value}',
    'transfer.conflict.takeFile': 'Take the file’s: {value}',
    'transfer.value.empty': '(empty)',

    'transfer.newPeople.legend': 'How close are you to the new people?',
    'transfer.newPeople.tier': 'Tier for all of them',
    'transfer.newPeople.rhythm': {
      one: 'You aim to be in touch with each of them every day.',
      other: 'You aim to be in touch with each of them every {count} days.',
    },
    'transfer.newPeople.hint':
      'You can change anyone’s tier later. People already in Ties keep their own tier and rhythm.',
    'transfer.newPeople.none': 'Keep in touch with none of them for now',
    'transfer.newPeople.noneHint':
      'They are added without a rhythm. This week then suggests only those you connected with on LinkedIn in the last 90 days.',
    'transfer.summary.asTier': {
      one: 'New people are {tier}: you aim to be in touch every day.',
      other: 'New people are {tier}: you aim to be in touch every {count} days.',
    },
    'transfer.summary.noRhythm':
      'New people are {tier}, with no rhythm for now: This week suggests only those you connected with on LinkedIn in the last 90 days.',
    'transfer.summary.title': 'Import finished',
    'transfer.summary.added': { one: 'Added {count} person.', other: 'Added {count} people.' },
    'transfer.summary.updated': {
      one: 'Updated {count} person.',
      other: 'Updated {count} people.',
    },
    'transfer.summary.nothing': 'Nothing new: everyone was already up to date.',
    'transfer.summary.undo': 'Undo this import',
    'transfer.summary.undoing': 'Undoing…',
    'transfer.summary.undone': 'The import is undone.',
    'transfer.summary.removed': {
      one: 'Removed {count} person it added.',
      other: 'Removed {count} people it added.',
    },
    'transfer.summary.restored': {
      one: 'Put {count} person back as they were.',
      other: 'Put {count} people back as they were.',
    },
    'transfer.summary.kept': {
      one: 'Kept {count} person you have made your own since (touched, edited or linked). Delete them by hand if you want to.',
      other:
        'Kept {count} people you have made your own since (touched, edited or linked). Delete them by hand if you want to.',
    },
    'transfer.summary.another': 'Import another file',
    'transfer.undo.already-undone': 'This import was undone already.',
    'transfer.undo.not-found': 'This import can no longer be undone.',
    'transfer.undo.stale-plan': 'The import could not be undone. Try again.',
    'transfer.undo.write-failed': 'The import could not be undone. Try again.',
    'transfer.undo.cancelled':
      'The undo was stopped before it finished. The import is still in place.',
    'transfer.undo.notUndone': 'The import was not undone.',
    'transfer.undo.progress': 'Undoing the import',
    'transfer.undo.stopping': 'Stopping…',
    'transfer.toast.imported': {
      one: 'Imported {count} person.',
      other: 'Imported {count} people.',
    },
    'transfer.toast.undo': 'Undo',
    'transfer.toast.undone': 'Import undone.',

    'transfer.export.title': 'Export people',
    'transfer.export.intro':
      'Everyone in Ties, archived people too, as a file for other apps. Touches stay in the backup.',
    'transfer.export.vcard': 'Download vCard (.vcf)',
    'transfer.export.csv': 'Download CSV for spreadsheets',
    'transfer.export.working': 'Preparing the file…',
    'transfer.export.done': {
      one: 'Exported {count} person.',
      other: 'Exported {count} people.',
    },
    'transfer.export.failed': 'The file could not be made. Try again.',
    'transfer.andMore': { one: 'and {count} more', other: 'and {count} more' },
    'transfer.exportSome.open': 'Export some people',
    'transfer.exportSome.title': 'Choose who to export',
    'transfer.exportSome.search': 'Find people',
    'transfer.exportSome.searchHint': 'By name, organisation, role, tag or e-mail.',
    'transfer.exportSome.reading': 'Reading your people…',
    'transfer.exportSome.nobody': 'There is no one to export yet.',
    'transfer.exportSome.noMatch': 'No one matches “{query}”.',
    'transfer.exportSome.showing': {
      one: 'Showing {shown} of {count} person. Type more to narrow it down.',
      other: 'Showing {shown} of {count} people. Type more to narrow it down.',
    },
    'transfer.exportSome.found': 'People found',
    'transfer.exportSome.archived': 'archived',
    'transfer.exportSome.chooseAll': {
      one: 'Choose the {count} person who matches',
      other: 'Choose all {count} who match',
    },
    'transfer.exportSome.chosen': {
      one: '{count} person chosen',
      other: '{count} people chosen',
    },
    'transfer.exportSome.chosenList': 'Chosen people',
    'transfer.exportSome.remove': 'Remove',
    'transfer.exportSome.removeLabel': 'Remove {name} from the export',
    'transfer.exportSome.clear': 'Clear the choice',
    'transfer.exportSome.vcard': 'Download the chosen as vCard',
    'transfer.exportSome.csv': 'Download the chosen as CSV',
    'transfer.exportSome.noneChosen': 'Choose at least one person to export.',

    'transfer.recent.title': 'Recent imports',
    'transfer.recent.intro':
      'The last imports on this device. Undo one to take back what it added and changed, also after closing the app.',
    'transfer.recent.failed': 'The recent imports could not be read.',
    'transfer.recent.unnamed': 'A file without a name',
    'transfer.recent.added': { one: '{count} person added', other: '{count} people added' },
    'transfer.recent.updated': {
      one: '{count} person updated',
      other: '{count} people updated',
    },
    'transfer.recent.undo': 'Undo',
    'transfer.recent.undoLabel': 'Undo the import of {name} from {date}',
    'transfer.recent.undoing': 'Undoing…',
    'transfer.recent.undoneAt': 'Undone {date}.',
    'transfer.recent.undoneNow': 'Undone just now.',
    'transfer.recent.kept.has-touches': {
      one: 'Kept {count} person you have logged a touch with since.',
      other: 'Kept {count} people you have logged touches with since.',
    },
    'transfer.recent.kept.edited': {
      one: 'Kept {count} person you edited after the import, as you left them.',
      other: 'Kept {count} people you edited after the import, as you left them.',
    },
    'transfer.recent.kept.in-use': {
      one: 'Kept {count} person linked from a relation, group, goal or “met via”.',
      other: 'Kept {count} people linked from a relation, group, goal or “met via”.',
    },
    'transfer.recent.keptHint': 'Delete them by hand if you want to.',

    'transfer.backup.title': 'Backup',
    'transfer.backup.intro':
      'One file with everything: people, touches, groups, goals, weekly lists and settings. Keep it somewhere safe, away from this device.',
    'transfer.backup.download': 'Download backup',
    'transfer.backup.working': 'Making the backup…',
    'transfer.backup.done': 'Backup saved as {name}.',
    'transfer.backup.failed': 'The backup could not be made. Nothing changed. Try again.',
    'transfer.backup.last': 'Last backup: {date}.',
    'transfer.backup.never': 'You have not made a backup yet.',
    'transfer.backup.changes': {
      one: '{count} change since then.',
      other: '{count} changes since then.',
    },
    'transfer.backup.manyChanges': 'More than {count} changes since then.',

    'transfer.reminder.settingsTitle': 'Remind me to back up',
    'transfer.reminder.afterDays': 'After this many days',
    'transfer.reminder.afterChanges': 'Or after this many changes',
    'transfer.reminder.hint': '0 turns that reminder off.',
    'transfer.reminder.save': 'Save reminder',
    'transfer.reminder.saved': 'Saved.',
    'transfer.reminder.invalid': 'Enter a whole number from 0 to {max}.',
    'transfer.reminder.saveFailed': 'The reminder could not be saved. Try again.',

    'transfer.restore.title': 'Restore a backup',
    'transfer.restore.intro':
      'Replaces everything in Ties with what the backup holds. Your data as it is now is kept aside first, so you can go back.',
    'transfer.restore.pick': 'Choose a backup file',
    'transfer.restore.checking': 'Checking the whole file…',
    'transfer.restore.confirmTitle': 'Replace your data with this backup?',
    'transfer.restore.made': 'Made {date} by Ties {version}.',
    'transfer.restore.what': 'What',
    'transfer.restore.now': 'Now',
    'transfer.restore.inFile': 'In the backup',
    'transfer.restore.confirm': 'Replace and restore',
    'transfer.restore.working': 'Restoring…',
    'transfer.restore.progress': 'Restore progress',
    'transfer.restore.copying': 'Keeping a copy of your data as it is now…',
    'transfer.restore.writing': 'Writing the backup’s data…',
    'transfer.restore.restoringHint':
      'Your data stays as it is until the restore is finished. Cancel, or leaving this page, stops it and changes nothing.',
    'transfer.restore.cancelling': 'Stopping the restore…',
    'transfer.restore.cancelled': 'The restore was stopped. Nothing was changed.',
    'transfer.restore.done': 'The backup is restored.',
    'transfer.restore.rebuilt':
      'Some numbers in the file did not match its touches, so Ties worked them out again.',
    'transfer.restore.failed': 'The restore could not be finished. Nothing was changed.',
    'transfer.restore.revertIntro': 'Your data from before the restore on {date} is kept.',
    'transfer.restore.revert': 'Revert restore',
    'transfer.restore.revertConfirm':
      'Go back to your data from before the restore? Changes made since the restore are replaced too.',
    'transfer.restore.revertYes': 'Yes, go back',
    'transfer.restore.reverting': 'Putting your data back…',
    'transfer.restore.reverted': 'Your data is back as it was before the restore.',
    'transfer.restore.revertFailed':
      'Your earlier data could not be put back. Nothing changed; try again.',
    'transfer.restore.discard': 'Keep the restored data and forget the old',
    'transfer.restore.nothingChanged': 'Nothing was changed.',
    'transfer.restore.problem.too-large': '{name} is too large to be a backup Ties can read.',
    'transfer.restore.problem.unreadable': '{name} could not be read.',
    'transfer.restore.problem.invalid-json':
      '{name} is not a Ties backup: it is not valid JSON (line {line}, column {column}). It may be damaged or cut short.',
    'transfer.restore.problem.not-a-backup': '{name} is not a Ties backup.',
    'transfer.restore.problem.newer-format':
      '{name} was made by a newer version of Ties (backup format {fileVersion}); this version reads up to format {supportedVersion}. Update Ties, by reloading it while online, then try again.',
    'transfer.restore.problem.invalid-format-version':
      '{name} has no valid backup format version, so Ties cannot read it safely.',
    'transfer.restore.problem.invalid-meta':
      '{name} is damaged: its header has a missing or wrong “{field}”.',
    'transfer.restore.problem.no-tables':
      '{name} holds no tables, so it is not a whole Ties backup.',
    'transfer.restore.problem.invalid-tables':
      '{name} is damaged: its “tables” is not an object naming each table.',
    'transfer.restore.problem.missing-table':
      '{name} is incomplete: the table “{table}” is missing.',
    'transfer.restore.problem.invalid-table':
      '{name} is damaged: the table “{table}” cannot be read.',
    'transfer.restore.problem.invalid-row':
      '{name} is damaged at table “{table}”, row {row}, field “{field}”.',
    'transfer.restore.problem.invalid-row-whole':
      '{name} is damaged at table “{table}”, row {row}.',
    'transfer.restore.problem.duplicate-id':
      '{name} is damaged: row {row} of table “{table}” repeats an id.',
    'transfer.restore.problem.dangling-reference':
      '{name} is damaged: row {row} of table “{table}” points at a touch that is not in the file.',
    'transfer.restore.problem.time-out-of-range':
      '{name} is damaged at table “{table}”, row {row}, field “{field}”: the time is outside what Ties stores ({from} to {until}).',
    'transfer.restore.problem.over-limit':
      '{name} cannot be restored: at table “{table}”, row {row}, the field “{field}” holds more than Ties keeps there (at most {max}, as in the form and the import).',
    'transfer.restore.problem.too-deep':
      '{name} is damaged at table “{table}”, row {row}, field “{field}”: its values are nested too deep (at most {max} levels).',
    'transfer.restore.problem.unknown-too-large':
      '{name} cannot be restored: at table “{table}”, row {row}, the field “{field}” is one Ties does not know, and it holds too much (at most {max} characters of such fields in a row).',
    'transfer.restore.problem.missing-person':
      '{name} is damaged: row {row} of table “{table}” is a touch with a person who is not in the file ({person}).',
    'transfer.table.contacts': 'People',
    'transfer.table.interactions': 'Touches',
    'transfer.table.relations': 'Relations',
    'transfer.table.groups': 'Groups',
    'transfer.table.goals': 'Goals',
    'transfer.table.weekPlans': 'Weekly lists',

    'transfer.duplicates.title': 'Duplicates',
    'transfer.duplicates.intro':
      'People who are probably in Ties twice: the same LinkedIn profile, e-mail address, or name at the same organisation. Merging moves their touches and relations to the one you keep.',
    'transfer.duplicates.find': 'Look for duplicates',
    'transfer.duplicates.looking': 'Looking…',
    'transfer.duplicates.none': 'No likely duplicates.',
    'transfer.duplicates.count': {
      one: '{count} likely duplicate.',
      other: '{count} likely duplicates.',
    },
    'transfer.duplicates.reason.linkedin': 'same LinkedIn profile',
    'transfer.duplicates.reason.source-key': 'same imported card',
    'transfer.duplicates.reason.email': 'same e-mail address',
    'transfer.duplicates.reason.name-org': 'same name and organisation',
    'transfer.duplicates.pair': '{first} and {second}',
    'transfer.duplicates.which': 'Which one to keep?',
    'transfer.duplicates.keep': 'Keep {name}',
    'transfer.duplicates.details': '{organisation} · {touches} · added {date}',
    'transfer.duplicates.touches': { one: '{count} touch', other: '{count} touches' },
    'transfer.duplicates.noOrganisation': 'no organisation',
    'transfer.duplicates.merge': 'Merge',
    'transfer.duplicates.showMore': 'Show more',
    'transfer.duplicates.merged': 'Merged into {name}.',
    'transfer.duplicates.mergeFailed':
      'These two could not be merged; one of them may have been deleted. Nothing changed.',
    'transfer.duplicates.undone': 'Merge undone.',
    'transfer.duplicates.undoFailed':
      'The merge cannot be undone any more: something it changed has been changed since.',
    'transfer.duplicates.merging': 'Merging the two',
    'transfer.duplicates.stopping': 'Stopping…',
    'transfer.duplicates.cancelled': 'The merge was stopped before it finished. Nothing changed.',
    'transfer.duplicates.notMerged': 'The two were not merged.',
    'transfer.duplicates.tooMany':
      'These two cannot be merged: together they have {count} {field}, and Ties keeps at most {max} for one person. Remove some from one of them first. Nothing changed.',
    'transfer.duplicates.tooLong':
      'These two cannot be merged: together their “{field}” would have {count} characters, and Ties keeps at most {max}. Shorten it on one of them first. Nothing changed.',
  },
  sv: {
    'transfer.title': 'Import, export och säkerhetskopia',
    'transfer.intro':
      'Ta in personer från LinkedIn eller telefonen, ta ut dem som vCard eller CSV och spara en säkerhetskopia av allt.',
    'transfer.nothingWritten': 'Ingenting importerades.',

    'transfer.import.title': 'Importera personer',
    'transfer.import.intro':
      'En Connections.csv från LinkedIn, en vCard-fil från telefonen, iCloud eller Google, eller en CSV från Google Kontakter. Du ser vad som kommer att hända innan något sparas. Du kan också släppa en fil var som helst i fönstret.',
    'transfer.import.pick': 'Välj en fil att importera',
    'transfer.import.phone': 'Lägg till från telefonens kontakter',
    'transfer.import.phoneFailed': 'Telefonens kontakter gick inte att öppna.',
    'transfer.import.phoneNone': 'Inga kontakter valdes.',
    'transfer.import.phoneSource': 'Telefonens kontakter',
    'transfer.import.reading': 'Läser {name}…',
    'transfer.import.readingPhone': 'Läser kontakterna du valde…',
    'transfer.import.matching': 'Jämför med personerna du redan har…',
    'transfer.import.progress': 'Importens förlopp',
    'transfer.import.tryAnother': 'Välj en annan fil',
    'transfer.import.sharedMissing':
      'Den delade filen hittades inte. Dela den igen, eller välj den här.',

    'transfer.failure.too-large':
      '{name} är {size}, och Ties importerar filer på upp till {max}. Är det rätt fil? Kontaktexporter utan bilder är mycket mindre.',
    'transfer.failure.empty': '{name} är tom: det finns inget i den att importera.',
    'transfer.failure.unknown-format':
      'Ties känner inte igen {name}. Ties läser vCard-filer (.vcf) och CSV-filer exporterade från LinkedIn eller Google Kontakter.',
    'transfer.failure.not-utf8':
      '{name} är inte UTF-8-text (det första ovanliga tecknet står på rad {line}).',
    'transfer.failure.binary':
      '{name} är ingen textfil ({kind}). Ties läser kontakter som är sparade som text: exportera dem som CSV eller vCard och välj den filen.',
    'transfer.binary.zip': 'det är ett ZIP-arkiv, som Excel-, Numbers- och Word-filer också är',
    'transfer.binary.pdf': 'det är ett PDF-dokument',
    'transfer.binary.image': 'det är en bild eller en video',
    'transfer.binary.archive': 'det är ett komprimerat arkiv',
    'transfer.binary.office': 'det är en Excel- eller Word-fil i det äldre formatet',
    'transfer.binary.data': 'den innehåller binära data, inte bokstäver',
    'transfer.failure.no-header':
      '{name} ser ut som en CSV-fil, men de första raderna saknar en rubrikrad som Ties känner igen. Använd LinkedIns Connections.csv eller en CSV från Google Kontakter precis som den exporterades, med rubrikraden.',
    'transfer.failure.unsupported-encoding':
      'Den här webbläsaren kan inte läsa text i teckenkodningen ”{encoding}”. Välj en annan.',
    'transfer.failure.read-failed':
      '{name} gick inte att läsa. Försök igen eller välj en annan fil.',
    'transfer.failure.too-many-people':
      '{name} innehåller ungefär {count} personer (rader eller kort), och Ties importerar högst {maxPeople} åt gången. Dela upp filen i delar med högst {maxPeople} personer och importera dem en i taget.',

    'transfer.encoding.title': 'Vilken teckenkodning har filen?',
    'transfer.encoding.explain':
      'Filer som sparats av äldre versioner av Excel är ofta Windows-1252. Välj en teckenkodning och kontrollera att provet ser rätt ut.',
    'transfer.encoding.label': 'Teckenkodning',
    'transfer.encoding.sample': 'Rad {line} läst på det här sättet:',
    'transfer.encoding.readAgain': 'Läs filen med den här teckenkodningen',
    'transfer.encoding.utf-8': 'UTF-8 (ovanliga tecken visas som �)',
    'transfer.encoding.windows-1252': 'Västeuropeisk (Windows-1252)',
    'transfer.encoding.iso-8859-1': 'Västeuropeisk (ISO-8859-1)',
    'transfer.encoding.iso-8859-15': 'Västeuropeisk med € (ISO-8859-15)',
    'transfer.encoding.macintosh': 'Mac Roman',
    'transfer.encoding.windows-1250': 'Centraleuropeisk (Windows-1250)',
    'transfer.encoding.windows-1251': 'Kyrillisk (Windows-1251)',
    'transfer.encoding.utf-16le': 'UTF-16, little-endian',
    'transfer.encoding.utf-16be': 'UTF-16, big-endian',

    'transfer.format.linkedin-csv': 'LinkedIn-kontakter (CSV)',
    'transfer.format.google-csv': 'Google Kontakter (CSV)',
    'transfer.format.vcard': 'vCard',
    'transfer.place.line': 'Rad {number}',
    'transfer.place.card': 'Kort {number}',
    'transfer.place.cardAtLine': 'Kort {number} (rad {line})',
    'transfer.place.contact': 'Kontakt {number}',

    'transfer.skip.no-name': '{place}: inget namn, så det finns ingen att lägga till.',
    'transfer.skip.malformed': '{place}: gick inte att läsa ({detail}).',
    'transfer.skip.unterminated-card':
      '{place}: kortet tar aldrig slut (END:VCARD saknas), så det hoppades över.',
    'transfer.skip.unbalanced-quotes': '{place}: ett citattecken öppnas men stängs aldrig.',
    'transfer.skip.unbalanced-quotes-rest':
      '{place}: ett citattecken öppnas men stängs aldrig, så resten av filen gick inte att läsa.',
    'transfer.skip.too-many-columns': '{place}: raden har {detail} kolumner, fler än Ties läser.',
    'transfer.skip.field-too-long':
      '{place}: ”{field}” har {detail} tecken, men Ties sparar högst {max}, så personen togs inte med. Korta texten i filen och importera filen igen.',
    'transfer.skip.entry-too-long':
      '{place}: ett värde i ”{field}” har {detail} tecken, men Ties sparar högst {max}, så personen togs inte med. Korta det i filen och importera filen igen.',
    'transfer.skip.too-many-items':
      '{place}: {detail} {field} sammanlagt, men Ties sparar högst {max} per person, så personen togs inte med. Ta bort några i filen och importera filen igen.',

    'transfer.warning.extra-cells':
      '{place}: raden har {detail} celler, fler än rubrikraden; de extra hoppades över.',
    'transfer.warning.lines-ignored':
      '{place}: {detail} rader som Ties inte använder hoppades över.',
    'transfer.warning.unreadable-value':
      '{place}: {field} ”{detail}” gick inte att förstå och hoppades över.',

    'transfer.field.givenName': 'förnamn',
    'transfer.field.familyName': 'efternamn',
    'transfer.field.displayName': 'visat namn',
    'transfer.field.organisation': 'organisation',
    'transfer.field.role': 'roll',
    'transfer.field.linkedInUrl': 'LinkedIn-profil',
    'transfer.field.location': 'ort',
    'transfer.field.notes': 'anteckningar',
    'transfer.field.connectedOn': 'kontakt sedan',
    'transfer.field.birthday': 'födelsedag',
    'transfer.field.emails': 'e-postadresser',
    'transfer.field.phones': 'telefonnummer',
    'transfer.field.links': 'länkar',
    'transfer.field.tags': 'etiketter',
    'transfer.field.expertise': 'expertis',
    'transfer.field.howWeMet': 'hur vi träffades',
    'transfer.field.nextTimeNote': 'nästa gång',
    'transfer.field.sourceKey': 'kortets id (UID)',
    'transfer.field.other': 'ett fält',

    'transfer.preview.title': 'Innan något sparas',
    'transfer.preview.from': '{format}: {name}',
    'transfer.preview.encoding': 'Läst som {encoding}.',
    'transfer.preview.new': { one: '{count} ny person', other: '{count} nya personer' },
    'transfer.preview.changed': {
      one: '{count} person du redan har får nya uppgifter',
      other: '{count} personer du redan har får nya uppgifter',
    },
    'transfer.preview.unchanged': {
      one: '{count} person är redan aktuell',
      other: '{count} personer är redan aktuella',
    },
    'transfer.preview.conflicts': {
      one: '{count} uppgift skiljer sig från det du skrivit',
      other: '{count} uppgifter skiljer sig från det du skrivit',
    },
    'transfer.preview.skipped': {
      one: '{count} rad eller kort hoppades över',
      other: '{count} rader eller kort hoppades över',
    },
    'transfer.preview.duplicates': {
      one: '{count} upprepning i filen, sammanslagen',
      other: '{count} upprepningar i filen, sammanslagna',
    },
    'transfer.preview.warnings': {
      one: '{count} värde ändrades på vägen in',
      other: '{count} värden ändrades på vägen in',
    },
    'transfer.preview.newTitle': 'Nya personer',
    'transfer.preview.changedTitle': 'Nya uppgifter för personer du har',
    'transfer.preview.conflictsTitle': 'Din version eller filens?',
    'transfer.preview.conflictsIntro':
      'Det här har du skrivit eller ändrat själv. Din version behålls om du inte väljer filens.',
    'transfer.preview.skippedTitle': 'Överhoppat',
    'transfer.preview.warningsTitle': 'Ändrat på vägen in',
    'transfer.preview.duplicatesTitle': 'Upprepat i filen',
    'transfer.preview.more': {
      one: '…och {count} till.',
      other: '…och {count} till.',
    },
    'transfer.preview.fills': 'fyller i {fields}',
    'transfer.preview.updates': 'uppdaterar {fields}',
    'transfer.preview.additions': 'lägger till {fields}',
    'transfer.preview.asks': 'frågar dig om {fields}',
    'transfer.preview.recordOnly': 'minns vad filen säger (inget synligt ändras)',
    'transfer.preview.matchedBy.source-key': 'samma LinkedIn-profil eller kort',
    'transfer.preview.matchedBy.email': 'samma e-postadress',
    'transfer.preview.matchedBy.name-org': 'samma namn och organisation',
    'transfer.preview.duplicate': '{place} är samma person som {other} ({rule}).',
    'transfer.preview.confirm': 'Importera',
    'transfer.preview.applying': 'Importerar…',
    'transfer.preview.nothing': 'Allt i filen finns redan i Ties: det finns inget att importera.',
    'transfer.preview.done': 'Klar',
    'transfer.preview.readAgain': 'Kontrollera igen',
    'transfer.apply.stale-plan':
      'Dina personer ändrades medan du tittade på förhandsvisningen (kanske i en annan flik). Ingenting importerades. Kontrollera igen för en ny förhandsvisning.',
    'transfer.apply.write-failed':
      'Importen gick inte att spara, så ingenting importerades. Försök igen.',
    'transfer.apply.progress': 'Sparar personerna från filen',
    'transfer.apply.stopping': 'Avbryter…',
    'transfer.apply.cancelled': 'Importen avbröts innan den var klar. Ingenting importerades.',
    'transfer.apply.no-plan': 'Något gick fel och ingenting importerades. Kontrollera igen.',
    'transfer.conflict.legend': '{name}: {field}',
    'transfer.conflict.keepMine': 'Behåll min: {value}',
    'transfer.conflict.takeFile': 'Ta filens: {value}',
    'transfer.value.empty': '(tomt)',

    'transfer.newPeople.legend': 'Hur nära står du de nya personerna?',
    'transfer.newPeople.tier': 'Nivå för alla',
    'transfer.newPeople.rhythm': {
      one: 'Du siktar på att höras med var och en av dem varje dag.',
      other: 'Du siktar på att höras med var och en av dem var {count}:e dag.',
    },
    'transfer.newPeople.hint':
      'Du kan ändra nivån för vem som helst senare. Personer som redan finns i Ties behåller sin nivå och rytm.',
    'transfer.newPeople.none': 'Håll inte kontakten med någon av dem just nu',
    'transfer.newPeople.noneHint':
      'De läggs till utan rytm. Veckan föreslår då bara dem du blev kontakter med på LinkedIn de senaste 90 dagarna.',
    'transfer.summary.asTier': {
      one: 'De nya personerna är på nivån {tier}: du siktar på att höras varje dag.',
      other: 'De nya personerna är på nivån {tier}: du siktar på att höras var {count}:e dag.',
    },
    'transfer.summary.noRhythm':
      'De nya personerna är på nivån {tier}, utan rytm tills vidare: Veckan föreslår bara dem du blev kontakter med på LinkedIn de senaste 90 dagarna.',
    'transfer.summary.title': 'Importen är klar',
    'transfer.summary.added': {
      one: 'Lade till {count} person.',
      other: 'Lade till {count} personer.',
    },
    'transfer.summary.updated': {
      one: 'Uppdaterade {count} person.',
      other: 'Uppdaterade {count} personer.',
    },
    'transfer.summary.nothing': 'Inget nytt: alla var redan aktuella.',
    'transfer.summary.undo': 'Ångra den här importen',
    'transfer.summary.undoing': 'Ångrar…',
    'transfer.summary.undone': 'Importen är ångrad.',
    'transfer.summary.removed': {
      one: 'Tog bort {count} person som den lade till.',
      other: 'Tog bort {count} personer som den lade till.',
    },
    'transfer.summary.restored': {
      one: 'Återställde {count} person som den var.',
      other: 'Återställde {count} personer som de var.',
    },
    'transfer.summary.kept': {
      one: 'Behöll {count} person som du har gjort till din sedan dess (kontakt, ändring eller koppling). Ta bort personen för hand om du vill.',
      other:
        'Behöll {count} personer som du har gjort till dina sedan dess (kontakt, ändring eller koppling). Ta bort dem för hand om du vill.',
    },
    'transfer.summary.another': 'Importera en fil till',
    'transfer.undo.already-undone': 'Importen är redan ångrad.',
    'transfer.undo.not-found': 'Importen går inte längre att ångra.',
    'transfer.undo.stale-plan': 'Importen gick inte att ångra. Försök igen.',
    'transfer.undo.write-failed': 'Importen gick inte att ångra. Försök igen.',
    'transfer.undo.cancelled': 'Ångrandet avbröts innan det var klart. Importen finns kvar.',
    'transfer.undo.notUndone': 'Importen ångrades inte.',
    'transfer.undo.progress': 'Ångrar importen',
    'transfer.undo.stopping': 'Avbryter…',
    'transfer.toast.imported': {
      one: 'Importerade {count} person.',
      other: 'Importerade {count} personer.',
    },
    'transfer.toast.undo': 'Ångra',
    'transfer.toast.undone': 'Importen är ångrad.',

    'transfer.export.title': 'Exportera personer',
    'transfer.export.intro':
      'Alla i Ties, även arkiverade, som en fil för andra appar. Historiken över era kontakter finns bara i säkerhetskopian.',
    'transfer.export.vcard': 'Ladda ned vCard (.vcf)',
    'transfer.export.csv': 'Ladda ned CSV för kalkylark',
    'transfer.export.working': 'Förbereder filen…',
    'transfer.export.done': {
      one: 'Exporterade {count} person.',
      other: 'Exporterade {count} personer.',
    },
    'transfer.export.failed': 'Filen gick inte att skapa. Försök igen.',
    'transfer.andMore': { one: 'och {count} till', other: 'och {count} till' },
    'transfer.exportSome.open': 'Exportera vissa personer',
    'transfer.exportSome.title': 'Välj vilka som ska exporteras',
    'transfer.exportSome.search': 'Hitta personer',
    'transfer.exportSome.searchHint': 'På namn, organisation, roll, etikett eller e-post.',
    'transfer.exportSome.reading': 'Läser in dina personer…',
    'transfer.exportSome.nobody': 'Det finns ingen att exportera ännu.',
    'transfer.exportSome.noMatch': 'Ingen matchar ”{query}”.',
    'transfer.exportSome.showing': {
      one: 'Visar {shown} av {count} person. Skriv mer för att begränsa.',
      other: 'Visar {shown} av {count} personer. Skriv mer för att begränsa.',
    },
    'transfer.exportSome.found': 'Hittade personer',
    'transfer.exportSome.archived': 'arkiverad',
    'transfer.exportSome.chooseAll': {
      one: 'Välj den {count} person som matchar',
      other: 'Välj alla {count} som matchar',
    },
    'transfer.exportSome.chosen': {
      one: '{count} person vald',
      other: '{count} personer valda',
    },
    'transfer.exportSome.chosenList': 'Valda personer',
    'transfer.exportSome.remove': 'Ta bort',
    'transfer.exportSome.removeLabel': 'Ta bort {name} från exporten',
    'transfer.exportSome.clear': 'Rensa valet',
    'transfer.exportSome.vcard': 'Ladda ned de valda som vCard',
    'transfer.exportSome.csv': 'Ladda ned de valda som CSV',
    'transfer.exportSome.noneChosen': 'Välj minst en person att exportera.',

    'transfer.recent.title': 'Senaste importer',
    'transfer.recent.intro':
      'De senaste importerna på den här enheten. Ångra en för att ta tillbaka det den lade till och ändrade, även efter att appen har stängts.',
    'transfer.recent.failed': 'De senaste importerna gick inte att läsa.',
    'transfer.recent.unnamed': 'En fil utan namn',
    'transfer.recent.added': {
      one: '{count} person tillagd',
      other: '{count} personer tillagda',
    },
    'transfer.recent.updated': {
      one: '{count} person uppdaterad',
      other: '{count} personer uppdaterade',
    },
    'transfer.recent.undo': 'Ångra',
    'transfer.recent.undoLabel': 'Ångra importen av {name} från {date}',
    'transfer.recent.undoing': 'Ångrar…',
    'transfer.recent.undoneAt': 'Ångrad {date}.',
    'transfer.recent.undoneNow': 'Ångrad nyss.',
    'transfer.recent.kept.has-touches': {
      one: 'Behöll {count} person som du har loggat en kontakt med sedan dess.',
      other: 'Behöll {count} personer som du har loggat kontakter med sedan dess.',
    },
    'transfer.recent.kept.edited': {
      one: 'Behöll {count} person som du ändrade efter importen, så som du lämnade personen.',
      other: 'Behöll {count} personer som du ändrade efter importen, så som du lämnade dem.',
    },
    'transfer.recent.kept.in-use': {
      one: 'Behöll {count} person som är kopplad från en relation, grupp, ett mål eller ”träffades via”.',
      other:
        'Behöll {count} personer som är kopplade från en relation, grupp, ett mål eller ”träffades via”.',
    },
    'transfer.recent.keptHint': 'Ta bort dem för hand om du vill.',

    'transfer.backup.title': 'Säkerhetskopia',
    'transfer.backup.intro':
      'En fil med allt: personer, kontakter, grupper, mål, veckolistor och inställningar. Förvara den på ett säkert ställe, utanför den här enheten.',
    'transfer.backup.download': 'Ladda ned säkerhetskopia',
    'transfer.backup.working': 'Skapar säkerhetskopian…',
    'transfer.backup.done': 'Säkerhetskopian sparades som {name}.',
    'transfer.backup.failed':
      'Säkerhetskopian gick inte att skapa. Ingenting ändrades. Försök igen.',
    'transfer.backup.last': 'Senaste säkerhetskopia: {date}.',
    'transfer.backup.never': 'Du har inte gjort någon säkerhetskopia ännu.',
    'transfer.backup.changes': {
      one: '{count} ändring sedan dess.',
      other: '{count} ändringar sedan dess.',
    },
    'transfer.backup.manyChanges': 'Mer än {count} ändringar sedan dess.',

    'transfer.reminder.settingsTitle': 'Påminn mig om att säkerhetskopiera',
    'transfer.reminder.afterDays': 'Efter så här många dagar',
    'transfer.reminder.afterChanges': 'Eller efter så här många ändringar',
    'transfer.reminder.hint': '0 stänger av den påminnelsen.',
    'transfer.reminder.save': 'Spara påminnelsen',
    'transfer.reminder.saved': 'Sparat.',
    'transfer.reminder.invalid': 'Skriv ett heltal från 0 till {max}.',
    'transfer.reminder.saveFailed': 'Påminnelsen gick inte att spara. Försök igen.',

    'transfer.restore.title': 'Återställ en säkerhetskopia',
    'transfer.restore.intro':
      'Ersätter allt i Ties med innehållet i säkerhetskopian. Dina data som de är nu sparas undan först, så att du kan gå tillbaka.',
    'transfer.restore.pick': 'Välj en säkerhetskopia',
    'transfer.restore.checking': 'Kontrollerar hela filen…',
    'transfer.restore.confirmTitle': 'Ersätta dina data med den här säkerhetskopian?',
    'transfer.restore.made': 'Skapad {date} av Ties {version}.',
    'transfer.restore.what': 'Vad',
    'transfer.restore.now': 'Nu',
    'transfer.restore.inFile': 'I säkerhetskopian',
    'transfer.restore.confirm': 'Ersätt och återställ',
    'transfer.restore.working': 'Återställer…',
    'transfer.restore.progress': 'Återställningens förlopp',
    'transfer.restore.copying': 'Sparar undan en kopia av dina data som de är nu…',
    'transfer.restore.writing': 'Skriver in säkerhetskopians data…',
    'transfer.restore.restoringHint':
      'Dina data förblir som de är tills återställningen är klar. Avbryt, eller att lämna sidan, stoppar den och ändrar ingenting.',
    'transfer.restore.cancelling': 'Avbryter återställningen…',
    'transfer.restore.cancelled': 'Återställningen avbröts. Ingenting ändrades.',
    'transfer.restore.done': 'Säkerhetskopian är återställd.',
    'transfer.restore.rebuilt':
      'Några tal i filen stämde inte med kontakterna, så Ties räknade fram dem igen.',
    'transfer.restore.failed': 'Återställningen gick inte att slutföra. Ingenting ändrades.',
    'transfer.restore.revertIntro': 'Dina data från före återställningen {date} finns kvar.',
    'transfer.restore.revert': 'Ångra återställningen',
    'transfer.restore.revertConfirm':
      'Gå tillbaka till dina data från före återställningen? Ändringar gjorda efter återställningen ersätts också.',
    'transfer.restore.revertYes': 'Ja, gå tillbaka',
    'transfer.restore.reverting': 'Lägger tillbaka dina data…',
    'transfer.restore.reverted': 'Dina data är tillbaka som före återställningen.',
    'transfer.restore.revertFailed':
      'Dina tidigare data gick inte att lägga tillbaka. Ingenting ändrades; försök igen.',
    'transfer.restore.discard': 'Behåll de återställda data och glöm de gamla',
    'transfer.restore.nothingChanged': 'Ingenting ändrades.',
    'transfer.restore.problem.too-large':
      '{name} är för stor för att vara en säkerhetskopia som Ties kan läsa.',
    'transfer.restore.problem.unreadable': '{name} gick inte att läsa.',
    'transfer.restore.problem.invalid-json':
      '{name} är ingen säkerhetskopia från Ties: den är inte giltig JSON (rad {line}, kolumn {column}). Den kan vara skadad eller avkortad.',
    'transfer.restore.problem.not-a-backup': '{name} är ingen säkerhetskopia från Ties.',
    'transfer.restore.problem.newer-format':
      '{name} skapades av en nyare version av Ties (format {fileVersion}); den här versionen läser upp till format {supportedVersion}. Uppdatera Ties genom att ladda om appen med internetanslutning och försök sedan igen.',
    'transfer.restore.problem.invalid-format-version':
      '{name} saknar en giltig formatversion, så Ties kan inte läsa den säkert.',
    'transfer.restore.problem.invalid-meta':
      '{name} är skadad: huvudet har ett saknat eller felaktigt ”{field}”.',
    'transfer.restore.problem.no-tables':
      '{name} innehåller inga tabeller, så det är ingen hel säkerhetskopia från Ties.',
    'transfer.restore.problem.invalid-tables':
      '{name} är skadad: dess ”tables” är inte ett objekt med tabellerna efter namn.',
    'transfer.restore.problem.missing-table': '{name} är ofullständig: tabellen ”{table}” saknas.',
    'transfer.restore.problem.invalid-table':
      '{name} är skadad: tabellen ”{table}” går inte att läsa.',
    'transfer.restore.problem.invalid-row':
      '{name} är skadad i tabellen ”{table}”, rad {row}, fältet ”{field}”.',
    'transfer.restore.problem.invalid-row-whole':
      '{name} är skadad i tabellen ”{table}”, rad {row}.',
    'transfer.restore.problem.duplicate-id':
      '{name} är skadad: rad {row} i tabellen ”{table}” upprepar ett id.',
    'transfer.restore.problem.dangling-reference':
      '{name} är skadad: rad {row} i tabellen ”{table}” pekar på en kontakt som inte finns i filen.',
    'transfer.restore.problem.time-out-of-range':
      '{name} är skadad i tabellen ”{table}”, rad {row}, fältet ”{field}”: tiden ligger utanför det Ties sparar ({from} till {until}).',
    'transfer.restore.problem.over-limit':
      '{name} kan inte återställas: i tabellen ”{table}”, rad {row}, innehåller fältet ”{field}” mer än Ties sparar där (högst {max}, som i formuläret och importen).',
    'transfer.restore.problem.too-deep':
      '{name} är skadad i tabellen ”{table}”, rad {row}, fältet ”{field}”: värdena är för djupt nästlade (högst {max} nivåer).',
    'transfer.restore.problem.unknown-too-large':
      '{name} kan inte återställas: i tabellen ”{table}”, rad {row}, är fältet ”{field}” okänt för Ties och innehåller för mycket (högst {max} tecken i sådana fält per rad).',
    'transfer.restore.problem.missing-person':
      '{name} är skadad: rad {row} i tabellen ”{table}” är en kontakt med en person som inte finns i filen ({person}).',
    'transfer.table.contacts': 'Personer',
    'transfer.table.interactions': 'Kontakter',
    'transfer.table.relations': 'Relationer',
    'transfer.table.groups': 'Grupper',
    'transfer.table.goals': 'Mål',
    'transfer.table.weekPlans': 'Veckolistor',

    'transfer.duplicates.title': 'Dubbletter',
    'transfer.duplicates.intro':
      'Personer som troligen finns två gånger i Ties: samma LinkedIn-profil, e-postadress eller samma namn på samma organisation. En sammanslagning flyttar kontakter och relationer till den du behåller.',
    'transfer.duplicates.find': 'Leta efter dubbletter',
    'transfer.duplicates.looking': 'Letar…',
    'transfer.duplicates.none': 'Inga troliga dubbletter.',
    'transfer.duplicates.count': {
      one: '{count} trolig dubblett.',
      other: '{count} troliga dubbletter.',
    },
    'transfer.duplicates.reason.linkedin': 'samma LinkedIn-profil',
    'transfer.duplicates.reason.source-key': 'samma importerade kort',
    'transfer.duplicates.reason.email': 'samma e-postadress',
    'transfer.duplicates.reason.name-org': 'samma namn och organisation',
    'transfer.duplicates.pair': '{first} och {second}',
    'transfer.duplicates.which': 'Vilken ska behållas?',
    'transfer.duplicates.keep': 'Behåll {name}',
    'transfer.duplicates.details': '{organisation} · {touches} · tillagd {date}',
    'transfer.duplicates.touches': {
      one: '{count} kontakt',
      other: '{count} kontakter',
    },
    'transfer.duplicates.noOrganisation': 'ingen organisation',
    'transfer.duplicates.merge': 'Slå ihop',
    'transfer.duplicates.showMore': 'Visa fler',
    'transfer.duplicates.merged': 'Sammanslagen med {name}.',
    'transfer.duplicates.mergeFailed':
      'De två gick inte att slå ihop; en av dem kan ha tagits bort. Ingenting ändrades.',
    'transfer.duplicates.undone': 'Sammanslagningen är ångrad.',
    'transfer.duplicates.undoFailed':
      'Sammanslagningen går inte längre att ångra: något den ändrade har ändrats sedan dess.',
    'transfer.duplicates.merging': 'Slår ihop de två',
    'transfer.duplicates.stopping': 'Avbryter…',
    'transfer.duplicates.cancelled':
      'Sammanslagningen avbröts innan den var klar. Ingenting ändrades.',
    'transfer.duplicates.notMerged': 'De två slogs inte ihop.',
    'transfer.duplicates.tooMany':
      'De två går inte att slå ihop: tillsammans har de {count} {field}, och Ties sparar högst {max} per person. Ta bort några hos en av dem först. Ingenting ändrades.',
    'transfer.duplicates.tooLong':
      'De två går inte att slå ihop: tillsammans skulle deras ”{field}” ha {count} tecken, och Ties sparar högst {max}. Korta texten hos en av dem först. Ingenting ändrades.',
  },
});
