// Which person is under the pointer, and who is next in a direction (arrow keys). Both work
// in world units on the layout's positions (x, y of node i at 2i, 2i + 1).
//
// Hit testing uses a uniform grid: each node sits in the cell of its centre, and a query
// looks at the cells within reach of the largest radius. Building it is O(n), so it is
// rebuilt lazily, on the first query after the positions change, not on every layout tick.

export type HitGrid = {
  cellSize: number;
  /** The largest node radius: how far from its cell a node can still be hit. */
  maxRadius: number;
  cells: Map<number, number[]>;
};

/** Cell coordinates folded into one number; ±2^20 cells is far beyond any layout. */
function cellKey(column: number, row: number): number {
  return (column + 1_048_576) * 2_097_152 + (row + 1_048_576);
}

/** A grid over the given nodes; nodes without a position yet are left out. */
export function buildHitGrid(
  xy: Float32Array,
  nodes: Iterable<number>,
  radii: ArrayLike<number>,
): HitGrid {
  let maxRadius = 0;
  const placed: number[] = [];
  for (const node of nodes) {
    const x = xy[2 * node];
    const y = xy[2 * node + 1];
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) continue;
    placed.push(node);
    maxRadius = Math.max(maxRadius, radii[node] ?? 0);
  }
  const cellSize = Math.max(2 * maxRadius, 1);
  const cells = new Map<number, number[]>();
  for (const node of placed) {
    const key = cellKey(
      Math.floor((xy[2 * node] ?? 0) / cellSize),
      Math.floor((xy[2 * node + 1] ?? 0) / cellSize),
    );
    const cell = cells.get(key);
    if (cell) cell.push(node);
    else cells.set(key, [node]);
  }
  return { cellSize, maxRadius, cells };
}

/**
 * The node whose disc, widened by `slop` world units (so small dots stay easy to tap), holds
 * `point`; where several do, the one whose edge is nearest. undefined when none does.
 */
export function nodeAt(
  grid: HitGrid,
  xy: Float32Array,
  radii: ArrayLike<number>,
  point: { x: number; y: number },
  slop: number,
): number | undefined {
  const reach = grid.maxRadius + slop;
  const fromColumn = Math.floor((point.x - reach) / grid.cellSize);
  const toColumn = Math.floor((point.x + reach) / grid.cellSize);
  const fromRow = Math.floor((point.y - reach) / grid.cellSize);
  const toRow = Math.floor((point.y + reach) / grid.cellSize);
  let best: number | undefined;
  let bestGap = Infinity;
  for (let column = fromColumn; column <= toColumn; column++) {
    for (let row = fromRow; row <= toRow; row++) {
      for (const node of grid.cells.get(cellKey(column, row)) ?? []) {
        const gap =
          Math.hypot((xy[2 * node] ?? 0) - point.x, (xy[2 * node + 1] ?? 0) - point.y) -
          (radii[node] ?? 0);
        if (gap <= slop && gap < bestGap) {
          best = node;
          bestGap = gap;
        }
      }
    }
  }
  return best;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** How much sideways distance counts against a candidate, per unit of forward distance. */
const SIDEWAYS_PENALTY = 2;

/**
 * The candidate to go to from `from` with an arrow key: ahead of it in that direction
 * (screen y grows downwards, as in world space), preferring people straight ahead and near.
 * Within a 90° cone first; when the cone is empty, anyone ahead at all.
 */
export function nearestInDirection(
  xy: Float32Array,
  from: number,
  candidates: Iterable<number>,
  direction: Direction,
): number | undefined {
  const unit = UNIT[direction];
  const fromX = xy[2 * from] ?? 0;
  const fromY = xy[2 * from + 1] ?? 0;
  let inCone: number | undefined;
  let inConeScore = Infinity;
  let ahead: number | undefined;
  let aheadScore = Infinity;
  for (const node of candidates) {
    if (node === from) continue;
    const dx = (xy[2 * node] ?? NaN) - fromX;
    const dy = (xy[2 * node + 1] ?? NaN) - fromY;
    const along = dx * unit.x + dy * unit.y;
    if (!(along > 0)) continue;
    const sideways = Math.abs(dx * unit.y - dy * unit.x);
    const score = along + SIDEWAYS_PENALTY * sideways;
    if (sideways <= along && score < inConeScore) {
      inCone = node;
      inConeScore = score;
    }
    if (score < aheadScore) {
      ahead = node;
      aheadScore = score;
    }
  }
  return inCone ?? ahead;
}
