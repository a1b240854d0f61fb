import type { Language } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { ChoiceGroup, type Choice } from './choice-group';
import { saveSetting } from './save-setting';

type LanguageChoice = Language | 'browser';

/** Follow the browser, or pick English or Swedish; the app switches at once. */
export function LanguageSection({ language }: { language: Language | null }) {
  const { t } = useI18n();
  const choices: Choice<LanguageChoice>[] = [
    { value: 'browser', label: t('settings.language.browser') },
    // Language names are written in their own language, as people look for them.
    { value: 'en', label: 'English', lang: 'en' },
    { value: 'sv', label: 'Svenska', lang: 'sv' },
  ];
  return (
    <section className="card settings-section" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <ChoiceGroup
        labelledBy="settings-language"
        choices={choices}
        value={language ?? 'browser'}
        onChange={(choice) => {
          void saveSetting({ language: choice === 'browser' ? null : choice }, t);
        }}
      />
    </section>
  );
}
