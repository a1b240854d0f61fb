import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHitGrid, nearestInDirection, nodeAt } from './hit-grid';

describe('hit testing', () => {
  const xy = new Float32Array([0, 0, 30, 0, 30, 40, -200, 500, NaN, NaN]);
  const radii = new Float32Array([10, 5, 5, 8, 5]);
  const grid = buildHitGrid(xy, [0, 1, 2, 3, 4], radii);

  it('finds the person whose dot is under the pointer', () => {
    expect(nodeAt(grid, xy, radii, { x: 2, y: 3 }, 0)).toBe(0);
    expect(nodeAt(grid, xy, radii, { x: 33, y: 1 }, 0)).toBe(1);
    expect(nodeAt(grid, xy, radii, { x: -203, y: 498 }, 0)).toBe(3);
  });

  it('finds no one on empty background', () => {
    expect(nodeAt(grid, xy, radii, { x: 15, y: 20 }, 0)).toBeUndefined();
    expect(nodeAt(grid, xy, radii, { x: 1000, y: 1000 }, 4)).toBeUndefined();
  });

  it('forgives a near miss within the slop', () => {
    expect(nodeAt(grid, xy, radii, { x: 30, y: 48 }, 0)).toBeUndefined();
    expect(nodeAt(grid, xy, radii, { x: 30, y: 48 }, 4)).toBe(2);
  });

  it('prefers the dot whose edge is nearest when two are in reach', () => {
    // 12 from node 0's centre (2 past its edge), 18 from node 1's (13 past its edge).
    expect(nodeAt(grid, xy, radii, { x: 12, y: 0 }, 20)).toBe(0);
  });

  it('leaves out people who are filtered away or have no position yet', () => {
    const partial = buildHitGrid(xy, [1, 2, 4], radii);
    expect(nodeAt(partial, xy, radii, { x: 0, y: 0 }, 0)).toBeUndefined();
    expect(nodeAt(partial, xy, radii, { x: 30, y: 0 }, 0)).toBe(1);
  });

  it('agrees with a scan of every node', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -500, max: 500 }),
            fc.integer({ min: -500, max: 500 }),
            fc.integer({ min: 2, max: 20 }),
          ),
          { minLength: 1, maxLength: 60 },
        ),
        fc.integer({ min: -520, max: 520 }),
        fc.integer({ min: -520, max: 520 }),
        (nodes, px, py) => {
          const positions = new Float32Array(nodes.flatMap(([x, y]) => [x, y]));
          const sizes = new Float32Array(nodes.map(([, , r]) => r));
          const all = nodes.map((_, index) => index);
          const found = nodeAt(
            buildHitGrid(positions, all, sizes),
            positions,
            sizes,
            { x: px, y: py },
            3,
          );
          const gaps = all.map(
            (index) =>
              Math.hypot((positions[2 * index] ?? 0) - px, (positions[2 * index + 1] ?? 0) - py) -
              (sizes[index] ?? 0),
          );
          const best = Math.min(...gaps);
          if (best > 3) expect(found).toBeUndefined();
          else expect(gaps[found ?? -1]).toBe(best);
        },
      ),
    );
  });
});

describe('moving the selection with the arrow keys', () => {
  //        2 (0,-50)
  // 3 (-60,5)   0 (0,0)   1 (40,10)   4 (100,-90)
  //        5 (5, 70)
  const xy = new Float32Array([0, 0, 40, 10, 0, -50, -60, 5, 100, -90, 5, 70]);
  const all = [0, 1, 2, 3, 4, 5];

  it('goes to the nearest person straight ahead', () => {
    expect(nearestInDirection(xy, 0, all, 'right')).toBe(1);
    expect(nearestInDirection(xy, 0, all, 'left')).toBe(3);
    expect(nearestInDirection(xy, 0, all, 'up')).toBe(2);
    expect(nearestInDirection(xy, 0, all, 'down')).toBe(5);
  });

  it('never goes backwards, and stays put at the edge', () => {
    expect(nearestInDirection(xy, 3, all, 'left')).toBeUndefined();
    expect(nearestInDirection(xy, 4, all, 'up')).toBeUndefined();
  });

  it('takes someone off to the side when no one is within the cone ahead', () => {
    // From 2, going right: 4 is ahead (dx 100) and within 45° (dy -40); 1 is too (dx 40, dy 60? no).
    expect(nearestInDirection(xy, 2, all, 'right')).toBe(4);
    const sparse = new Float32Array([0, 0, 10, 100]);
    expect(nearestInDirection(sparse, 0, [0, 1], 'right')).toBe(1);
  });

  it('only considers the people it is given', () => {
    expect(nearestInDirection(xy, 0, [0, 4], 'right')).toBe(4);
  });
});
