import { useSettings } from '../../db/hooks/use-settings';
import { DEFAULT_SETTINGS, type Tier, type TierCadences } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import './transfer-messages';

/** "every 180 days", or "no set rhythm" for a tier without one, from the user's settings. */
export function useTierRhythm(): (tier: Tier) => string {
  const { t } = useI18n();
  const settings = useSettings();
  const cadences: TierCadences = settings?.tierCadenceDays ?? DEFAULT_SETTINGS.tierCadenceDays;
  return (tier) => {
    const days = cadences[tier];
    return days === null
      ? t('transfer.newPeople.noRhythm')
      : t('transfer.newPeople.every', { count: days });
  };
}
