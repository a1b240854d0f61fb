// The English messages every screen may need, loaded before the first screen shows when
// English is the language (i18n/catalogue.ts). The network's and the Your data screen's load
// with their screens instead (network.ts, your-data.ts): they are over a tenth of the size.
import { asks } from './asks';
import { common } from './common';
import { log } from './log';
import { onboarding } from './onboarding';
import { people } from './people';
import { peopleBulk } from './people-bulk';
import { pwa } from './pwa';
import { settings } from './settings';
import { thisWeek } from './this-week';
import { yourDataShell } from './your-data-shell';

export const firstScreen = {
  ...common,
  ...people,
  ...peopleBulk,
  ...log,
  ...asks,
  ...settings,
  ...onboarding,
  ...pwa,
  ...thisWeek,
  ...yourDataShell,
};
