import type { Message } from '../define';
import { common } from './common';
import { log } from './log';
import { network } from './network';
import { onboarding } from './onboarding';
import { people } from './people';
import { pwa } from './pwa';
import { settings } from './settings';
import { thisWeek } from './this-week';
import { transfer } from './transfer';

/** Every area's messages; the unit test checks that each language has every key. */
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
};

export const en = {
  ...common.en,
  ...people.en,
  ...log.en,
  ...settings.en,
  ...onboarding.en,
  ...pwa.en,
  ...thisWeek.en,
  ...network.en,
  ...transfer.en,
};

export type MessageKey = keyof typeof en;

export const sv: Record<MessageKey, Message> = {
  ...common.sv,
  ...people.sv,
  ...log.sv,
  ...settings.sv,
  ...onboarding.sv,
  ...pwa.sv,
  ...thisWeek.sv,
  ...network.sv,
  ...transfer.sv,
};
