import type { Message } from '../define';
import { common } from './common';
import { log } from './log';
import type { network } from './network';
import { onboarding } from './onboarding';
import { people } from './people';
import { peopleBulk } from './people-bulk';
import { pwa } from './pwa';
import { settings } from './settings';
import { thisWeek } from './this-week';
import type { yourData } from './your-data';
import { yourDataShell } from './your-data-shell';

// The messages every screen may need load with the first screen. Two areas load with their
// own screens instead (they are over a tenth of the first screen's script): the network's and
// import, export and backup's. Each is added by a module of its feature that every file using
// its keys imports (features/network/network-messages.ts,
// features/transfer/transfer-messages.ts); a unit test holds every such file to that.

/** The areas that load with the first screen. */
export const firstScreenAreas = {
  common,
  people,
  peopleBulk,
  log,
  settings,
  onboarding,
  pwa,
  thisWeek,
  yourDataShell,
};

/** The messages that load with the first screen. */
export const en = {
  ...common.en,
  ...people.en,
  ...peopleBulk.en,
  ...log.en,
  ...settings.en,
  ...onboarding.en,
  ...pwa.en,
  ...thisWeek.en,
  ...yourDataShell.en,
};

type FirstScreenKey = keyof typeof en;

export const sv: Record<FirstScreenKey, Message> = {
  ...common.sv,
  ...people.sv,
  ...peopleBulk.sv,
  ...log.sv,
  ...settings.sv,
  ...onboarding.sv,
  ...pwa.sv,
  ...thisWeek.sv,
  ...yourDataShell.sv,
};

/** The areas that load with their screens. */
export type LaterAreaKey = keyof (typeof network)['en'] | keyof (typeof yourData)['en'];

export type MessageKey = FirstScreenKey | LaterAreaKey;
