import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../domain/types';
import { isLanguageLoaded, loadLanguage } from './catalogue';
import { createI18n } from './create-i18n';
import { I18nContext } from './i18n-context';

/**
 * The language's words for everything inside. A language's messages load on demand
 * (catalogue.ts): until they have, the language shown before stays, and before any has
 * been shown nothing renders, so no screen ever shows a bare key.
 */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [shown, setShown] = useState<Language | undefined>(() =>
    isLanguageLoaded(language) ? language : undefined,
  );
  useEffect(() => {
    let isCurrent = true;
    loadLanguage(language).then(
      () => {
        if (isCurrent) setShown(language);
      },
      (error: unknown) => {
        console.error(`Ties could not load its ${language} messages`, error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [language]);
  const ready = isLanguageLoaded(language) ? language : shown;
  const i18n = useMemo(() => (ready === undefined ? undefined : createI18n(ready)), [ready]);
  if (!i18n) return null;
  return <I18nContext value={i18n}>{children}</I18nContext>;
}
