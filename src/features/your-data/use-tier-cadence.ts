import { useSettings } from '../../live-queries/use-settings';
import { DEFAULT_SETTINGS, type Tier, type TierCadences } from '../../domain/types';

/** The days between touches of each tier in the user's settings; null for "no set rhythm". */
export function useTierCadence(): (tier: Tier) => number | null {
  const settings = useSettings();
  const cadences: TierCadences = settings?.tierCadenceDays ?? DEFAULT_SETTINGS.tierCadenceDays;
  return (tier) => cadences[tier];
}
