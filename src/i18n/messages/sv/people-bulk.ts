import { defineTranslation } from '../../define';
import type { peopleBulk as english } from '../en/people-bulk';

export const peopleBulk = defineTranslation<typeof english>()({
  'people.bulk.start': 'Välj',
  'people.bulk.done': 'Klar',
  'people.bulk.selectAll': {
    one: 'Välj den {count} personen i listan',
    other: 'Välj alla {count} personer i listan',
  },
  'people.bulk.selectPerson': 'Välj {name}',
  'people.bulk.selectedCount': {
    one: '{count} person vald',
    other: '{count} personer valda',
  },
  'people.bulk.clear': 'Avmarkera alla',
  'people.bulk.title': 'Ändra alla valda',
  'people.bulk.tier': 'Nivå',
  'people.bulk.setTier': 'Ange nivå',
  'people.bulk.cadence': 'Hur ofta ni ska höras',
  'people.bulk.cadenceTier': 'Som deras nivå',
  'people.bulk.cadenceCustom': 'Var … dag',
  'people.bulk.cadenceNone': 'Ingen fast rytm',
  'people.bulk.cadenceDays': 'Hur många dagar mellan',
  'people.bulk.setCadence': 'Ange rytm',
  'people.bulk.tags': 'Taggar, åtskilda med kommatecken',
  'people.bulk.addTags': 'Lägg till taggar',
  'people.bulk.removeTags': 'Ta bort taggar',
  'people.bulk.pause': 'Pausa',
  'people.bulk.resume': 'Återuppta',
  'people.bulk.working': 'Sparar…',
  'people.bulk.done.tier': {
    one: 'Nivån ändrad för {count} person.',
    other: 'Nivån ändrad för {count} personer.',
  },
  'people.bulk.done.cadence': {
    one: 'Rytmen ändrad för {count} person.',
    other: 'Rytmen ändrad för {count} personer.',
  },
  'people.bulk.done.addTags': {
    one: 'Taggar tillagda för {count} person.',
    other: 'Taggar tillagda för {count} personer.',
  },
  'people.bulk.done.removeTags': {
    one: 'Taggar borttagna för {count} person.',
    other: 'Taggar borttagna för {count} personer.',
  },
  'people.bulk.done.pause': { one: '{count} person pausad.', other: '{count} personer pausade.' },
  'people.bulk.done.resume': {
    one: '{count} person återupptagen.',
    other: '{count} personer återupptagna.',
  },
  'people.bulk.nothingChanged': 'Alla valda hade redan det, så inget ändrades.',
  'people.bulk.undone': 'Ändringen är ångrad.',
  'people.bulk.error.noTags': 'Skriv minst en tagg.',
  'people.bulk.error.tagTooLong': 'En tagg är för lång: högst {max} tecken.',
  'people.bulk.error.tooManyTags': {
    one: '{count} vald person skulle få fler än {max} taggar. Ta bort några av personens taggar först.',
    other:
      '{count} valda personer skulle få fler än {max} taggar. Ta bort några av deras taggar först.',
  },
  'people.bulk.error.cadence': 'Ange ett helt antal dagar från {min} till {max}.',
});
