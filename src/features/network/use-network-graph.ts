// What the network screen knows of its graph. The layout worker reads the stored rows, builds
import { deviceTimeZone } from '../../db/clock';
// the graph as of today, lays it out and finds its clusters and bridges (layout-client.ts);
// the screen asks it to, again whenever one of the graph's tables is written or the day, the
// time zone, the tie cadences or the language change, and takes in what it answers. On top of
// that it works out only cheap things: the tags to filter by and the selection.
import { startTransition, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useNow } from '../../components/use-now';
import { useGraphDataVersions } from './use-graph-data';
import { useSettings } from '../../live-queries/use-settings';
import { neighbourhoodOf, type Graph, type GraphInsights } from '../../domain/graph';
import { normalizeText } from '../../domain/text';
import { localDayNumber, startOfLocalDay } from '../../domain/tie-health';
import { useI18n } from '../../i18n/use-i18n';
import type { LayoutClient, NetworkSnapshot } from './layout-client';
import { maskOf } from './scene';
import './network-messages';

/**
 * Asks the worker for the graph as of today, and again when its data changes: statuses
 * change by the local day, so the graph is built at the start of today and rebuilt when the
 * data or the day changes, not on every clock tick.
 */
export function useGraphLoading(layout: LayoutClient, isReducedMotion: boolean): void {
  const { t } = useI18n();
  const versions = useGraphDataVersions();
  const cadences = useSettings()?.tierCadenceDays;
  const now = useNow();
  const timeZone = deviceTimeZone();
  const today = startOfLocalDay(localDayNumber(now, timeZone), timeZone);
  const meLabel = t('network.me');
  // The settings row is written for other reasons too; the graph reads only the cadences.
  const cadencesKey = cadences === undefined ? undefined : JSON.stringify(cadences);
  const load = useEffectEvent(() => {
    if (versions === undefined || cadences === undefined) return;
    layout.load({
      now: today,
      timeZone,
      settings: { tierCadenceDays: cadences },
      meLabel,
      isReducedMotion,
      versions,
    });
  });
  useEffect(() => {
    load();
  }, [layout, versions, today, timeZone, cadencesKey, meLabel, isReducedMotion]);
}

/**
 * What the worker said last; throws (to the route's error page) when the graph cannot be
 * read. A new graph is taken in as a transition: React renders it in slices and runs the
 * graph view's effects in a task of their own, so taking in 2,000 people is several short
 * tasks instead of one long one.
 */
export function useNetworkSnapshot(layout: LayoutClient): NetworkSnapshot {
  const [snapshot, setSnapshot] = useState(layout.getSnapshot);
  useEffect(() => {
    const takeIn = () => {
      startTransition(() => {
        setSnapshot(layout.getSnapshot());
      });
    };
    takeIn();
    return layout.subscribe(takeIn);
  }, [layout]);
  if (snapshot.loadError !== undefined) {
    throw new Error(`The network could not be read: ${snapshot.loadError}`);
  }
  return snapshot;
}

/** Clusters and bridges of `graph`; the last ones are kept while a rebuilt graph of the same people is analysed. */
export function insightsOf(
  found: NetworkSnapshot['insights'],
  graph: Graph,
): GraphInsights | undefined {
  return found && found.graph.nodes.length === graph.nodes.length ? found.insights : undefined;
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
