import type { Graph, GraphInsights } from '../../domain/graph';
import { useI18n } from '../../i18n/use-i18n';
import { CLUSTER_TINTS } from './graph-colours';
import './network-messages';

/** Clusters and bridges listed in the panel, at most (the graph shows them all). */
const MAX_LISTED = 8;

type InsightsPanelProps = {
  graph: Graph;
  insights: GraphInsights | undefined;
  onShowPerson: (node: number) => void;
};

/** Clusters (with the tint they have on the graph) and bridges, in a small panel. */
export function InsightsPanel({ graph, insights, onShowPerson }: InsightsPanelProps) {
  const { t } = useI18n();
  const clusterName = (id: number) => {
    const name = insights?.clusters.find((cluster) => cluster.id === id)?.name ?? '';
    return name === '' ? t('network.insights.unnamed', { number: id + 1 }) : name;
  };
  return (
    <details className="card insights-panel">
      <summary>
        <h2>{t('network.insights.title')}</h2>
      </summary>
      {insights === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <div className="insights-columns">
          <section aria-labelledby="insights-clusters">
            <h3 id="insights-clusters">{t('network.insights.clusters')}</h3>
            {insights.clusters.length === 0 ? (
              <p className="muted">{t('network.insights.noClusters')}</p>
            ) : (
              <ul className="insights-list">
                {insights.clusters.slice(0, MAX_LISTED).map((cluster) => (
                  <li key={cluster.id}>
                    <span
                      className="cluster-swatch"
                      aria-hidden="true"
                      style={{ background: CLUSTER_TINTS[cluster.id % CLUSTER_TINTS.length] }}
                    />
                    <span>{clusterName(cluster.id)}</span>
                    <span className="muted">
                      {t('network.insights.size', { count: cluster.members.length })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="insights-bridges">
            <h3 id="insights-bridges">{t('network.insights.bridges')}</h3>
            <p className="muted">{t('network.insights.bridgesHelp')}</p>
            {insights.bridges.length === 0 ? (
              <p className="muted">{t('network.insights.noBridges')}</p>
            ) : (
              <ul className="insights-list">
                {insights.bridges.slice(0, MAX_LISTED).map((bridge) => {
                  const name = graph.nodes[bridge.node]?.label ?? '';
                  return (
                    <li key={bridge.node}>
                      <button
                        type="button"
                        className="insights-person"
                        aria-label={t('network.insights.show', { name })}
                        onClick={() => onShowPerson(bridge.node)}
                      >
                        {name}
                      </button>
                      <span className="muted">
                        {bridge.clusterIds.map((id) => clusterName(id)).join(' · ')}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>
      )}
    </details>
  );
}
