import { failureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import { useI18n } from '../../i18n/use-i18n';

/**
 * Runs a write from a list's button and reports a failure in a toast in the user's words,
 * instead of failing silently; resolves to the write's result, or undefined when it failed.
 */
export function useAttempt(): <T>(write: () => Promise<T>) => Promise<T | undefined> {
  const { t } = useI18n();
  return async (write) => {
    try {
      return await write();
    } catch (error) {
      showToast({ tone: 'error', message: t('asks.failed', { reason: failureText(error, t) }) });
      return undefined;
    }
  };
}
