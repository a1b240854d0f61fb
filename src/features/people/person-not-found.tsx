import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/use-i18n';

/** For an address whose person never existed or has been deleted. */
export function PersonNotFound() {
  const { t } = useI18n();
  return (
    <section className="page" aria-labelledby="person-not-found">
      <h1 id="person-not-found">{t('people.person.notFoundTitle')}</h1>
      <p>{t('people.person.notFoundBody')}</p>
      <p>
        <Link to="/people">{t('people.person.backToPeople')}</Link>
      </p>
    </section>
  );
}
