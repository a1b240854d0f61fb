import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import {
  currentPlatform,
  isInstallHintDismissed,
  rememberInstallHintDismissed,
  shouldShowIosHint,
} from './platform';
import './pwa.css';

/** Chromium's install prompt event; not in the DOM typings. */
type BeforeInstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

type Offer = { kind: 'ios' } | { kind: 'prompt'; event: BeforeInstallPromptEvent };

/**
 * A dismissible banner that helps installing Ties: on iOS the Share → Add to Home Screen
 * steps, on Chromium an Install button backed by the deferred `beforeinstallprompt`.
 * Once dismissed it stays away (remembered in localStorage).
 */
export function InstallHint() {
  const { t } = useI18n();
  const [offer, setOffer] = useState<Offer | null>(() =>
    !isInstallHintDismissed() && shouldShowIosHint(currentPlatform()) ? { kind: 'ios' } : null,
  );

  useEffect(() => {
    const onBeforeInstallPrompt = (event: Event) => {
      if (isInstallHintDismissed()) return;
      // Keep Chromium's own mini-infobar away; the banner below offers the same thing.
      event.preventDefault();
      setOffer({ kind: 'prompt', event: event as BeforeInstallPromptEvent });
    };
    const onInstalled = () => {
      setOffer(null);
    };
    window.addEventListener('beforeinstallprompt', onBeforeInstallPrompt);
    window.addEventListener('appinstalled', onInstalled);
    return () => {
      window.removeEventListener('beforeinstallprompt', onBeforeInstallPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);

  if (!offer) return null;

  const dismiss = () => {
    rememberInstallHintDismissed();
    setOffer(null);
  };

  const install = async (event: BeforeInstallPromptEvent) => {
    // A prompt event can be used once; whatever the answer, the banner has done its job.
    setOffer(null);
    await event.prompt();
    const choice = await event.userChoice;
    if (choice.outcome === 'dismissed') rememberInstallHintDismissed();
  };

  return (
    <section className="pwa-banner pwa-install" aria-label={t('pwa.install.label')}>
      <p>{offer.kind === 'ios' ? t('pwa.install.iosHint') : t('pwa.install.offer')}</p>
      <div className="pwa-banner-actions">
        {offer.kind === 'prompt' ? (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              void install(offer.event);
            }}
          >
            {t('pwa.install.install')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={dismiss}>
          {t('pwa.install.dismiss')}
        </button>
      </div>
    </section>
  );
}
