import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { loadDemo, startEmpty } from '../../db/writes/demo';
import { StartFromFiles } from '../../components/start-from-files';
import { useI18n } from '../../i18n/use-i18n';
import './welcome-page.css';

type State = 'choosing' | 'loading-demo' | 'demo-failed' | 'empty-failed';

/**
 * The first run: explore a generated demo network, start with nobody, or bring people in
 * from a contacts export or a backup.
 */
export default function WelcomePage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [state, setState] = useState<State>('choosing');

  const exploreDemo = async () => {
    setState('loading-demo');
    try {
      // 'already-loaded' is fine too: the demo is there either way.
      await loadDemo(undefined, language);
      void navigate('/', { replace: true });
    } catch (error) {
      console.error('Ties could not load the demo network', error);
      setState('demo-failed');
    }
  };
  const chooseEmpty = async () => {
    try {
      await startEmpty();
      void navigate('/', { replace: true });
    } catch (error) {
      console.error('Ties could not save the first-run choice', error);
      setState('empty-failed');
    }
  };

  return (
    <section className="page welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('onboarding.title')}</h1>
      <p className="welcome-intro">{t('onboarding.intro')}</p>
      <p className="muted">{t('onboarding.private')}</p>
      {state === 'loading-demo' ? (
        <div className="welcome-progress" role="status">
          <progress aria-labelledby="welcome-progress-text" />
          <p id="welcome-progress-text">{t('onboarding.loading')}</p>
        </div>
      ) : (
        <div className="welcome-choices" role="group" aria-labelledby="welcome-choices-title">
          <h2 id="welcome-choices-title" className="visually-hidden">
            {t('onboarding.choices')}
          </h2>
          <button
            type="button"
            className="button primary welcome-choice"
            aria-describedby="welcome-demo-hint"
            onClick={() => {
              void exploreDemo();
            }}
          >
            {t('onboarding.demo')}
          </button>
          <p id="welcome-demo-hint" className="muted welcome-hint">
            {t('onboarding.demoHint')}
          </p>
          <button
            type="button"
            className="button welcome-choice"
            aria-describedby="welcome-empty-hint"
            onClick={() => {
              void chooseEmpty();
            }}
          >
            {t('onboarding.empty')}
          </button>
          <p id="welcome-empty-hint" className="muted welcome-hint">
            {t('onboarding.emptyHint')}
          </p>
          <StartFromFiles
            className="welcome-choice"
            beforeLeave={() => startEmpty()}
            onFailure={(error) => {
              console.error('Ties could not save the first-run choice', error);
              setState('empty-failed');
            }}
            importHint={{ id: 'welcome-import-hint', text: t('onboarding.importHint') }}
            restoreHint={{ id: 'welcome-restore-hint', text: t('onboarding.restoreHint') }}
          />
        </div>
      )}
      {state === 'demo-failed' || state === 'empty-failed' ? (
        <p role="alert" className="field-error">
          {t(state === 'demo-failed' ? 'onboarding.failed' : 'onboarding.emptyFailed')}
        </p>
      ) : null}
    </section>
  );
}
