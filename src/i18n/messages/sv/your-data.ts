import { defineTranslation } from '../../define';
import type { yourData as english } from '../en/your-data';

export const yourData = defineTranslation<typeof english>()({
  'yourData.title': 'Import, export och säkerhetskopia',
  'yourData.intro':
    'Ta in personer från LinkedIn eller telefonen, ta ut dem som vCard eller CSV och spara en säkerhetskopia av allt.',
  'yourData.nothingWritten': 'Ingenting importerades.',

  'yourData.import.title': 'Importera personer',
  'yourData.import.intro':
    'En Connections.csv från LinkedIn, en vCard-fil från telefonen, iCloud eller Google, eller en CSV från Google Kontakter. Du ser vad som kommer att hända innan något sparas. Du kan också släppa en fil var som helst i fönstret.',
  'yourData.import.pick': 'Välj en fil att importera',
  'yourData.import.phone': 'Lägg till från telefonens kontakter',
  'yourData.import.phoneFailed': 'Telefonens kontakter gick inte att öppna.',
  'yourData.import.phoneNone': 'Inga kontakter valdes.',
  'yourData.import.phoneSource': 'Telefonens kontakter',
  'yourData.import.reading': 'Läser {name}…',
  'yourData.import.readingPhone': 'Läser kontakterna du valde…',
  'yourData.import.matching': 'Jämför med personerna du redan har…',
  'yourData.import.progress': 'Importens förlopp',
  'yourData.import.tryAnother': 'Välj en annan fil',
  'yourData.import.sharedMissing':
    'Den delade filen hittades inte. Dela den igen, eller välj den här.',

  'yourData.failure.too-large':
    '{name} är {size}, och Ties importerar filer på upp till {max}. Är det rätt fil? Kontaktexporter utan bilder är mycket mindre.',
  'yourData.failure.empty': '{name} är tom: det finns inget i den att importera.',
  'yourData.failure.unknown-format':
    'Ties känner inte igen {name}. Ties läser vCard-filer (.vcf) och CSV-filer exporterade från LinkedIn eller Google Kontakter.',
  'yourData.failure.not-utf8':
    '{name} är inte UTF-8-text (det första ovanliga tecknet står på rad {line}).',
  'yourData.failure.binary':
    '{name} är ingen textfil ({kind}). Ties läser kontakter som är sparade som text: exportera dem som CSV eller vCard och välj den filen.',
  'yourData.binary.zip': 'det är ett ZIP-arkiv, som Excel-, Numbers- och Word-filer också är',
  'yourData.binary.pdf': 'det är ett PDF-dokument',
  'yourData.binary.image': 'det är en bild eller en video',
  'yourData.binary.archive': 'det är ett komprimerat arkiv',
  'yourData.binary.office': 'det är en Excel- eller Word-fil i det äldre formatet',
  'yourData.binary.data': 'den innehåller binära data, inte bokstäver',
  'yourData.failure.no-header':
    '{name} ser ut som en CSV-fil, men de första raderna saknar en rubrikrad som Ties känner igen. Använd LinkedIns Connections.csv eller en CSV från Google Kontakter precis som den exporterades, med rubrikraden.',
  'yourData.failure.unsupported-encoding':
    'Den här webbläsaren kan inte läsa text i teckenkodningen ”{encoding}”. Välj en annan.',
  'yourData.failure.read-failed': '{name} gick inte att läsa. Försök igen eller välj en annan fil.',
  'yourData.failure.too-many-people':
    '{name} innehåller ungefär {count} personer (rader eller kort), och Ties importerar högst {maxPeople} åt gången. Dela upp filen i delar med högst {maxPeople} personer och importera dem en i taget.',

  'yourData.encoding.title': 'Vilken teckenkodning har filen?',
  'yourData.encoding.explain':
    'Filer som sparats av äldre versioner av Excel är ofta Windows-1252. Välj en teckenkodning och kontrollera att provet ser rätt ut.',
  'yourData.encoding.label': 'Teckenkodning',
  'yourData.encoding.sample': 'Rad {line} läst på det här sättet:',
  'yourData.encoding.readAgain': 'Läs filen med den här teckenkodningen',
  'yourData.encoding.utf-8': 'UTF-8 (ovanliga tecken visas som �)',
  'yourData.encoding.windows-1252': 'Västeuropeisk (Windows-1252)',
  'yourData.encoding.iso-8859-1': 'Västeuropeisk (ISO-8859-1)',
  'yourData.encoding.iso-8859-15': 'Västeuropeisk med € (ISO-8859-15)',
  'yourData.encoding.macintosh': 'Mac Roman',
  'yourData.encoding.windows-1250': 'Centraleuropeisk (Windows-1250)',
  'yourData.encoding.windows-1251': 'Kyrillisk (Windows-1251)',
  'yourData.encoding.utf-16le': 'UTF-16, little-endian',
  'yourData.encoding.utf-16be': 'UTF-16, big-endian',

  'yourData.format.linkedin-csv': 'LinkedIn-kontakter (CSV)',
  'yourData.format.google-csv': 'Google Kontakter (CSV)',
  'yourData.format.vcard': 'vCard',
  'yourData.place.line': 'Rad {number}',
  'yourData.place.card': 'Kort {number}',
  'yourData.place.cardAtLine': 'Kort {number} (rad {line})',
  'yourData.place.contact': 'Kontakt {number}',

  'yourData.skip.no-name': '{place}: inget namn, så det finns ingen att lägga till.',
  'yourData.skip.malformed': '{place}: gick inte att läsa ({detail}).',
  'yourData.skip.unterminated-card':
    '{place}: kortet tar aldrig slut (END:VCARD saknas), så det hoppades över.',
  'yourData.skip.unbalanced-quotes': '{place}: ett citattecken öppnas men stängs aldrig.',
  'yourData.skip.unbalanced-quotes-rest':
    '{place}: ett citattecken öppnas men stängs aldrig, så resten av filen gick inte att läsa.',
  'yourData.skip.too-many-columns': '{place}: raden har {detail} kolumner, fler än Ties läser.',
  'yourData.skip.field-too-long':
    '{place}: ”{field}” har {detail} tecken, men Ties sparar högst {max}, så personen togs inte med. Korta texten i filen och importera filen igen.',
  'yourData.skip.entry-too-long':
    '{place}: ett värde i ”{field}” har {detail} tecken, men Ties sparar högst {max}, så personen togs inte med. Korta det i filen och importera filen igen.',
  'yourData.skip.too-many-items':
    '{place}: {detail} {field} sammanlagt, men Ties sparar högst {max} per person, så personen togs inte med. Ta bort några i filen och importera filen igen.',

  'yourData.warning.extra-cells':
    '{place}: raden har {detail} celler, fler än rubrikraden; de extra hoppades över.',
  'yourData.warning.lines-ignored': '{place}: {detail} rader som Ties inte använder hoppades över.',
  'yourData.warning.unreadable-value':
    '{place}: {field} ”{detail}” gick inte att förstå och hoppades över.',

  'yourData.field.givenName': 'förnamn',
  'yourData.field.familyName': 'efternamn',
  'yourData.field.displayName': 'visat namn',
  'yourData.field.organisation': 'organisation',
  'yourData.field.role': 'roll',
  'yourData.field.linkedInUrl': 'LinkedIn-profil',
  'yourData.field.location': 'ort',
  'yourData.field.notes': 'anteckningar',
  'yourData.field.connectedOn': 'kontakt sedan',
  'yourData.field.birthday': 'födelsedag',
  'yourData.field.emails': 'e-postadresser',
  'yourData.field.phones': 'telefonnummer',
  'yourData.field.links': 'länkar',
  'yourData.field.tags': 'etiketter',
  'yourData.field.expertise': 'expertis',
  'yourData.field.howWeMet': 'hur vi träffades',
  'yourData.field.nextTimeNote': 'nästa gång',
  'yourData.field.sourceKey': 'kortets id (UID)',
  'yourData.field.other': 'ett fält',

  'yourData.preview.title': 'Innan något sparas',
  'yourData.preview.from': '{format}: {name}',
  'yourData.preview.encoding': 'Läst som {encoding}.',
  'yourData.preview.new': { one: '{count} ny person', other: '{count} nya personer' },
  'yourData.preview.changed': {
    one: '{count} person du redan har får nya uppgifter',
    other: '{count} personer du redan har får nya uppgifter',
  },
  'yourData.preview.unchanged': {
    one: '{count} person är redan aktuell',
    other: '{count} personer är redan aktuella',
  },
  'yourData.preview.conflicts': {
    one: '{count} uppgift skiljer sig från det du skrivit',
    other: '{count} uppgifter skiljer sig från det du skrivit',
  },
  'yourData.preview.skipped': {
    one: '{count} rad eller kort hoppades över',
    other: '{count} rader eller kort hoppades över',
  },
  'yourData.preview.duplicates': {
    one: '{count} upprepning i filen, sammanslagen',
    other: '{count} upprepningar i filen, sammanslagna',
  },
  'yourData.preview.warnings': {
    one: '{count} värde ändrades på vägen in',
    other: '{count} värden ändrades på vägen in',
  },
  'yourData.preview.newTitle': 'Nya personer',
  'yourData.preview.changedTitle': 'Nya uppgifter för personer du har',
  'yourData.preview.conflictsTitle': 'Din version eller filens?',
  'yourData.preview.conflictsIntro':
    'Det här har du skrivit eller ändrat själv. Din version behålls om du inte väljer filens.',
  'yourData.preview.skippedTitle': 'Överhoppat',
  'yourData.preview.warningsTitle': 'Ändrat på vägen in',
  'yourData.preview.duplicatesTitle': 'Upprepat i filen',
  'yourData.preview.more': {
    one: '…och {count} till.',
    other: '…och {count} till.',
  },
  'yourData.preview.fills': 'fyller i {fields}',
  'yourData.preview.updates': 'uppdaterar {fields}',
  'yourData.preview.additions': 'lägger till {fields}',
  'yourData.preview.asks': 'frågar dig om {fields}',
  'yourData.preview.recordOnly': 'minns vad filen säger (inget synligt ändras)',
  'yourData.preview.matchedBy.source-key': 'samma LinkedIn-profil eller kort',
  'yourData.preview.matchedBy.email': 'samma e-postadress',
  'yourData.preview.matchedBy.name-org': 'samma namn och organisation',
  'yourData.preview.duplicate': '{place} är samma person som {other} ({rule}).',
  'yourData.preview.confirm': 'Importera',
  'yourData.preview.applying': 'Importerar…',
  'yourData.preview.nothing': 'Allt i filen finns redan i Ties: det finns inget att importera.',
  'yourData.preview.done': 'Klar',
  'yourData.preview.readAgain': 'Kontrollera igen',
  'yourData.apply.stale-plan':
    'Dina personer ändrades medan du tittade på förhandsvisningen (kanske i en annan flik). Ingenting importerades. Kontrollera igen för en ny förhandsvisning.',
  'yourData.apply.write-failed':
    'Importen gick inte att spara, så ingenting importerades. Försök igen.',
  'yourData.apply.progress': 'Sparar personerna från filen',
  'yourData.apply.stopping': 'Avbryter…',
  'yourData.apply.cancelled': 'Importen avbröts innan den var klar. Ingenting importerades.',
  'yourData.apply.no-plan': 'Något gick fel och ingenting importerades. Kontrollera igen.',
  'yourData.conflict.legend': '{name}: {field}',
  'yourData.conflict.keepMine': 'Behåll min: {value}',
  'yourData.conflict.takeFile': 'Ta filens: {value}',
  'yourData.value.empty': '(tomt)',

  'yourData.newPeople.legend': 'Hur nära står du de nya personerna?',
  'yourData.newPeople.tier': 'Nivå för alla',
  'yourData.newPeople.rhythm': {
    one: 'Du siktar på att höras med var och en av dem varje dag.',
    other: 'Du siktar på att höras med var och en av dem var {count}:e dag.',
  },
  'yourData.newPeople.hint':
    'Du kan ändra nivån för vem som helst senare. Personer som redan finns i Ties behåller sin nivå och rytm.',
  'yourData.newPeople.none': 'Håll inte kontakten med någon av dem just nu',
  'yourData.newPeople.noneHint':
    'De läggs till utan rytm. Veckan föreslår då bara dem du blev kontakter med på LinkedIn de senaste 90 dagarna.',
  'yourData.summary.asTier': {
    one: 'De nya personerna är på nivån {tier}: du siktar på att höras varje dag.',
    other: 'De nya personerna är på nivån {tier}: du siktar på att höras var {count}:e dag.',
  },
  'yourData.summary.noRhythm':
    'De nya personerna är på nivån {tier}, utan rytm tills vidare: Veckan föreslår bara dem du blev kontakter med på LinkedIn de senaste 90 dagarna.',
  'yourData.summary.title': 'Importen är klar',
  'yourData.summary.added': {
    one: 'Lade till {count} person.',
    other: 'Lade till {count} personer.',
  },
  'yourData.summary.updated': {
    one: 'Uppdaterade {count} person.',
    other: 'Uppdaterade {count} personer.',
  },
  'yourData.summary.nothing': 'Inget nytt: alla var redan aktuella.',
  'yourData.summary.undo': 'Ångra den här importen',
  'yourData.summary.undoing': 'Ångrar…',
  'yourData.summary.undone': 'Importen är ångrad.',
  'yourData.summary.removed': {
    one: 'Tog bort {count} person som den lade till.',
    other: 'Tog bort {count} personer som den lade till.',
  },
  'yourData.summary.restored': {
    one: 'Återställde {count} person som den var.',
    other: 'Återställde {count} personer som de var.',
  },
  'yourData.summary.kept': {
    one: 'Behöll {count} person som du har gjort till din sedan dess (kontakt, ändring eller koppling). Ta bort personen för hand om du vill.',
    other:
      'Behöll {count} personer som du har gjort till dina sedan dess (kontakt, ändring eller koppling). Ta bort dem för hand om du vill.',
  },
  'yourData.summary.another': 'Importera en fil till',
  'yourData.undo.already-undone': 'Importen är redan ångrad.',
  'yourData.undo.import-not-found': 'Importen går inte längre att ångra.',
  'yourData.undo.stale-plan': 'Importen gick inte att ångra. Försök igen.',
  'yourData.undo.write-failed': 'Importen gick inte att ångra. Försök igen.',
  'yourData.undo.cancelled': 'Ångrandet avbröts innan det var klart. Importen finns kvar.',
  'yourData.undo.notUndone': 'Importen ångrades inte.',
  'yourData.undo.progress': 'Ångrar importen',
  'yourData.undo.stopping': 'Avbryter…',
  'yourData.toast.imported': {
    one: 'Importerade {count} person.',
    other: 'Importerade {count} personer.',
  },
  'yourData.toast.undo': 'Ångra',
  'yourData.toast.undone': 'Importen är ångrad.',

  'yourData.export.title': 'Exportera personer',
  'yourData.export.intro':
    'Alla i Ties, även arkiverade, som en fil för andra appar. Historiken över era kontakter finns bara i säkerhetskopian.',
  'yourData.export.vcard': 'Ladda ned vCard (.vcf)',
  'yourData.export.csv': 'Ladda ned CSV för kalkylark',
  'yourData.export.working': 'Förbereder filen…',
  'yourData.export.done': {
    one: 'Exporterade {count} person.',
    other: 'Exporterade {count} personer.',
  },
  'yourData.export.failed': 'Filen gick inte att skapa. Försök igen.',
  'yourData.andMore': { one: 'och {count} till', other: 'och {count} till' },
  'yourData.exportSome.open': 'Exportera vissa personer',
  'yourData.exportSome.title': 'Välj vilka som ska exporteras',
  'yourData.exportSome.search': 'Hitta personer',
  'yourData.exportSome.searchHint': 'På namn, organisation, roll, etikett eller e-post.',
  'yourData.exportSome.reading': 'Läser in dina personer…',
  'yourData.exportSome.nobody': 'Det finns ingen att exportera ännu.',
  'yourData.exportSome.noMatch': 'Ingen matchar ”{query}”.',
  'yourData.exportSome.showing': {
    one: 'Visar {shown} av {count} person. Skriv mer för att begränsa.',
    other: 'Visar {shown} av {count} personer. Skriv mer för att begränsa.',
  },
  'yourData.exportSome.found': 'Hittade personer',
  'yourData.exportSome.archived': 'arkiverad',
  'yourData.exportSome.chooseAll': {
    one: 'Välj den {count} person som matchar',
    other: 'Välj alla {count} som matchar',
  },
  'yourData.exportSome.chosen': {
    one: '{count} person vald',
    other: '{count} personer valda',
  },
  'yourData.exportSome.chosenList': 'Valda personer',
  'yourData.exportSome.remove': 'Ta bort',
  'yourData.exportSome.removeLabel': 'Ta bort {name} från exporten',
  'yourData.exportSome.clear': 'Rensa valet',
  'yourData.exportSome.vcard': 'Ladda ned de valda som vCard',
  'yourData.exportSome.csv': 'Ladda ned de valda som CSV',
  'yourData.exportSome.noneChosen': 'Välj minst en person att exportera.',

  'yourData.recent.title': 'Senaste importer',
  'yourData.recent.intro':
    'De senaste importerna på den här enheten. Ångra en för att ta tillbaka det den lade till och ändrade, även efter att appen har stängts.',
  'yourData.recent.failed': 'De senaste importerna gick inte att läsa.',
  'yourData.recent.unnamed': 'En fil utan namn',
  'yourData.recent.added': {
    one: '{count} person tillagd',
    other: '{count} personer tillagda',
  },
  'yourData.recent.updated': {
    one: '{count} person uppdaterad',
    other: '{count} personer uppdaterade',
  },
  'yourData.recent.undo': 'Ångra',
  'yourData.recent.undoLabel': 'Ångra importen av {name} från {date}',
  'yourData.recent.undoing': 'Ångrar…',
  'yourData.recent.undoneAt': 'Ångrad {date}.',
  'yourData.recent.undoneNow': 'Ångrad nyss.',
  'yourData.recent.kept.has-touches': {
    one: 'Behöll {count} person som du har loggat en kontakt med sedan dess.',
    other: 'Behöll {count} personer som du har loggat kontakter med sedan dess.',
  },
  'yourData.recent.kept.edited': {
    one: 'Behöll {count} person som du ändrade efter importen, så som du lämnade personen.',
    other: 'Behöll {count} personer som du ändrade efter importen, så som du lämnade dem.',
  },
  'yourData.recent.kept.in-use': {
    one: 'Behöll {count} person som är kopplad från en relation, grupp, ett mål eller ”träffades via”.',
    other:
      'Behöll {count} personer som är kopplade från en relation, grupp, ett mål eller ”träffades via”.',
  },
  'yourData.recent.keptHint': 'Ta bort dem för hand om du vill.',

  'yourData.backup.title': 'Säkerhetskopia',
  'yourData.backup.intro':
    'En fil med allt: personer, kontakter, grupper, mål, veckolistor och inställningar. Förvara den på ett säkert ställe, utanför den här enheten.',
  'yourData.backup.download': 'Ladda ned säkerhetskopia',
  'yourData.backup.working': 'Skapar säkerhetskopian…',
  'yourData.backup.done': 'Säkerhetskopian sparades som {name}.',
  'yourData.backup.failed': 'Säkerhetskopian gick inte att skapa. Ingenting ändrades. Försök igen.',
  'yourData.backup.last': 'Senaste säkerhetskopia: {date}.',
  'yourData.backup.never': 'Du har inte gjort någon säkerhetskopia ännu.',
  'yourData.backup.changes': {
    one: '{count} ändring sedan dess.',
    other: '{count} ändringar sedan dess.',
  },
  'yourData.backup.manyChanges': 'Mer än {count} ändringar sedan dess.',

  'yourData.reminder.settingsTitle': 'Påminn mig om att säkerhetskopiera',
  'yourData.reminder.afterDays': 'Efter så här många dagar',
  'yourData.reminder.afterChanges': 'Eller efter så här många ändringar',
  'yourData.reminder.hint': '0 stänger av den påminnelsen.',
  'yourData.reminder.save': 'Spara påminnelsen',
  'yourData.reminder.saved': 'Sparat.',
  'yourData.reminder.invalid': 'Skriv ett heltal från 0 till {max}.',
  'yourData.reminder.saveFailed': 'Påminnelsen gick inte att spara. Försök igen.',

  'yourData.restore.title': 'Återställ en säkerhetskopia',
  'yourData.restore.intro':
    'Ersätter allt i Ties med innehållet i säkerhetskopian. Dina data som de är nu sparas undan först, så att du kan gå tillbaka.',
  'yourData.restore.pick': 'Välj en säkerhetskopia',
  'yourData.restore.checking': 'Kontrollerar hela filen…',
  'yourData.restore.confirmTitle': 'Ersätta dina data med den här säkerhetskopian?',
  'yourData.restore.made': 'Skapad {date} av Ties {version}.',
  'yourData.restore.what': 'Vad',
  'yourData.restore.now': 'Nu',
  'yourData.restore.inFile': 'I säkerhetskopian',
  'yourData.restore.confirm': 'Ersätt och återställ',
  'yourData.restore.working': 'Återställer…',
  'yourData.restore.progress': 'Återställningens förlopp',
  'yourData.restore.copying': 'Sparar undan en kopia av dina data som de är nu…',
  'yourData.restore.writing': 'Skriver in säkerhetskopians data…',
  'yourData.restore.restoringHint':
    'Dina data förblir som de är tills återställningen är klar. Avbryt, eller att lämna sidan, stoppar den och ändrar ingenting.',
  'yourData.restore.cancelling': 'Avbryter återställningen…',
  'yourData.restore.cancelled': 'Återställningen avbröts. Ingenting ändrades.',
  'yourData.restore.done': 'Säkerhetskopian är återställd.',
  'yourData.restore.rebuilt':
    'Några tal i filen stämde inte med kontakterna, så Ties räknade fram dem igen.',
  'yourData.restore.failed': 'Återställningen gick inte att slutföra. Ingenting ändrades.',
  'yourData.restore.revertIntro': 'Dina data från före återställningen {date} finns kvar.',
  'yourData.restore.revert': 'Ångra återställningen',
  'yourData.restore.revertConfirm':
    'Gå tillbaka till dina data från före återställningen? Ändringar gjorda efter återställningen ersätts också.',
  'yourData.restore.revertYes': 'Ja, gå tillbaka',
  'yourData.restore.reverting': 'Lägger tillbaka dina data…',
  'yourData.restore.reverted': 'Dina data är tillbaka som före återställningen.',
  'yourData.restore.revertFailed':
    'Dina tidigare data gick inte att lägga tillbaka. Ingenting ändrades; försök igen.',
  'yourData.restore.discard': 'Behåll de återställda data och glöm de gamla',
  'yourData.restore.nothingChanged': 'Ingenting ändrades.',
  'yourData.restore.problem.too-large':
    '{name} är för stor för att vara en säkerhetskopia som Ties kan läsa.',
  'yourData.restore.problem.unreadable': '{name} gick inte att läsa.',
  'yourData.restore.problem.invalid-json':
    '{name} är ingen säkerhetskopia från Ties: den är inte giltig JSON (rad {line}, kolumn {column}). Den kan vara skadad eller avkortad.',
  'yourData.restore.problem.not-a-backup': '{name} är ingen säkerhetskopia från Ties.',
  'yourData.restore.problem.newer-format':
    '{name} skapades av en nyare version av Ties (format {fileVersion}); den här versionen läser upp till format {supportedVersion}. Uppdatera Ties genom att ladda om appen med internetanslutning och försök sedan igen.',
  'yourData.restore.problem.invalid-format-version':
    '{name} saknar en giltig formatversion, så Ties kan inte läsa den säkert.',
  'yourData.restore.problem.invalid-meta':
    '{name} är skadad: huvudet har ett saknat eller felaktigt ”{field}”.',
  'yourData.restore.problem.no-tables':
    '{name} innehåller inga tabeller, så det är ingen hel säkerhetskopia från Ties.',
  'yourData.restore.problem.invalid-tables':
    '{name} är skadad: dess ”tables” är inte ett objekt med tabellerna efter namn.',
  'yourData.restore.problem.missing-table': '{name} är ofullständig: tabellen ”{table}” saknas.',
  'yourData.restore.problem.invalid-table':
    '{name} är skadad: tabellen ”{table}” går inte att läsa.',
  'yourData.restore.problem.invalid-row':
    '{name} är skadad i tabellen ”{table}”, rad {row}, fältet ”{field}”.',
  'yourData.restore.problem.invalid-row-whole': '{name} är skadad i tabellen ”{table}”, rad {row}.',
  'yourData.restore.problem.duplicate-id':
    '{name} är skadad: rad {row} i tabellen ”{table}” upprepar ett id.',
  'yourData.restore.problem.dangling-reference':
    '{name} är skadad: rad {row} i tabellen ”{table}” pekar på en kontakt som inte finns i filen.',
  'yourData.restore.problem.time-out-of-range':
    '{name} är skadad i tabellen ”{table}”, rad {row}, fältet ”{field}”: tiden ligger utanför det Ties sparar ({from} till {until}).',
  'yourData.restore.problem.over-limit':
    '{name} kan inte återställas: i tabellen ”{table}”, rad {row}, innehåller fältet ”{field}” mer än Ties sparar där (högst {max}, som i formuläret och importen).',
  'yourData.restore.problem.too-deep':
    '{name} är skadad i tabellen ”{table}”, rad {row}, fältet ”{field}”: värdena är för djupt nästlade (högst {max} nivåer).',
  'yourData.restore.problem.unknown-too-large':
    '{name} kan inte återställas: i tabellen ”{table}”, rad {row}, är fältet ”{field}” okänt för Ties och innehåller för mycket (högst {max} tecken i sådana fält per rad).',
  'yourData.restore.problem.missing-person':
    '{name} är skadad: rad {row} i tabellen ”{table}” är en kontakt med en person som inte finns i filen ({person}).',
  'yourData.table.contacts': 'Personer',
  'yourData.table.interactions': 'Kontakter',
  'yourData.table.relations': 'Relationer',
  'yourData.table.groups': 'Grupper',
  'yourData.table.goals': 'Mål',
  'yourData.table.weekPlans': 'Veckolistor',

  'yourData.duplicates.title': 'Dubbletter',
  'yourData.duplicates.intro':
    'Personer som troligen finns två gånger i Ties: samma LinkedIn-profil, e-postadress eller samma namn på samma organisation. En sammanslagning flyttar kontakter och relationer till den du behåller.',
  'yourData.duplicates.find': 'Leta efter dubbletter',
  'yourData.duplicates.looking': 'Letar…',
  'yourData.duplicates.none': 'Inga troliga dubbletter.',
  'yourData.duplicates.count': {
    one: '{count} trolig dubblett.',
    other: '{count} troliga dubbletter.',
  },
  'yourData.duplicates.reason.linkedin': 'samma LinkedIn-profil',
  'yourData.duplicates.reason.source-key': 'samma importerade kort',
  'yourData.duplicates.reason.email': 'samma e-postadress',
  'yourData.duplicates.reason.name-org': 'samma namn och organisation',
  'yourData.duplicates.pair': '{first} och {second}',
  'yourData.duplicates.which': 'Vilken ska behållas?',
  'yourData.duplicates.keep': 'Behåll {name}',
  'yourData.duplicates.details': '{organisation} · {touches} · tillagd {date}',
  'yourData.duplicates.touches': {
    one: '{count} kontakt',
    other: '{count} kontakter',
  },
  'yourData.duplicates.noOrganisation': 'ingen organisation',
  'yourData.duplicates.merge': 'Slå ihop',
  'yourData.duplicates.showMore': 'Visa fler',
  'yourData.duplicates.merged': 'Sammanslagen med {name}.',
  'yourData.duplicates.mergeFailed':
    'De två gick inte att slå ihop; en av dem kan ha tagits bort. Ingenting ändrades.',
  'yourData.duplicates.undone': 'Sammanslagningen är ångrad.',
  'yourData.duplicates.undoFailed':
    'Sammanslagningen går inte längre att ångra: något den ändrade har ändrats sedan dess.',
  'yourData.duplicates.merging': 'Slår ihop de två',
  'yourData.duplicates.stopping': 'Avbryter…',
  'yourData.duplicates.cancelled':
    'Sammanslagningen avbröts innan den var klar. Ingenting ändrades.',
  'yourData.duplicates.notMerged': 'De två slogs inte ihop.',
  'yourData.duplicates.tooMany':
    'De två går inte att slå ihop: tillsammans har de {count} {field}, och Ties sparar högst {max} per person. Ta bort några hos en av dem först. Ingenting ändrades.',
  'yourData.duplicates.tooLong':
    'De två går inte att slå ihop: tillsammans skulle deras ”{field}” ha {count} tecken, och Ties sparar högst {max}. Korta texten hos en av dem först. Ingenting ändrades.',
});
