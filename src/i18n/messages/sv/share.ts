import { defineTranslation } from '../../define';
import type { share as english } from '../en/share';

export const share = defineTranslation<typeof english>()({
  'share.title': 'Dela något',
  'share.intro':
    'Skicka vidare en länk eller en artikel till dem den kan hjälpa, och logga det som något du gett.',
  'share.received': 'Det här delar du',
  'share.link': 'Länk',
  'share.paste.label': 'Länk eller text att dela',
  'share.paste.hint':
    'Klistra in en länk, en rubrik eller några stycken. Ties öppnar aldrig länken.',
  'share.nothingYet':
    'Inget delat än. Klistra in en länk eller lite text ovan, eller dela till Ties från en annan app.',
  'share.loading': 'Letar efter personer som kan ha nytta av den…',
  'share.suggestions': 'Vem kan ha nytta av den',
  'share.noMatch':
    'Ingens expertis, taggar eller aktiva mål matchar de här orden. Sök efter någon nedan.',
  'share.more': {
    one: '{count} person till matchar. Sök efter hen nedan.',
    other: '{count} personer till matchar. Sök efter dem nedan.',
  },
  'share.matched': 'Matchar {matches}',
  'share.pickedEarlier': 'Valdes tidigare',
  'share.match.expertise': 'expertis ”{label}”',
  'share.match.tag': 'taggen ”{label}”',
  'share.match.goal': 'målet ”{label}”',
  'share.search': 'Lägg till någon annan',
  'share.log': 'Logga som delad',
  'share.logging': 'Loggar…',
  'share.noOnePicked': 'Bocka i eller lägg till minst en person att logga delningen med.',
  'share.nothingToLog': 'Klistra in en länk eller lite text att dela först.',
  'share.failed': 'Delningen kunde inte loggas: {reason}',
  'share.logged': 'Loggat: du delade den med {names}',
});
