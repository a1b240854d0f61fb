import { useRef, useState } from 'react';
import { useFocusOnAppear } from '../../components/use-focus-on-appear';
import { clearDemo, loadDemo } from '../../db/writes/demo';
import { knownFailureText } from '../../components/failure-text';
import { showToast } from '../../components/toast-store';
import { useI18n } from '../../i18n/use-i18n';

type Step = 'idle' | 'confirming' | 'working';

/** Load the demo network, or remove it after a confirmation. */
export function DemoSection({ hasDemoData }: { hasDemoData: boolean }) {
  const { t, language } = useI18n();
  const [step, setStep] = useState<Step>('idle');

  const run = async (work: () => Promise<string>) => {
    setStep('working');
    try {
      showToast({ message: await work() });
    } catch (error) {
      console.error('Ties could not change the demo data', error);
      showToast({
        message: knownFailureText(error, t) ?? t('settings.demo.failed'),
        tone: 'error',
      });
    }
    setStep('idle');
  };
  const remove = () =>
    run(async () => {
      const { people } = await clearDemo();
      return t('settings.demo.removed', { count: people });
    });
  const load = () =>
    run(async () => {
      await loadDemo(undefined, language);
      return t('settings.demo.loaded');
    });

  return (
    <section className="card settings-section" aria-labelledby="settings-demo">
      <h2 id="settings-demo">{t('settings.demo.title')}</h2>
      {hasDemoData ? (
        <>
          <p>{t('settings.demo.loadedInfo')}</p>
          {step === 'confirming' ? (
            <ConfirmRemove
              onConfirm={() => {
                void remove();
              }}
              onCancel={() => {
                setStep('idle');
              }}
            />
          ) : (
            <button
              type="button"
              className="button danger"
              disabled={step === 'working'}
              onClick={() => {
                setStep('confirming');
              }}
            >
              {step === 'working' ? t('settings.demo.removing') : t('settings.demo.remove')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t('settings.demo.notLoadedInfo')}</p>
          <button
            type="button"
            className="button"
            disabled={step === 'working'}
            onClick={() => {
              void load();
            }}
          >
            {step === 'working' ? t('settings.demo.loading') : t('settings.demo.load')}
          </button>
        </>
      )}
    </section>
  );
}

function ConfirmRemove({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus lands on the safe choice, so a stray Enter does not delete anything.
  useFocusOnAppear(cancelRef);
  return (
    <div className="settings-confirm" role="group" aria-labelledby="settings-demo-confirm">
      <p id="settings-demo-confirm">{t('settings.demo.confirm')}</p>
      <div className="settings-actions">
        <button type="button" className="button danger" onClick={onConfirm}>
          {t('settings.demo.confirmRemove')}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
