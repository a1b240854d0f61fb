import { Link } from 'react-router-dom';
import { BackupReminderBanner } from '../../components/backup-reminder-banner';
import { useSettings } from '../../live-queries/use-settings';
import { useI18n } from '../../i18n/use-i18n';
import { AboutSection } from './about-section';
import { DemoSection } from './demo-section';
import { KeepInTouchSection } from './keep-in-touch-section';
import { LanguageSection } from './language-section';
import { StorageSection } from './storage-section';
import { ThemeSection } from './theme-section';
import './settings-page.css';

export default function SettingsPage() {
  const { t } = useI18n();
  const settings = useSettings();
  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <BackupReminderBanner />
      {settings === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <KeepInTouchSection settings={settings} />
          <LanguageSection language={settings.language} />
          <ThemeSection theme={settings.theme} />
          <section className="card settings-section" aria-labelledby="settings-data">
            <h2 id="settings-data">{t('yourData.settings.title')}</h2>
            <p>{t('yourData.settings.intro')}</p>
            <Link className="button" to="/settings/data">
              {t('yourData.settings.open')}
            </Link>
          </section>
          <StorageSection />
          <DemoSection hasDemoData={settings.hasDemoData} />
          <AboutSection />
        </>
      )}
    </section>
  );
}
