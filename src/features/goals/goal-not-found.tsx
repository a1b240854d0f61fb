import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/use-i18n';
import './goals-messages';

/** For an address whose goal never existed or has been deleted. */
export function GoalNotFound() {
  const { t } = useI18n();
  return (
    <section className="page" aria-labelledby="goal-not-found">
      <h1 id="goal-not-found">{t('goals.detail.notFoundTitle')}</h1>
      <p>{t('goals.detail.notFoundBody')}</p>
      <p>
        <Link to="/goals">{t('goals.detail.back')}</Link>
      </p>
    </section>
  );
}
