import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/use-i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
