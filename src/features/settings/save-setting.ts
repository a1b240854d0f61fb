import { updateSettings } from '../../db/settings';
import { showToast } from '../../components/toast-store';
import type { Settings } from '../../domain/types';

/** Saves a setting; a failure is said in a toast (the choice on screen follows the row). */
export async function saveSetting(
  changes: Partial<Omit<Settings, 'id'>>,
  failureMessage: string,
): Promise<void> {
  try {
    await updateSettings(changes);
  } catch (error) {
    console.error('Ties could not save a setting', error);
    showToast({ message: failureMessage, tone: 'error' });
  }
}
