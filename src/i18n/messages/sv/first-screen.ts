// The Swedish messages every screen may need (as en/first-screen.ts).
import type { Message } from '../../define';
import type { firstScreen as english } from '../en/first-screen';
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
} satisfies Record<keyof typeof english, Message>;
