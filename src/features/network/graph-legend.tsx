import { TieBadge } from '../../components/tie-badge';
import { TIE_STATUSES } from '../../domain/tie-health';
import { useI18n } from '../../i18n/use-i18n';
import './network-messages';

/** What the colours, sizes and marks on the graph mean. */
export function GraphLegend() {
  const { t } = useI18n();
  return (
    <details className="graph-legend">
      <summary>{t('network.legend.title')}</summary>
      <p>{t('network.legend.colour')}</p>
      <p className="graph-legend-statuses">
        {TIE_STATUSES.map((status) => (
          <TieBadge key={status} status={status} />
        ))}
      </p>
      <ul>
        <li>{t('network.legend.size')}</li>
        <li>{t('network.legend.halo')}</li>
        <li>{t('network.legend.bridge')}</li>
        <li>{t('network.legend.cluster')}</li>
      </ul>
    </details>
  );
}
