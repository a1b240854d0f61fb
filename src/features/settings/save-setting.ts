import { updateSettings } from '../../db/writes/settings';
import { knownFailureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import type { I18n } from '../../i18n/i18n-context';

/**
 * Saves a setting; a failure is said in a toast (the choice on screen follows the row), by
 * its cause when the user can act on it (a full disk). Tier cadences are not among them:
 * they go through updateTieSettings (keep-in-touch-form.ts), which moves due times too.
 */
export async function saveSetting(
  changes: Parameters<typeof updateSettings>[0],
  t: I18n['t'],
): Promise<void> {
  try {
    await updateSettings(changes);
  } catch (error) {
    console.error('Ties could not save a setting', error);
    showToast({ message: knownFailureText(error, t) ?? t('settings.saveFailed'), tone: 'error' });
  }
}
