import type { Settings } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import { ChoiceGroup, type Choice } from './choice-group';
import { saveSetting } from './save-setting';

type Theme = Settings['theme'];

export function ThemeSection({ theme }: { theme: Theme }) {
  const { t } = useI18n();
  const choices: Choice<Theme>[] = [
    { value: 'system', label: t('settings.theme.system') },
    { value: 'light', label: t('settings.theme.light') },
    { value: 'dark', label: t('settings.theme.dark') },
  ];
  return (
    <section className="card settings-section" aria-labelledby="settings-theme">
      <h2 id="settings-theme">{t('settings.theme.title')}</h2>
      <ChoiceGroup
        labelledBy="settings-theme"
        choices={choices}
        value={theme}
        onChange={(choice) => {
          void saveSetting({ theme: choice }, t);
        }}
      />
    </section>
  );
}
