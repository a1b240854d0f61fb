import { useI18n } from '../../i18n/use-i18n';

export function ThisWeekPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('nav.thisWeek')}</h1>
      <p className="card">{t('comingSoon.thisWeek')}</p>
    </section>
  );
}
