import { Navigate } from 'react-router-dom';
import { useSettings } from '../../db/hooks/use-settings';
import { useI18n } from '../../i18n/use-i18n';

export function ThisWeekPage() {
  const { t } = useI18n();
  const settings = useSettings();
  // The first run starts at the welcome screen until a choice (demo or empty) is made.
  if (settings === undefined) return null;
  if (settings.onboardedAt === undefined) return <Navigate to="/welcome" replace />;
  return (
    <section className="page">
      <h1>{t('nav.thisWeek')}</h1>
      <p className="card">{t('comingSoon.thisWeek')}</p>
    </section>
  );
}
