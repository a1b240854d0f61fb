// The layout worker's 'load': it reads the graph from the database itself, builds it, lays it
// out and finds its clusters and bridges, so that the screen's thread does none of it.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { logsOfTouches } from '../db/codecs/touch-log';
import {
  readGraphGroups,
  readGraphPeople,
  readGraphRelations,
  readGraphTouches,
  type GraphDataVersions,
} from '../db/reads/graph';
import { saveGraphLayout } from '../db/writes/graph-layout';
import {
  buildGraph,
  computeInsights,
  groupNamesOf,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../domain/graph';
import { DEFAULT_SETTINGS, type Group, type Touch } from '../domain/types';
import { isSameShape, startingPositions } from './force-layout-load';
import {
  unpackEdges,
  type GraphLoad,
  type LayoutRequest,
  type LayoutResponse,
} from './layout-protocol';
import { WARM_ALPHA } from './layout-simulation';
import { graphNode } from '../../tests/support/graph-nodes';
import { freshDatabase, makePerson, seedPeople } from '../../tests/support/log-seed';
import { touchedDaysAgo } from '../../tests/support/tie-seed';
import { setUpEngine } from '../../tests/support/layout-driver';

beforeEach(async () => {
  await freshDatabase();
});

const NOW = Date.now();
const stamp = { createdAt: 1, updatedAt: 1, source: 'manual' as const };
const FIRST_VERSIONS: GraphDataVersions = { contacts: 1, touchLogs: 1, relations: 1, groups: 1 };

function load(
  runId: number,
  versions: GraphDataVersions = FIRST_VERSIONS,
  changes: Partial<GraphLoad> = {},
): LayoutRequest {
  return {
    type: 'load',
    runId,
    now: NOW,
    timeZone: 'Europe/Stockholm',
    settings: { tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays },
    meLabel: 'You',
    isReducedMotion: false,
    versions,
    ...changes,
  };
}

function touch(id: string, participantIds: string[]): Touch {
  return {
    ...stamp,
    id,
    at: NOW - 86_400_000,
    kind: 'coffee',
    participantIds,
    note: '',
    initiator: 'me',
    gave: [],
    received: [],
    askedForHelp: false,
  };
}

function group(id: string, name: string, memberIds: string[]): Group {
  return {
    ...stamp,
    id,
    name,
    kind: 'board',
    memberIds,
    hasSpeakers: false,
    hasSocialActivities: false,
    hasSports: false,
    leadersExperience: '',
    notes: '',
  };
}

/** Four people who know each other, one archived person, a board and a shared coffee. */
async function seedNetwork() {
  const people = await seedPeople(
    touchedDaysAgo('Anna', 'Berg', 5, { organisation: 'Acme' }),
    touchedDaysAgo('Bo', 'Ek', 12),
    touchedDaysAgo('Cia', 'Dahl', 40),
    touchedDaysAgo('Dan', 'Ek', 3, { organisation: 'Acme' }),
    makePerson('Arne', 'Arkiv', { isArchived: true }),
  );
  const [anna, bo, cia, dan] = people.map((person) => person.id);
  await db.relations.add({
    ...stamp,
    id: 'r1',
    fromId: anna ?? '',
    toId: bo ?? '',
    kind: 'knows',
    note: '',
  });
  await db.groups.add(group('g1', 'Board', [bo ?? '', cia ?? '', dan ?? '']));
  await db.touchLogs.bulkAdd(logsOfTouches([touch('t1', [anna ?? '', cia ?? ''])]));
  return people;
}

/** The graph as the screen's thread used to build it from the same rows. */
async function graphOfDatabase(): Promise<Graph> {
  return buildGraph({
    people: await readGraphPeople(),
    relations: await readGraphRelations(),
    groups: await readGraphGroups(),
    touches: await readGraphTouches(),
    now: NOW,
    timeZone: 'Europe/Stockholm',
    settings: { tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays },
    meLabel: 'You',
  });
}

type GraphMessage = Extract<LayoutResponse, { type: 'graph' }>;
type SettledMessage = Extract<LayoutResponse, { type: 'settled' }>;

function graphsIn(messages: readonly LayoutResponse[]): GraphMessage[] {
  return messages.filter((message): message is GraphMessage => message.type === 'graph');
}

function settledIn(messages: readonly LayoutResponse[]): SettledMessage[] {
  return messages.filter((message): message is SettledMessage => message.type === 'settled');
}

function edgesOf(message: GraphMessage | undefined): GraphEdge[] {
  return message ? unpackEdges(message.edges) : [];
}

function indexOfId(message: GraphMessage | undefined, id: string | undefined): number {
  return message?.nodes.findIndex((node: GraphNode) => node.id === id) ?? -1;
}

function point(xy: Float32Array | undefined, index: number): [number, number] {
  return [xy?.[2 * index] ?? Number.NaN, xy?.[2 * index + 1] ?? Number.NaN];
}

/** Loads, lays out until settled, and hands back the engine with its messages so far. */
async function settledLoad() {
  const setup = setUpEngine();
  await setup.engine.handle(load(1));
  await setup.engine.handle({ type: 'ready', runId: 1 });
  setup.runAll();
  return setup;
}

describe('loading the graph in the worker', () => {
  it('reads the stored network, builds it and posts it before any positions', async () => {
    const [anna, bo] = await seedNetwork();
    const { messages } = await settledLoad();
    const all = messages();
    expect(all[0]?.type).toBe('graph');
    const [graph] = graphsIn(all);
    expect(graph).toMatchObject({ runId: 1, isNewLayout: true });
    // Nobody had a place yet: the graph brings where the run starts everyone, so the screen
    // draws the first picture before the motion; the user is at the centre.
    expect(graph?.initial).toHaveLength(2 * (graph?.nodes.length ?? 0));
    expect([...(graph?.initial ?? [])].every(Number.isFinite)).toBe(true);
    expect(point(graph?.initial, indexOfId(graph, 'me'))).toEqual([0, 0]);
    expect(graph?.groups).toEqual([{ id: 'g1', name: 'Board' }]);
    // The user and the four live people; the archived one is left out.
    expect(graph?.nodes.map((node) => node.label)).toEqual([
      'You',
      'Anna Berg',
      'Bo Ek',
      'Cia Dahl',
      'Dan Ek',
    ]);
    const relation = edgesOf(graph).find((edge) => edge.kind === 'relation');
    expect(relation).toMatchObject({
      source: indexOfId(graph, anna.id),
      target: indexOfId(graph, bo.id),
    });
    // Exactly what building the graph from the same rows gives, edges and all.
    expect({ nodes: graph?.nodes, edges: edgesOf(graph) }).toEqual(await graphOfDatabase());
    expect(all.at(-1)?.type).toBe('settled');
    expect(all.every((message) => message.runId === 1)).toBe(true);
  });

  it('posts the clusters and bridges once, after the first positions', async () => {
    await seedNetwork();
    const { messages } = await settledLoad();
    const types = messages().map((message) => message.type);
    const insightsAt = types.indexOf('insights');
    expect(types.filter((type) => type === 'insights')).toHaveLength(1);
    expect(insightsAt).toBeGreaterThan(types.indexOf('tick'));
    expect(types.indexOf('tick')).toBeGreaterThan(types.indexOf('graph'));
    const graph = await graphOfDatabase();
    expect(messages()[insightsAt]).toEqual({
      type: 'insights',
      runId: 1,
      insights: computeInsights(graph, groupNamesOf(await readGraphGroups())),
    });
  });

  it('posts only the graph, the settled picture and the insights when motion is reduced', async () => {
    await seedNetwork();
    const { engine, runAll, messages } = setUpEngine();
    await engine.handle(load(1, FIRST_VERSIONS, { isReducedMotion: true }));
    await engine.handle({ type: 'ready', runId: 1 });
    runAll();
    expect(messages().map((message) => message.type)).toEqual(['graph', 'insights', 'settled']);
    // The first picture is the settled one: no starting places to draw before it.
    expect(graphsIn(messages())[0]?.initial).toBeUndefined();
  });

  it('keeps the settled positions for the next visit', async () => {
    await seedNetwork();
    const { messages } = await settledLoad();
    const [graph] = graphsIn(messages());
    const [settled] = settledIn(messages());
    await expect.poll(() => db.graphLayouts.get('last')).toBeDefined();
    const saved = await db.graphLayouts.get('last');
    expect(saved?.ids).toEqual(graph?.nodes.map((node) => node.id));
    expect([...(saved?.xy ?? [])]).toEqual([...(settled?.xy ?? [])]);
  });

  it('starts from the positions of the last visit, cool', async () => {
    const people = await seedNetwork();
    const [anna, bo, cia, dan] = people.map((person) => person.id);
    await saveGraphLayout(
      ['me', anna ?? '', bo ?? '', cia ?? '', dan ?? ''],
      new Float32Array([0, 0, 100, 0, 0, 100, -100, 0, 0, -100]),
    );
    const { messages } = await settledLoad();
    const [graph] = graphsIn(messages());
    expect(point(graph?.initial, indexOfId(graph, bo))).toEqual([0, 100]);
    expect(point(graph?.initial, indexOfId(graph, dan))).toEqual([0, -100]);
    const firstTick = messages().find((message) => message.type === 'tick');
    expect(firstTick?.type === 'tick' ? firstTick.alpha : 1).toBeLessThanOrEqual(WARM_ALPHA);
  });

  it('lays out an empty network without keeping a layout of it', async () => {
    const { messages } = await settledLoad();
    const [graph] = graphsIn(messages());
    expect(graph?.nodes.map((node) => node.id)).toEqual(['me']);
    expect(settledIn(messages())).toHaveLength(1);
    expect(await db.graphLayouts.count()).toBe(0);
  });
});

describe('loading the graph again when the data changes', () => {
  it('carries the layout on when only a status changes, under the new run id', async () => {
    const [, bo] = await seedNetwork();
    const { engine, posted, runAll, pending, messages } = await settledLoad();
    posted.length = 0;
    await db.contacts.update(bo.id, { isPaused: true });
    await engine.handle(load(2, { ...FIRST_VERSIONS, contacts: 2 }));
    expect(messages().map((message) => message.type)).toEqual(['graph', 'insights']);
    const [graph] = graphsIn(messages());
    expect(graph).toMatchObject({ runId: 2, isNewLayout: false, initial: undefined });
    expect(graph?.nodes[indexOfId(graph, bo.id)]?.status).toBe('paused');
    expect(messages()[1]?.runId).toBe(2);
    expect(pending()).toBe(0);

    // A drag on the picture the screen still shows (run 1) moves this run, now run 2.
    posted.length = 0;
    await engine.handle({ type: 'pin', runId: 1, node: 2, x: 300, y: 300 });
    await engine.handle({ type: 'unpin', runId: 1, node: 2 });
    runAll();
    expect(messages().length).toBeGreaterThan(0);
    expect(messages().every((message) => message.runId === 2)).toBe(true);
    expect(messages().at(-1)?.type).toBe('settled');
  });

  it('lays out again from where people are when someone is added', async () => {
    await seedNetwork();
    const { engine, posted, runAll, messages } = await settledLoad();
    const [before] = graphsIn(messages());
    const [settledBefore] = settledIn(messages());
    const [newcomer] = await seedPeople(touchedDaysAgo('Eva', 'Ny', 1));
    posted.length = 0;
    await engine.handle(load(2, { ...FIRST_VERSIONS, contacts: 2 }));
    await engine.handle({ type: 'ready', runId: 2 });
    runAll();
    const [after] = graphsIn(messages());
    expect(after).toMatchObject({ runId: 2, isNewLayout: true });
    for (const [index, node] of (before?.nodes ?? []).entries()) {
      expect(point(after?.initial, indexOfId(after, node.id))).toEqual(
        point(settledBefore?.xy, index),
      );
    }
    // The newcomer is seeded where the run starts them, so the first picture has them too.
    expect(point(after?.initial, indexOfId(after, newcomer.id)).every(Number.isFinite)).toBe(true);
    const settled = settledIn(messages());
    expect(settled.map((message) => message.runId)).toEqual([2]);
    expect(point(settled[0]?.xy, indexOfId(after, newcomer.id)).every(Number.isFinite)).toBe(true);
  });

  it('reads a table again only when its version changes', async () => {
    const [, bo, , dan] = await seedNetwork();
    const { engine, posted, messages } = await settledLoad();
    const linksBoAndDan = (message: GraphMessage | undefined) =>
      edgesOf(message).find(
        (edge) =>
          edge.source === indexOfId(message, bo.id) && edge.target === indexOfId(message, dan.id),
      )?.kind;
    expect(linksBoAndDan(graphsIn(messages())[0])).toBe('group');

    await db.relations.add({
      ...stamp,
      id: 'r2',
      fromId: bo.id,
      toId: dan.id,
      kind: 'works-with',
      note: '',
    });
    posted.length = 0;
    await engine.handle(load(2, { ...FIRST_VERSIONS, contacts: 2 }));
    expect(linksBoAndDan(graphsIn(messages())[0])).toBe('group');

    posted.length = 0;
    await engine.handle(load(3, { ...FIRST_VERSIONS, contacts: 2, relations: 2 }));
    expect(linksBoAndDan(graphsIn(messages())[0])).toBe('relation');
  });

  it('moves a new layout only once the screen is ready for its graph', async () => {
    await seedNetwork();
    const { engine, runAll, messages } = setUpEngine();
    await engine.handle(load(1));
    await engine.handle({ type: 'ready', runId: 7 });
    runAll();
    expect(messages().map((message) => message.type)).toEqual(['graph']);
    await engine.handle({ type: 'ready', runId: 1 });
    runAll();
    expect(messages()[1]?.type).toBe('tick');
    expect(messages().at(-1)?.type).toBe('settled');
  });

  it('gives up a load that a newer one overtakes', async () => {
    await seedNetwork();
    const { engine, runAll, messages } = setUpEngine();
    await Promise.all([
      engine.handle(load(1)),
      engine.handle(load(2, { ...FIRST_VERSIONS, contacts: 2 })),
    ]);
    await engine.handle({ type: 'ready', runId: 1 });
    await engine.handle({ type: 'ready', runId: 2 });
    runAll();
    expect(graphsIn(messages()).map((message) => message.runId)).toEqual([2]);
    expect(messages().every((message) => message.runId === 2)).toBe(true);
  });

  it('posts an error, and no graph, when the database cannot be read', async () => {
    await seedNetwork();
    db.close();
    const { engine, messages } = setUpEngine();
    await engine.handle(load(1));
    expect(messages()).toEqual([{ type: 'error', runId: 1, reason: 'database-closed' }]);
  });
});

describe('when a rebuilt graph needs a new layout', () => {
  function node(id: string, status: GraphNode['status'] = 'ok'): GraphNode {
    return graphNode(id, id === 'me' ? {} : { status });
  }

  function edge(source: number, target: number, weight = 0.5): GraphEdge {
    return { source, target, kind: source === 0 ? 'tie' : 'relation', weight };
  }

  const graph: Graph = {
    nodes: [node('me'), node('a'), node('b')],
    edges: [edge(0, 1), edge(0, 2), edge(1, 2)],
  };

  it('keeps the layout when only statuses, strengths or weights change', () => {
    const rebuilt: Graph = {
      nodes: [node('me'), { ...node('a', 'overdue'), strength: 0.1 }, node('b')],
      edges: [edge(0, 1, 0.1), edge(0, 2), edge(1, 2, 0.9)],
    };
    expect(isSameShape(graph, rebuilt)).toBe(true);
  });

  it('lays out again when someone or a link comes or goes', () => {
    expect(isSameShape(graph, { ...graph, nodes: [...graph.nodes, node('c')] })).toBe(false);
    expect(isSameShape(graph, { ...graph, edges: graph.edges.slice(0, 2) })).toBe(false);
    expect(isSameShape(graph, { ...graph, edges: [edge(0, 1), edge(0, 2), edge(0, 2)] })).toBe(
      false,
    );
    expect(isSameShape(graph, { ...graph, nodes: [node('me'), node('b'), node('a')] })).toBe(false);
  });
});

describe('where people start', () => {
  it('starts from the saved layout on a first visit', async () => {
    await saveGraphLayout(['me', 'a', 'b'], new Float32Array([0, 0, 1, 1, 2, 2]));
    expect([...((await startingPositions(['me', 'b', 'a'], undefined)) ?? [])]).toEqual([
      0, 0, 2, 2, 1, 1,
    ]);
  });

  it('starts from where people are in the layout when the graph is rebuilt', async () => {
    await saveGraphLayout(['me', 'a', 'b'], new Float32Array([0, 0, 1, 1, 2, 2]));
    const current = { ids: ['me', 'a', 'b'], xy: new Float32Array([0, 0, 5, 5, 7, 7]) };
    expect([...((await startingPositions(['me', 'b', 'c'], current)) ?? [])]).toEqual([
      0,
      0,
      7,
      7,
      NaN,
      NaN,
    ]);
  });

  it('starts fresh when no one has a position', async () => {
    expect(await startingPositions(['me', 'a'], undefined)).toBeUndefined();
  });
});
