import { describe, expect, it } from 'vitest';
import type { SimulationNodeDatum } from 'd3-force';
import { forceSpacing } from './spacing-force';

type Dot = SimulationNodeDatum & { charge: number; radius: number };

function dots(...positions: [number, number][]): Dot[] {
  return positions.map(([x, y]) => ({ x, y, vx: 0, vy: 0, charge: -30, radius: 5 }));
}

function spacing(nodes: Dot[], range = 60, collideStrength = 0.7) {
  const force = forceSpacing<Dot>({
    range,
    charge: (dot) => dot.charge,
    radius: (dot) => dot.radius,
    collideStrength,
  });
  force.initialize?.(nodes, () => 0.5);
  return force;
}

describe('forceSpacing', () => {
  it('pushes two nearby people apart, equally when they are alike', () => {
    const nodes = dots([0, 0], [20, 0]);
    spacing(nodes)(1);
    const [a, b] = nodes;
    expect(a?.vx).toBeLessThan(0);
    expect(b?.vx).toBeGreaterThan(0);
    expect(a?.vx).toBeCloseTo(-(b?.vx ?? 0), 12);
    // d3's manyBody: charge · alpha / d = 30 / 20 per tick.
    expect(b?.vx).toBeCloseTo(1.5, 12);
    expect(a?.vy).toBe(0);
  });

  it('leaves people beyond its range alone', () => {
    const nodes = dots([0, 0], [61, 0], [0, 500]);
    spacing(nodes)(1);
    expect(nodes.map((dot) => [dot.vx, dot.vy])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('undoes overlap, the smaller dot moving more', () => {
    const nodes = dots([0, 0], [6, 0]);
    (nodes[0] as Dot).radius = 8;
    (nodes[1] as Dot).radius = 2;
    nodes.forEach((dot) => (dot.charge = 0));
    spacing(nodes, 60, 1)(1);
    const [big, small] = nodes;
    // Overlap 10 − 6 = 4, shared 4 : 64 by the squared radii.
    expect(small?.vx).toBeCloseTo((4 * 64) / 68, 12);
    expect(big?.vx).toBeCloseTo((-4 * 4) / 68, 12);
  });

  it('separates people at the very same spot the same way every time', () => {
    const first = dots([10, 10], [10, 10]);
    const second = dots([10, 10], [10, 10]);
    spacing(first)(1);
    spacing(second)(1);
    expect(first.map((dot) => [dot.vx, dot.vy])).toEqual(second.map((dot) => [dot.vx, dot.vy]));
    expect(Math.hypot(first[0]?.vx ?? 0, first[0]?.vy ?? 0)).toBeGreaterThan(0);
  });

  it('finds neighbours across grid cells, even with a person far away', () => {
    const nodes = dots([59, 0], [61, 0], [100_000, 100_000]);
    spacing(nodes)(1);
    expect(nodes[0]?.vx).toBeLessThan(0);
    expect(nodes[1]?.vx).toBeGreaterThan(0);
  });
});
