import { use } from 'react';
import { I18nContext, type I18n } from './i18n-context';
import { createI18n } from './create-i18n';

const fallback = createI18n('en');

/** The current language's translate and format functions (English outside a provider). */
export function useI18n(): I18n {
  return use(I18nContext) ?? fallback;
}
