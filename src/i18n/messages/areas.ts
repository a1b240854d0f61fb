// Every area's messages in both languages, for the unit tests that check each language has
// every key with the same placeholders. The app itself never imports this: it would put
// every language's messages into one script (i18n/catalogue.ts loads them on demand).
import { common as enCommon } from './en/common';
import { log as enLog } from './en/log';
import { network as enNetwork } from './en/network';
import { onboarding as enOnboarding } from './en/onboarding';
import { people as enPeople } from './en/people';
import { peopleBulk as enPeopleBulk } from './en/people-bulk';
import { pwa as enPwa } from './en/pwa';
import { settings as enSettings } from './en/settings';
import { thisWeek as enThisWeek } from './en/this-week';
import { yourData as enYourData } from './en/your-data';
import { yourDataShell as enYourDataShell } from './en/your-data-shell';
import { common as svCommon } from './sv/common';
import { log as svLog } from './sv/log';
import { network as svNetwork } from './sv/network';
import { onboarding as svOnboarding } from './sv/onboarding';
import { people as svPeople } from './sv/people';
import { peopleBulk as svPeopleBulk } from './sv/people-bulk';
import { pwa as svPwa } from './sv/pwa';
import { settings as svSettings } from './sv/settings';
import { thisWeek as svThisWeek } from './sv/this-week';
import { yourData as svYourData } from './sv/your-data';
import { yourDataShell as svYourDataShell } from './sv/your-data-shell';

export const areas = {
  common: { en: enCommon, sv: svCommon },
  people: { en: enPeople, sv: svPeople },
  peopleBulk: { en: enPeopleBulk, sv: svPeopleBulk },
  log: { en: enLog, sv: svLog },
  settings: { en: enSettings, sv: svSettings },
  onboarding: { en: enOnboarding, sv: svOnboarding },
  pwa: { en: enPwa, sv: svPwa },
  thisWeek: { en: enThisWeek, sv: svThisWeek },
  yourDataShell: { en: enYourDataShell, sv: svYourDataShell },
  network: { en: enNetwork, sv: svNetwork },
  yourData: { en: enYourData, sv: svYourData },
};
