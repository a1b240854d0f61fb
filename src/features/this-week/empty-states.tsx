import { useState } from 'react';
import { Link } from 'react-router-dom';
import { StartFromFiles } from '../../components/start-from-files';
import { useI18n } from '../../i18n/use-i18n';

/** Nobody yet: add someone, explore the demo network, import contacts or restore a backup. */
export function NoPeopleYet() {
  const { t, language } = useI18n();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const exploreDemo = async () => {
    setState('loading');
    try {
      // The generator loads on demand: it has no place in the first screen's JavaScript.
      // The list is made again by itself once the people are there (see isEmptyAndOutdated
      // in db/reads/this-week.ts).
      const { loadDemo } = await import('../../db/writes/demo');
      await loadDemo(undefined, language);
    } catch (error) {
      console.error('Ties could not load the demo network', error);
      setState('failed');
    }
  };
  return (
    <div className="card week-empty">
      <h2>{t('thisWeek.empty.noPeopleTitle')}</h2>
      <p>{t('thisWeek.empty.noPeopleBody')}</p>
      <div className="week-empty-actions">
        <Link to="/people/new" className="button primary">
          {t('thisWeek.empty.addPerson')}
        </Link>
        <button
          type="button"
          className="button"
          disabled={state === 'loading'}
          onClick={() => {
            void exploreDemo();
          }}
        >
          {t(state === 'loading' ? 'thisWeek.empty.demoLoading' : 'thisWeek.empty.demo')}
        </button>
        <StartFromFiles />
      </div>
      {state === 'failed' ? (
        <p role="alert" className="field-error">
          {t('thisWeek.empty.demoFailed')}
        </p>
      ) : null}
    </div>
  );
}

/** People exist, but none has a reason to be on the list this week. */
export function NothingThisWeek() {
  const { t } = useI18n();
  return (
    <div className="card week-empty">
      <h2>{t('thisWeek.empty.nothingTitle')}</h2>
      <p>{t('thisWeek.empty.nothingBody')}</p>
    </div>
  );
}
