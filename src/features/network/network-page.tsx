// The network screen: the people as a force graph around the user,
// coloured by tie status and sized by strength, with search, filters, a selection card,
// clusters and bridges, and a list view with the same filters as its accessible
// equivalent. The route loads this module (and so the graph code) only when opened.
// The graph is read, built, laid out and analysed in a worker (layout-client.ts); this
// thread draws it, filters and searches it.
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { visibleSubgraph } from '../../domain/graph';
import { StartFromFiles } from '../../components/start-from-files';
import { useI18n } from '../../i18n/use-i18n';
import { GraphCanvas } from './graph-canvas';
import { GraphLegend } from './graph-legend';
import { InsightsPanel } from './insights-panel';
import {
  createLayoutClient,
  startLayoutWorker,
  type LayoutClient,
  type LoadedGraph,
  type NetworkSnapshot,
} from './layout-client';
import { NetworkFilters } from './network-filters';
import { NetworkList } from './network-list';
import { NetworkSearch } from './network-search';
import {
  clearFocusRequest,
  clearNetworkFilters,
  focusPerson,
  graphFilterOf,
  selectPerson,
  useNetworkStore,
} from './network-store';
import { buildScene } from './scene';
import { SelectionCard } from './selection-card';
import {
  insightsOf,
  tagsOf,
  useGraphLoading,
  useNetworkSnapshot,
  useSelection,
} from './use-network-graph';
import { ViewToggle } from './view-toggle';
import './network-messages';
import './network.css';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export default function NetworkPage() {
  const { t } = useI18n();
  // One worker per visit, for the graph, its layout and its insights (started on first use).
  const [layout] = useState(() => createLayoutClient(startLayoutWorker));
  useEffect(() => () => layout.terminate(), [layout]);
  const [isMotionReduced] = useState(prefersReducedMotion);
  useGraphLoading(layout, isMotionReduced);
  const { loaded, insights } = useNetworkSnapshot(layout);
  return (
    <section className="page network-page" aria-labelledby="network-title">
      <h1 id="network-title">{t('network.title')}</h1>
      {loaded === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : loaded.graph.nodes.length <= 1 ? (
        <NetworkEmpty />
      ) : (
        <NetworkExplorer
          layout={layout}
          loaded={loaded}
          found={insights}
          isMotionReduced={isMotionReduced}
        />
      )}
    </section>
  );
}

function NetworkEmpty() {
  const { t } = useI18n();
  return (
    <div className="card network-empty">
      <h2>{t('network.empty.title')}</h2>
      <p>{t('network.empty.body')}</p>
      <div className="network-empty-actions">
        <Link to="/people/new" className="button primary">
          {t('network.empty.add')}
        </Link>
        <Link to="/welcome" className="button">
          {t('network.empty.demo')}
        </Link>
        <StartFromFiles />
      </div>
    </div>
  );
}

type NetworkExplorerProps = {
  layout: LayoutClient;
  loaded: LoadedGraph;
  /** The clusters and bridges found last. */
  found: NetworkSnapshot['insights'];
  isMotionReduced: boolean;
};

function NetworkExplorer({ layout, loaded, found, isMotionReduced }: NetworkExplorerProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const { graph } = loaded;
  const insights = insightsOf(found, graph);
  const { view, filters, selectedId, focusRequest } = useNetworkStore();

  const subgraph = useMemo(() => visibleSubgraph(graph, graphFilterOf(filters)), [graph, filters]);
  const scene = useMemo(() => buildScene(graph, subgraph, insights), [graph, subgraph, insights]);
  const indexOf = useMemo(
    () => new Map(graph.nodes.map((node, index) => [node.id, index])),
    [graph],
  );
  const tags = useMemo(() => tagsOf(graph, language), [graph, language]);

  const selectedIndex = selectedId === null ? -1 : (indexOf.get(selectedId) ?? -1);
  const { selected, neighbourhoodMask, linkedCount } = useSelection(
    graph,
    subgraph.isVisible,
    selectedIndex,
  );
  const selectedNode = graph.nodes[selected];
  const focus = focusRequest === null ? undefined : indexOf.get(focusRequest.id);

  const shownCount = subgraph.nodes.length - 1; // the user's node is always shown
  const peopleCount = graph.nodes.length - 1;

  const select = (node: number | undefined) => {
    selectPerson(node === undefined ? null : (graph.nodes[node]?.id ?? null));
  };
  const showPerson = (node: number) => {
    const id = graph.nodes[node]?.id;
    if (id === undefined) return;
    // Someone the filters hide is shown by clearing them, not by a card for an invisible dot.
    if (subgraph.isVisible[node] !== 1) clearNetworkFilters();
    focusPerson(id);
  };
  const open = (node: number) => {
    const person = graph.nodes[node];
    if (person && !person.isMe) void navigate(`/people/${person.id}`);
  };

  return (
    <>
      <ViewToggle />
      <NetworkFilters tags={tags} groups={loaded.groups} />
      <p className="muted network-count" role="status">
        {t('network.shown', { shown: shownCount, count: peopleCount })}
      </p>
      {view === 'list' ? (
        <NetworkList graph={graph} shown={subgraph.nodes} />
      ) : (
        <>
          <NetworkSearch graph={graph} isShown={subgraph.isVisible} onPick={showPerson} />
          <div className="graph-area">
            <GraphCanvas
              layout={layout}
              loaded={loaded}
              scene={scene}
              isMotionReduced={isMotionReduced}
              selected={selected}
              neighbourhood={neighbourhoodMask}
              shownCount={shownCount}
              focus={focus}
              onFocused={clearFocusRequest}
              onSelect={select}
              onOpen={open}
            />
            <div aria-live="polite" className="selection-slot">
              {selectedNode && (
                <SelectionCard
                  node={selectedNode}
                  linkedCount={linkedCount}
                  isBridge={scene.isBridge[selected] === 1}
                  onClear={() => {
                    selectPerson(null);
                  }}
                />
              )}
            </div>
          </div>
          <GraphLegend />
        </>
      )}
      <InsightsPanel graph={graph} insights={insights} onShowPerson={showPerson} />
    </>
  );
}
