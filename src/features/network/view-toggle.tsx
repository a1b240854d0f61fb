import { useI18n } from '../../i18n/use-i18n';
import { setNetworkView, useNetworkStore, type NetworkView } from './network-store';
import './network-messages';

const VIEWS: readonly NetworkView[] = ['graph', 'list'];

/** Graph or list: two pressed-or-not buttons, the list being the graph's accessible twin. */
export function ViewToggle() {
  const { t } = useI18n();
  const view = useNetworkStore((state) => state.view);
  return (
    <div className="view-toggle" role="group" aria-label={t('network.view.label')}>
      {VIEWS.map((choice) => (
        <button
          key={choice}
          type="button"
          aria-pressed={view === choice}
          onClick={() => {
            setNetworkView(choice);
          }}
        >
          {t(`network.view.${choice}`)}
        </button>
      ))}
    </div>
  );
}
