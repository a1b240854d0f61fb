import type { ContactError } from '../../domain/contact-validation';
import { phraseText } from '../../i18n/phrase';
import { useI18n } from '../../i18n/use-i18n';

/** The words of a validation error in the current language. */
export function useErrorText(): (error: ContactError | undefined) => string | undefined {
  const { t } = useI18n();
  return (error) => (error ? phraseText(t, error) : undefined);
}

/** aria attributes that tie a control to its hint and error message. */
export function describedBy(
  id: string,
  { hasHint = false, hasError = false }: { hasHint?: boolean; hasError?: boolean },
) {
  const ids = [hasError ? `${id}-error` : '', hasHint ? `${id}-hint` : ''].filter(Boolean);
  return {
    'aria-invalid': hasError ? true : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}
