import { describe, expect, it, vi } from 'vitest';
import { buildGraph, ringRadii, tierCountsOf } from '../domain/graph';
import { generateGraphInput } from '../domain/graph/generate';
import { BATCH_BUDGET_MS, MAX_TICKS } from './force-layout';
import type { LayoutLink, LayoutNode, LayoutRequest, LayoutResponse } from './layout-protocol';
import { placeBodies, WARM_ALPHA } from './layout-simulation';
import { setUpEngine as setUp } from '../../tests/support/layout-driver';

const generated = generateGraphInput(60, 150, 3);
const graph = buildGraph(generated);
const nodes: LayoutNode[] = graph.nodes.map(({ id, isMe, tier, strength }) => ({
  id,
  isMe,
  tier,
  strength,
}));
const links: LayoutLink[] = graph.edges.map(({ source, target, weight, kind }) => ({
  source,
  target,
  weight,
  kind,
}));

function start(runId: number, overrides: Partial<Extract<LayoutRequest, { type: 'start' }>> = {}) {
  return {
    type: 'start',
    runId,
    nodes,
    links,
    initial: undefined,
    isReducedMotion: false,
    ...overrides,
  } satisfies LayoutRequest;
}

function settledOf(messages: readonly LayoutResponse[]) {
  const settled = messages.filter((message) => message.type === 'settled');
  expect(settled).toHaveLength(1);
  return settled[0] as Extract<LayoutResponse, { type: 'settled' }>;
}

function point(xy: Float32Array, index: number): [number, number] {
  return [xy[2 * index] as number, xy[2 * index + 1] as number];
}

describe('layout run', () => {
  it('posts ticks while it settles, then the settled positions', () => {
    const { engine, runAll, messages, posted } = setUp();
    void engine.handle(start(1));
    runAll();
    const all = messages();
    const ticks = all.filter((message) => message.type === 'tick');
    expect(ticks.length).toBeGreaterThan(3);
    expect(all[all.length - 1]?.type).toBe('settled');
    expect(all.every((message) => message.runId === 1)).toBe(true);
    const alphas = ticks.map((tick) => tick.alpha);
    expect(alphas).toEqual([...alphas].sort((a, b) => b - a));
    const settled = settledOf(all);
    expect(settled.xy).toHaveLength(nodes.length * 2);
    expect([...settled.xy].every(Number.isFinite)).toBe(true);
    expect(settled.ticks).toBeGreaterThan(ticks.length);
    // Each batch holds several ticks (the fake clock gives BATCH_BUDGET_MS ticks a batch).
    expect(settled.ticks).toBeGreaterThan(ticks.length * (BATCH_BUDGET_MS / 2));
    // Every position buffer is transferred, not copied.
    for (const { message, transfer } of posted) {
      if (message.type === 'tick' || message.type === 'settled') {
        expect(transfer).toEqual([message.xy.buffer]);
      }
    }
  });

  it('keeps the user at the centre and people near their tier ring, inner inside outer', () => {
    const { engine, runAll, messages } = setUp();
    void engine.handle(start(1));
    runAll();
    const { xy } = settledOf(messages());
    expect(point(xy, 0)).toEqual([0, 0]);
    const radii = ringRadii(tierCountsOf(nodes));
    const distanceByTier = new Map<string, number[]>();
    nodes.forEach((node, index) => {
      if (node.tier === undefined) return;
      const [x, y] = point(xy, index);
      distanceByTier.set(node.tier, [...(distanceByTier.get(node.tier) ?? []), Math.hypot(x, y)]);
    });
    const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
    const inner = mean(distanceByTier.get('inner') ?? []);
    const wide = mean(distanceByTier.get('wide') ?? []);
    expect(inner).toBeLessThan(wide);
    expect(Math.abs(wide - radii.wide)).toBeLessThan(radii.wide * 0.25);
  });

  it('gives the same picture for the same data', () => {
    const first = setUp();
    void first.engine.handle(start(1));
    first.runAll();
    const second = setUp();
    void second.engine.handle(start(1));
    second.runAll();
    expect([...settledOf(second.messages()).xy]).toEqual([...settledOf(first.messages()).xy]);
  });

  it('posts only the settled picture when motion is reduced', () => {
    const { engine, runAll, messages } = setUp();
    void engine.handle(start(1, { isReducedMotion: true }));
    runAll();
    expect(messages().map((message) => message.type)).toEqual(['settled']);
  });

  it('replaces a run with a new start, and posts nothing more for the old one', () => {
    const { engine, runNext, runAll, messages } = setUp();
    void engine.handle(start(1));
    runNext();
    const before = messages().length;
    expect(before).toBe(1);
    void engine.handle(start(2));
    runAll();
    const after = messages().slice(before);
    expect(after.length).toBeGreaterThan(1);
    expect(after.every((message) => message.runId === 2)).toBe(true);
    expect(after[after.length - 1]?.type).toBe('settled');
  });

  it('ends a run on stop, and ignores a stop for another run', () => {
    const { engine, runNext, runAll, messages, pending } = setUp();
    void engine.handle(start(1));
    runNext();
    void engine.handle({ type: 'stop', runId: 7 });
    expect(pending()).toBe(1);
    void engine.handle({ type: 'stop', runId: 1 });
    expect(pending()).toBe(0);
    runAll();
    expect(messages().map((message) => message.type)).toEqual(['tick']);
  });
});

describe('layout pins', () => {
  function settledRun(isReducedMotion = false) {
    const setup = setUp();
    void setup.engine.handle(start(1, { isReducedMotion }));
    setup.runAll();
    setup.posted.length = 0;
    return setup;
  }

  it('holds a pinned node under the pointer and warms the layout up', () => {
    const { engine, runNext, messages } = settledRun();
    void engine.handle({ type: 'pin', runId: 1, node: 3, x: 500, y: -250 });
    for (let batch = 0; batch < 5; batch++) expect(runNext()).toBe(true);
    const ticks = messages().filter((message) => message.type === 'tick');
    expect(ticks).toHaveLength(5);
    for (const tick of ticks) expect(point(tick.xy, 3)).toEqual([500, -250]);
  });

  it('settles again once the node is let go, and lets it move', () => {
    const { engine, runNext, runAll, messages } = settledRun();
    void engine.handle({ type: 'pin', runId: 1, node: 3, x: 500, y: -250 });
    runNext();
    void engine.handle({ type: 'unpin', runId: 1, node: 3 });
    runAll();
    const settled = settledOf(messages());
    expect(point(settled.xy, 3)).not.toEqual([500, -250]);
  });

  it('cools down properly after a long drag', () => {
    const { engine, runNext, runAll, messages } = settledRun();
    void engine.handle({ type: 'pin', runId: 1, node: 3, x: 500, y: -250 });
    // Longer than the tick cap: the held node keeps the run warm meanwhile.
    for (let batch = 0; batch * BATCH_BUDGET_MS < MAX_TICKS * 1.2; batch++) runNext();
    expect(messages().some((message) => message.type === 'settled')).toBe(false);
    void engine.handle({ type: 'unpin', runId: 1, node: 3 });
    runAll();
    const settled = settledOf(messages());
    expect(settled.ticks).toBeGreaterThan(100);
    expect(settled.ticks).toBeLessThan(MAX_TICKS);
  });

  it('with reduced motion, moves the node and posts nothing until it is let go', () => {
    const { engine, runAll, messages } = settledRun(true);
    void engine.handle({ type: 'pin', runId: 1, node: 3, x: 500, y: -250 });
    runAll();
    expect(messages()).toEqual([]);
    void engine.handle({ type: 'unpin', runId: 1, node: 3 });
    runAll();
    expect(messages().map((message) => message.type)).toEqual(['settled']);
  });

  it('keeps the user at the centre and ignores pins for another run', () => {
    const { engine, runAll, messages } = settledRun();
    void engine.handle({ type: 'pin', runId: 1, node: 0, x: 100, y: 100 });
    void engine.handle({ type: 'pin', runId: 2, node: 3, x: 100, y: 100 });
    runAll();
    expect(messages()).toEqual([]);
  });
});

describe('layout from the last visit', () => {
  function firstVisit() {
    const { engine, runAll, messages } = setUp();
    void engine.handle(start(1));
    runAll();
    return settledOf(messages()).xy;
  }

  it('starts cool from known positions and moves people little', () => {
    const before = firstVisit();
    const { engine, runAll, messages } = setUp();
    void engine.handle(start(2, { initial: before.slice() }));
    runAll();
    const all = messages();
    const firstTick = all.find((message) => message.type === 'tick');
    expect(firstTick?.type === 'tick' ? firstTick.alpha : 1).toBeLessThanOrEqual(WARM_ALPHA);
    const after = settledOf(all).xy;
    const outer = ringRadii(tierCountsOf(nodes)).acquaintance;
    let moved = 0;
    for (let index = 0; index < nodes.length; index++) {
      const [x0, y0] = point(before, index);
      const [x1, y1] = point(after, index);
      moved += Math.hypot(x1 - x0, y1 - y0);
    }
    expect(moved / nodes.length).toBeLessThan(outer * 0.05);
  });

  it('moves a new person in from near the people they know', () => {
    const before = firstVisit();
    const initial = before.slice();
    const newcomer = links.find((link) => link.kind === 'relation')?.target ?? 1;
    initial[2 * newcomer] = Number.NaN;
    initial[2 * newcomer + 1] = Number.NaN;
    const { engine, runAll, messages } = setUp();
    void engine.handle(start(2, { initial }));
    runAll();
    const after = settledOf(messages()).xy;
    expect(point(after, newcomer).every(Number.isFinite)).toBe(true);
  });
});

describe('layout starting positions', () => {
  const radii = ringRadii(tierCountsOf(nodes));
  const angleOf = (x: number, y: number): number => Math.atan2(y, x);
  const angleBetween = (a: number, b: number): number => {
    const turn = Math.abs(a - b) % (2 * Math.PI);
    return Math.min(turn, 2 * Math.PI - turn);
  };
  const personLinks = links.filter(
    (link) => link.kind !== 'tie' && link.source !== 0 && link.target !== 0,
  );

  it('seeds a new person at the angle of the people they know', () => {
    const known = placeBodies(nodes, links, undefined, radii).bodies;
    const initial = new Float32Array(nodes.length * 2);
    known.forEach((body, index) => {
      initial[2 * index] = body.x ?? 0;
      initial[2 * index + 1] = body.y ?? 0;
    });
    const newcomer = personLinks[0]?.target ?? 1;
    initial[2 * newcomer] = Number.NaN;
    initial[2 * newcomer + 1] = Number.NaN;
    let pullX = 0;
    let pullY = 0;
    for (const link of personLinks) {
      const other =
        link.source === newcomer ? link.target : link.target === newcomer ? link.source : -1;
      if (other < 0) continue;
      pullX += (initial[2 * other] as number) * link.weight;
      pullY += (initial[2 * other + 1] as number) * link.weight;
    }
    const { bodies, knownShare } = placeBodies(nodes, links, initial, radii);
    expect(knownShare).toBeCloseTo((nodes.length - 2) / (nodes.length - 1), 10);
    const seeded = bodies[newcomer];
    expect(
      angleBetween(angleOf(seeded?.x ?? 0, seeded?.y ?? 0), angleOf(pullX, pullY)),
    ).toBeLessThan(0.11);
    const tier = nodes[newcomer]?.tier ?? 'wide';
    expect(Math.hypot(seeded?.x ?? 0, seeded?.y ?? 0)).toBeGreaterThan(radii[tier] * 0.85);
    expect(Math.hypot(seeded?.x ?? 0, seeded?.y ?? 0)).toBeLessThan(radii[tier] * 1.15);
  });

  it('on a first visit, starts people who know each other at nearby angles', () => {
    const { bodies, knownShare } = placeBodies(nodes, links, undefined, radii);
    expect(knownShare).toBe(0);
    const angles = bodies.map((body) => angleOf(body.x ?? 0, body.y ?? 0));
    const linked =
      personLinks.reduce(
        (sum, link) => sum + angleBetween(angles[link.source] ?? 0, angles[link.target] ?? 0),
        0,
      ) / personLinks.length;
    // Random angles would be π/2 apart on average.
    expect(linked).toBeLessThan(Math.PI / 4);
  });
});

describe('layout errors', () => {
  it('posts an error for a link to a node that does not exist, and no ticks', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { engine, runAll, messages } = setUp();
    void engine.handle(
      start(4, { links: [{ source: 0, target: 99, weight: 1, kind: 'relation' }] }),
    );
    runAll();
    // The screen hears a reason code; the cause, naming the node, goes to the log.
    expect(messages()).toEqual([{ type: 'error', runId: 4, reason: 'unknown' }]);
    expect(String(logged.mock.calls[0]?.[1])).toContain('node 99');
    logged.mockRestore();
  });

  it('posts an error for positions that do not fit the nodes', () => {
    const { engine, messages } = setUp();
    void engine.handle(start(5, { initial: new Float32Array(3) }));
    expect(messages().map((message) => message.type)).toEqual(['error']);
  });

  it('posts an error for a pin of a node that does not exist, and ends the run', () => {
    const { engine, runNext, runAll, messages, pending } = setUp();
    void engine.handle(start(1));
    runNext();
    void engine.handle({ type: 'pin', runId: 1, node: nodes.length, x: 0, y: 0 });
    expect(pending()).toBe(0);
    runAll();
    expect(messages().map((message) => message.type)).toEqual(['tick', 'error']);
  });
});
