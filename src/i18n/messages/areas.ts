// Every area's messages, for the unit test that checks each language has every key. The app
// itself never imports this: it would put the areas that load later into the first screen.
import { common } from './common';
import { log } from './log';
import { network } from './network';
import { onboarding } from './onboarding';
import { people } from './people';
import { pwa } from './pwa';
import { settings } from './settings';
import { thisWeek } from './this-week';
import { transfer } from './transfer';
import { transferShell } from './transfer-shell';

export const areas = {
  common,
  people,
  log,
  settings,
  onboarding,
  pwa,
  thisWeek,
  network,
  transfer,
  transferShell,
};
