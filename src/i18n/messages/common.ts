import { defineMessages } from '../define';

export const common = defineMessages({
  en: {
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
    'storage.unavailable':
      'This browser is not letting Ties store data (private mode or blocked storage). Nothing you enter can be saved.',
    'storage.upgradeBlocked':
      'Ties is updating its data but another Ties tab is still open on the older version. Close or reload the other Ties tabs to go on.',
    'connectionLoss.label': 'Reload needed',
    'connectionLoss.newerVersion':
      'Ties was updated in another tab, so this tab can no longer save.',
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
  },
  sv: {
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
    'failure.unknown':
      'Ändringen kunde inte sparas. Inget du skrev har gått förlorat; försök igen.',
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
    'connectionLoss.confirmLoss':
      'Om du laddar om nu försvinner det du skrivit här och inte sparat.',
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
  },
});
