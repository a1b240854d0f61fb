// Convex hulls of clusters, drawn as soft tints behind their members (Andrew's monotone
// chain, O(n log n)). Pure: takes positions, returns the hull's corners in order.

/**
 * The corners of the convex hull of the given nodes' positions (x, y of node i at 2i,
 * 2i + 1), counter-clockwise in a y-down space, as a flat [x0, y0, x1, y1, …]. Fewer than
 * three distinct points give those points (a dot or a segment).
 */
export function convexHull(xy: Float32Array, nodes: readonly number[]): number[] {
  const points: [number, number][] = [];
  for (const node of nodes) {
    const x = xy[2 * node];
    const y = xy[2 * node + 1];
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) continue;
    points.push([x, y]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const unique = points.filter(
    (point, index) =>
      index === 0 || point[0] !== points[index - 1]?.[0] || point[1] !== points[index - 1]?.[1],
  );
  if (unique.length < 3) return unique.flat();
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (ordered: [number, number][]) => {
    const chain: [number, number][] = [];
    for (const point of ordered) {
      while (chain.length >= 2) {
        const a = chain[chain.length - 2];
        const b = chain[chain.length - 1];
        if (a === undefined || b === undefined || cross(a, b, point) > 0) break;
        chain.pop();
      }
      chain.push(point);
    }
    chain.pop();
    return chain;
  };
  const lower = half(unique);
  const upper = half([...unique].reverse());
  return [...lower, ...upper].flat();
}
