// What the network screen computes from the stored data: the graph as of today, its
// clusters and bridges (from the layout worker), the positions of the last visit, and the
// tags to filter by.
import { useEffect, useMemo, useState } from 'react';
import { useNow, userTimeZone } from '../../components/use-now';
import { readGraphLayout } from '../../db/graph-layouts';
import type { GraphData } from '../../db/hooks/use-graph-data';
import { buildGraph, neighbourhoodOf, type Graph, type GraphInsights } from '../../domain/graph';
import { normalizeText } from '../../domain/text';
import { localDayNumber, startOfLocalDay } from '../../domain/tie-health';
import type { GraphLayout } from '../../domain/types';
import { useI18n } from '../../i18n/use-i18n';
import type { LayoutClient } from './layout-client';
import { maskOf } from './scene';

/**
 * The graph as of today: statuses change by the local day, so the graph is built at the
 * start of today and rebuilt when the data or the day changes, not on every clock tick.
 */
export function useGraph(data: GraphData): Graph {
  const { t } = useI18n();
  const now = useNow();
  const timeZone = userTimeZone();
  const today = startOfLocalDay(localDayNumber(now, timeZone), timeZone);
  const meLabel = t('network.me');
  return useMemo(
    () =>
      buildGraph({
        people: data.people,
        relations: data.relations,
        groups: data.groups,
        touches: data.touches,
        settings: data.settings,
        now: today,
        timeZone,
        meLabel,
      }),
    [data, today, timeZone, meLabel],
  );
}

/** Clusters and bridges, computed by the layout worker off the main thread. */
export function useInsights(
  layout: LayoutClient,
  graph: Graph,
  groupNames: Record<string, string>,
): GraphInsights | undefined {
  const [answer, setAnswer] = useState<{ graph: Graph; insights: GraphInsights }>();
  useEffect(() => {
    layout.requestInsights(graph, groupNames, (insights) => {
      setAnswer({ graph, insights });
    });
  }, [layout, graph, groupNames]);
  // The last answer is kept while a rebuilt graph of the same people is being analysed.
  return answer && answer.graph.nodes.length === graph.nodes.length ? answer.insights : undefined;
}

/** The positions of the last visit, read once; undefined while reading. */
export function useSavedLayout(): { layout: GraphLayout | undefined } | undefined {
  const [saved, setSaved] = useState<{ layout: GraphLayout | undefined }>();
  useEffect(() => {
    let isCurrent = true;
    readGraphLayout().then(
      (layout) => {
        if (isCurrent) setSaved({ layout });
      },
      () => {
        if (isCurrent) setSaved({ layout: undefined });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return saved;
}

/** Every tag in the network, each once (case- and accent-insensitive), sorted. */
export function tagsOf(graph: Graph, language: string): string[] {
  const byKey = new Map<string, string>();
  for (const node of graph.nodes) {
    for (const tag of node.tags) {
      const key = normalizeText(tag);
      if (key !== '' && !byKey.has(key)) byKey.set(key, tag.trim());
    }
  }
  return [...byKey.values()].sort(new Intl.Collator(language).compare);
}

/**
 * The selected person as shown: their index (-1 when no one, or when the filters hide them),
 * their neighbourhood as a mask for highlighting, and how many shown people they link to.
 */
export function useSelection(
  graph: Graph,
  isShown: Uint8Array,
  selectedIndex: number,
): { selected: number; neighbourhoodMask: Uint8Array | undefined; linkedCount: number } {
  const selected = isShown[selectedIndex] === 1 ? selectedIndex : -1;
  const neighbourhood = useMemo(
    () => (selected < 0 ? undefined : neighbourhoodOf(graph, selected)),
    [graph, selected],
  );
  const neighbourhoodMask = useMemo(
    () => neighbourhood && maskOf(graph.nodes.length, neighbourhood.nodes),
    [graph, neighbourhood],
  );
  const linkedCount =
    neighbourhood?.nodes.filter(
      (node) => node !== selected && isShown[node] === 1 && !graph.nodes[node]?.isMe,
    ).length ?? 0;
  return { selected, neighbourhoodMask, linkedCount };
}
