// Which names to write on the graph (level of detail). Candidates come strongest tie first;
// each is placed if its box does not overlap one already placed, until the budget runs
// out. Zooming in spreads people apart, so more of them fit: the labels of the strongest
// ties appear first and more appear as you zoom. Boxes are in screen pixels; overlap is
// checked on a coarse grid of the boxes already placed, so a frame stays O(labels).

export type LabelBox = { x: number; y: number; width: number; height: number };

/** Boxes may touch by this many pixels and still both be shown ("never overlapping much"). */
export const LABEL_OVERLAP_PX = 2;

const CELL_PX = 96;

function cellsOf(box: LabelBox): number[] {
  const keys: number[] = [];
  const fromColumn = Math.floor(box.x / CELL_PX);
  const toColumn = Math.floor((box.x + box.width) / CELL_PX);
  const fromRow = Math.floor(box.y / CELL_PX);
  const toRow = Math.floor((box.y + box.height) / CELL_PX);
  for (let column = fromColumn; column <= toColumn; column++) {
    for (let row = fromRow; row <= toRow; row++) keys.push((column + 4096) * 8192 + row + 4096);
  }
  return keys;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x + LABEL_OVERLAP_PX < b.x + b.width &&
    b.x + LABEL_OVERLAP_PX < a.x + a.width &&
    a.y + LABEL_OVERLAP_PX < b.y + b.height &&
    b.y + LABEL_OVERLAP_PX < a.y + a.height
  );
}

/** Places labels greedily; call `tryPlace` in priority order. */
export function createLabelPlacer(budget: number) {
  const cells = new Map<number, LabelBox[]>();
  let placed = 0;
  return {
    get isFull(): boolean {
      return placed >= budget;
    },
    /** True (and the box is kept) when the box is free and the budget allows one more. */
    tryPlace(box: LabelBox): boolean {
      if (placed >= budget) return false;
      const keys = cellsOf(box);
      for (const key of keys) {
        for (const other of cells.get(key) ?? []) if (overlaps(box, other)) return false;
      }
      for (const key of keys) {
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
      }
      placed++;
      return true;
    },
  };
}

/**
 * How many names to write at zoom k, relative to the zoom that fits everyone: a dozen at
 * first sight, growing with the area zoomed into, up to a ceiling that keeps a frame cheap.
 */
export function labelBudget(zoomOverFit: number): number {
  return Math.min(400, Math.round(12 * Math.max(1, zoomOverFit * zoomOverFit)));
}
