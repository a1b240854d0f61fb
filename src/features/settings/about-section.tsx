import { version } from '../../../package.json';
import { useI18n } from '../../i18n/use-i18n';

export function AboutSection() {
  const { t } = useI18n();
  return (
    <section className="card settings-section" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('settings.about.title')}</h2>
      <p>{t('settings.about.version', { version })}</p>
      <p className="muted">{t('settings.about.private')}</p>
    </section>
  );
}
