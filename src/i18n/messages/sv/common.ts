import { defineTranslation } from '../../define';
import type { common as english } from '../en/common';

export const common = defineTranslation<typeof english>()({
  'app.name': 'Ties',
  'nav.label': 'Huvudmeny',
  'nav.thisWeek': 'Veckan',
  'nav.people': 'Personer',
  'nav.network': 'Nätverk',
  'nav.log': 'Logga',
  'nav.settings': 'Inställningar',
  'common.save': 'Spara',
  'common.cancel': 'Avbryt',
  'common.close': 'Stäng',
  'common.delete': 'Radera',
  'common.edit': 'Redigera',
  'common.undo': 'Ångra',
  'toast.waiting': { one: '1 meddelande till väntar', other: '{count} meddelanden till väntar' },
  'start.import': 'Importera kontakter',
  'start.restore': 'Återställ en säkerhetskopia',
  'common.loading': 'Laddar…',
  'common.back': 'Tillbaka',
  'common.skipToContent': 'Hoppa till innehållet',
  'common.unknownDate': 'okänt datum',
  'screenError.title': 'Den här sidan kunde inte visas',
  'screenError.body':
    'Något som finns sparat i Ties gick inte att visa här. Dina data har inte ändrats. Gå till en annan sida, eller ladda om för att försöka igen.',
  'screenError.home': 'Till veckan',
  'screenError.reload': 'Ladda om',
  'failure.outOfSpace':
    'Ties har slut på utrymme på den här enheten: frigör utrymme och försök igen. Inget du skrev har gått förlorat.',
  'failure.databaseClosed':
    'Ties har uppdaterats i en annan flik, så den här fliken kan inte längre spara. Ladda om den för att fortsätta; inget du skrev har gått förlorat.',
  'failure.unknown': 'Ändringen kunde inte sparas. Inget du skrev har gått förlorat; försök igen.',
  'failure.cancelled': 'Det avbröts innan det var klart. Ingenting ändrades.',
  'failure.personNotFound': 'Personen har raderats, kanske i en annan flik. Ingenting ändrades.',
  'failure.editConflict':
    'Det här ändrades i en annan flik under tiden, så inget sparades. Titta på det igen och försök sedan igen.',
  'failure.noName': 'Skriv ett namn först.',
  'failure.nameTooLong': 'Namnet är för långt. Korta det och försök igen.',
  'failure.noTags': 'Skriv minst en tagg.',
  'failure.tagTooLong': 'En tagg är för lång. Korta den och försök igen.',
  'failure.tooManyTags':
    'Någon skulle få fler taggar än Ties sparar för en person. Ta bort några av personens taggar först.',
  'failure.cadenceOutOfRange': 'Antalet dagar ligger utanför det tillåtna. Ingenting ändrades.',
  'failure.samePerson': 'En person kan inte slås ihop med sig själv. Ingenting ändrades.',
  'failure.overLimit':
    'Tillsammans skulle de ha mer än Ties sparar för en person. Korta eller ta bort något hos en av dem först. Ingenting ändrades.',
  'failure.changedSince':
    'Det här går inte längre att ångra: något som ändrades har ändrats igen sedan dess.',
  'failure.noParticipants': 'Välj minst en person.',
  'failure.unknownParticipant': 'Någon av personerna finns inte längre. Inget sparades.',
  'failure.invalidTime': 'Tiden är ogiltig. Välj datum och tid.',
  'failure.invalidKind': 'Den typen av kontakt finns inte. Välj en annan.',
  'failure.touchNotFound': 'Kontakten finns inte längre; den kan ha raderats i en annan flik.',
  'failure.noPlan':
    'Veckans lista finns inte längre: den har gjorts om, kanske i en annan flik. Ingenting ändrades.',
  'failure.notOnList': 'Personen finns inte längre på veckans lista. Ingenting ändrades.',
  'failure.invalidDate': 'Välj en dag som inte har varit än.',
  'failure.stalePlan':
    'Dina personer ändrades under tiden (kanske i en annan flik), så ingenting importerades. Kontrollera filen igen.',
  'failure.importNotFound': 'Importen går inte längre att ångra.',
  'failure.alreadyUndone': 'Importen är redan ångrad.',
  'failure.noCopy': 'Dina tidigare data finns inte längre kvar, så de går inte att lägga tillbaka.',
  'failure.settingOutOfRange':
    'Ett värde ligger utanför sitt intervall, så inget sparades. Kontrollera fälten och spara igen.',
  'failure.askNotFound': 'Frågan finns inte längre; den kan ha raderats i en annan flik.',
  'failure.goalNotFound':
    'Målet finns inte längre; det kan ha raderats i en annan flik. Inget sparades.',
  'failure.invalidOutcome': 'Så kan det inte ha gått med en fråga. Välj något annat.',
  'failure.introductionNotFound':
    'Introduktionen finns inte längre; den kan ha raderats i en annan flik.',
  'failure.introduceToSelf': 'Välj två olika personer att introducera. Inget sparades.',
  'failure.notANextState':
    'Introduktionen kan inte flyttas dit härifrån; den kan ha ändrats i en annan flik.',
  'failure.beforePreviousState':
    'Då skulle introduktionens steg hamna i fel ordning. Välj ett datum mellan steget före och steget efter.',
  'failure.noTitle': 'Ge målet en rubrik.',
  'failure.titleTooLong': 'Rubriken är för lång. Korta den och spara igen.',
  'failure.whyTooLong': 'Texten under ”Varför” är för lång. Korta den och spara igen.',
  'failure.expertiseTooLong': 'En kompetens är för lång. Korta den och spara igen.',
  'failure.tooMuchExpertise': 'Ett mål kan behöva högst 100 kompetenser. Ta bort några.',
  'failure.invalidDueDay': 'Det datumet finns inte. Välj en dag eller lämna fältet tomt.',
  'storage.unavailable':
    'Webbläsaren låter inte Ties spara data (privat läge eller blockerad lagring). Inget du skriver kan sparas.',
  'storage.upgradeBlocked':
    'Ties uppdaterar sina data men en annan Ties-flik är fortfarande öppen med den äldre versionen. Stäng eller ladda om de andra Ties-flikarna för att fortsätta.',
  'connectionLoss.label': 'Omladdning behövs',
  'connectionLoss.newerVersion':
    'Ties har uppdaterats i en annan flik, så den här fliken kan inte längre spara.',
  'connectionLoss.deleted':
    'Ties data raderades i en annan flik, så den här fliken kan inte längre spara.',
  'connectionLoss.inputKept': 'Ladda om för att fortsätta; det du inte har sparat finns kvar.',
  'connectionLoss.inputAtRisk':
    'Ladda om för att fortsätta, men kopiera först det du skrivit här: formuläret sparas inte när sidan laddas om.',
  'connectionLoss.reload': 'Ladda om',
  'connectionLoss.confirmLoss': 'Om du laddar om nu försvinner det du skrivit här och inte sparat.',
  'connectionLoss.reloadAnyway': 'Ladda om ändå',
  'notFound.title': 'Sidan finns inte',
  'notFound.body': 'Det finns inget på den här adressen.',
  'notFound.home': 'Till veckan',
  'comingSoon.thisWeek':
    'Här kommer veckans lista över vilka du bör höra av dig till. Den är inte byggd än: lägg till personer och logga kontakter så länge.',
  'tie.status.ok': 'I fas',
  'tie.status.due': 'Snart dags',
  'tie.status.overdue': 'Över tiden',
  'tie.status.dormant': 'Vilande',
  'tie.status.new': 'Ny',
  'tie.status.paused': 'Pausad',
  'tie.statusPrefix': 'Status:',
  'comingSoon.network':
    'Nätverksgrafen är inte byggd än. Den kommer att visa vilka du känner och hur de hänger ihop.',
});
