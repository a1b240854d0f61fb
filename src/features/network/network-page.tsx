import { useI18n } from '../../i18n/use-i18n';

export default function NetworkPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('nav.network')}</h1>
      <p className="card">{t('comingSoon.network')}</p>
    </section>
  );
}
