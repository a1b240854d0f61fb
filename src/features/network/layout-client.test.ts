// The screen's side of the layout worker: which of the worker's answers reach the screen.
import { describe, expect, it, vi } from 'vitest';
import type { Graph } from '../../domain/graph';
import { createLayoutClient } from './layout-client';
import {
  packEdges,
  type GraphLoad,
  type LayoutRequest,
  type LayoutResponse,
} from '../../workers/layout-protocol';

/** A worker the test answers for: it keeps what it was sent. */
function fakeWorker() {
  const sent: LayoutRequest[] = [];
  const terminate = vi.fn();
  let listener: ((event: MessageEvent<LayoutResponse>) => void) | undefined;
  const worker = {
    addEventListener(type: string, next: (event: MessageEvent<LayoutResponse>) => void) {
      if (type === 'message') listener = next;
    },
    removeEventListener() {
      listener = undefined;
    },
    postMessage(request: LayoutRequest) {
      sent.push(request);
    },
    terminate,
  };
  const answer = (response: LayoutResponse) => {
    listener?.(new MessageEvent('message', { data: response }));
  };
  return { worker: worker as unknown as Worker, sent, answer, terminate };
}

const graph: Graph = {
  nodes: [
    {
      id: 'me',
      label: 'You',
      isMe: true,
      tier: undefined,
      status: undefined,
      strength: 0,
      flags: [],
      affiliation: undefined,
      organisation: '',
      tags: [],
      groupIds: [],
    },
  ],
  edges: [],
};

const request: GraphLoad = {
  now: 0,
  timeZone: 'UTC',
  settings: { tierCadenceDays: { inner: 14, close: 30, active: 90, wide: 180, acquaintance: 365 } },
  meLabel: 'You',
  isReducedMotion: false,
  versions: { contacts: 1, touchLogs: 1, relations: 1, groups: 1 },
};

function graphMessage(runId: number, isNewLayout: boolean): LayoutResponse {
  return {
    type: 'graph',
    runId,
    nodes: graph.nodes,
    edges: packEdges(graph.edges),
    groups: [],
    isNewLayout,
    initial: undefined,
  };
}

function setUp() {
  const fake = fakeWorker();
  const client = createLayoutClient(() => fake.worker);
  const handlers = { onTick: vi.fn(), onSettled: vi.fn(), onError: vi.fn() };
  client.setLayoutHandlers(handlers);
  return { ...fake, client, handlers };
}

describe('the layout client', () => {
  it('hands the positions that came before the view took the graph in to the view', () => {
    const { client, answer, handlers } = setUp();
    client.load(request);
    answer(graphMessage(1, true));
    answer({ type: 'tick', runId: 1, xy: new Float32Array([0, 0]), alpha: 0.5 });
    expect(handlers.onTick).not.toHaveBeenCalled();
    client.follow(1);
    expect(handlers.onTick).toHaveBeenCalledOnce();
  });

  it('keeps the positions of a layout that a graph of the same shape carries on', () => {
    const { client, answer, handlers } = setUp();
    client.load(request);
    // The data changed again before the first graph came: two loads are on their way.
    client.load({ ...request, versions: { ...request.versions, contacts: 2 } });
    answer(graphMessage(1, true));
    answer({ type: 'settled', runId: 1, xy: new Float32Array([0, 0]), ticks: 1, elapsedMs: 1 });
    answer(graphMessage(2, false));
    const { loaded } = client.getSnapshot();
    expect(loaded).toMatchObject({ runId: 2, layoutId: 1 });
    client.follow(2);
    expect(handlers.onSettled).toHaveBeenCalledOnce();
  });

  it('drops the positions of a layout that a new one replaced', () => {
    const { client, answer, handlers } = setUp();
    client.load(request);
    answer(graphMessage(1, true));
    client.follow(1);
    client.load(request);
    answer(graphMessage(2, true));
    answer({ type: 'tick', runId: 1, xy: new Float32Array([0, 0]), alpha: 0.5 });
    expect(handlers.onTick).not.toHaveBeenCalled();
    client.follow(2);
    expect(handlers.onTick).not.toHaveBeenCalled();
  });

  it('tells a graph that could not be read from a layout that failed', () => {
    const { client, answer, handlers } = setUp();
    client.load(request);
    answer({ type: 'error', runId: 1, reason: 'database-closed' });
    expect(client.getSnapshot().loadError).toBe('database-closed');
    client.load(request);
    answer(graphMessage(2, true));
    client.follow(2);
    answer({ type: 'error', runId: 2, reason: 'unknown' });
    expect(handlers.onError).toHaveBeenCalledExactlyOnceWith('unknown');
    expect(client.getSnapshot().loadError).toBeUndefined();
  });

  it('pins on the run the view shows, and hears nothing once ended', () => {
    const { client, answer, sent, terminate } = setUp();
    client.load(request);
    answer(graphMessage(1, true));
    client.follow(1);
    client.load(request);
    client.pin(3, 10, 20);
    expect(sent.at(-1)).toEqual({ type: 'pin', runId: 1, node: 3, x: 10, y: 20 });
    client.terminate();
    expect(terminate).toHaveBeenCalledOnce();
    answer(graphMessage(2, true));
    expect(client.getSnapshot().loaded?.runId).toBe(1);
  });

  it('holds clusters and bridges back while the picture moves, and shows them once it rests', () => {
    const { client, answer } = setUp();
    const insights = { clusterOf: [-1], clusters: [], bridges: [] };
    client.load(request);
    answer(graphMessage(1, true));
    client.follow(1);
    answer({ type: 'tick', runId: 1, xy: new Float32Array([0, 0]), alpha: 0.5 });
    answer({ type: 'insights', runId: 1, insights });
    expect(client.getSnapshot().insights).toBeUndefined();
    answer({ type: 'tick', runId: 1, xy: new Float32Array([1, 1]), alpha: 0.2 });
    expect(client.getSnapshot().insights).toBeUndefined();
    answer({ type: 'settled', runId: 1, xy: new Float32Array([1, 1]), ticks: 2, elapsedMs: 1 });
    expect(client.getSnapshot().insights?.insights).toEqual(insights);
  });

  it('shows clusters and bridges at once when the picture is already at rest', () => {
    const { client, answer } = setUp();
    const insights = { clusterOf: [-1], clusters: [], bridges: [] };
    client.load(request);
    answer(graphMessage(1, true));
    answer({ type: 'settled', runId: 1, xy: new Float32Array([0, 0]), ticks: 1, elapsedMs: 1 });
    answer({ type: 'insights', runId: 1, insights });
    expect(client.getSnapshot().insights?.insights).toEqual(insights);
  });

  it('tells the worker when the view has taken a graph in, so its layout may move', () => {
    const { client, answer, sent } = setUp();
    client.load(request);
    answer(graphMessage(1, true));
    expect(sent.map((message) => message.type)).toEqual(['load']);
    client.follow(1);
    expect(sent.at(-1)).toEqual({ type: 'ready', runId: 1 });
  });
});
