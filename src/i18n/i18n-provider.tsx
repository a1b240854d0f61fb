import { useMemo, type ReactNode } from 'react';
import type { Language } from '../domain/types';
import { createI18n } from './create-i18n';
import { I18nContext } from './i18n-context';

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(language), [language]);
  return <I18nContext value={i18n}>{children}</I18nContext>;
}
