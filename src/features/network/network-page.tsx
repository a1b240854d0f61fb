// The network screen (DESIGN journey 4): the people as a force graph around the user,
// coloured by tie status and sized by strength, with search, filters, a selection card,
// clusters and bridges, and a list view with the same filters as its accessible
// equivalent. The route loads this module (and so the graph code) only when opened.
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useGraphData, type GraphData } from '../../db/hooks/use-graph-data';
import { groupNamesOf, visibleSubgraph } from '../../domain/graph';
import { useI18n } from '../../i18n/use-i18n';
import { GraphCanvas } from './graph-canvas';
import { GraphLegend } from './graph-legend';
import { InsightsPanel } from './insights-panel';
import { createLayoutClient, startLayoutWorker } from './layout-client';
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
import { tagsOf, useGraph, useInsights, useSavedLayout, useSelection } from './use-network-graph';
import { ViewToggle } from './view-toggle';
import './network.css';

export default function NetworkPage() {
  const { t } = useI18n();
  const data = useGraphData();
  return (
    <section className="page network-page" aria-labelledby="network-title">
      <h1 id="network-title">{t('network.title')}</h1>
      {data === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : data.people.length === 0 ? (
        <NetworkEmpty />
      ) : (
        <NetworkExplorer data={data} />
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
      </div>
    </div>
  );
}

function NetworkExplorer({ data }: { data: GraphData }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const graph = useGraph(data);
  // One worker per visit, for the layout and the insights (started on first use).
  const [layout] = useState(() => createLayoutClient(startLayoutWorker));
  useEffect(() => () => layout.terminate(), [layout]);
  const groupNames = useMemo(() => groupNamesOf(data.groups), [data.groups]);
  const insights = useInsights(layout, graph, groupNames);
  const savedLayout = useSavedLayout();
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
      <NetworkFilters tags={tags} groups={data.groups} />
      <p className="muted network-count" role="status">
        {t('network.shown', { shown: shownCount, count: peopleCount })}
      </p>
      {view === 'list' ? (
        <NetworkList graph={graph} shown={subgraph.nodes} />
      ) : (
        <>
          <NetworkSearch graph={graph} isShown={subgraph.isVisible} onPick={showPerson} />
          {savedLayout === undefined ? (
            <p className="muted">{t('common.loading')}</p>
          ) : (
            <div className="graph-area">
              <GraphCanvas
                layout={layout}
                graph={graph}
                scene={scene}
                savedLayout={savedLayout.layout}
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
          )}
          <GraphLegend />
        </>
      )}
      <InsightsPanel graph={graph} insights={insights} onShowPerson={showPerson} />
    </>
  );
}
