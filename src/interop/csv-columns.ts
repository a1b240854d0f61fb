// Finds columns of a CSV header by name, whatever their case or order, so a file whose
// columns were rearranged in a spreadsheet still reads.
import type { CsvRow } from './csv-rows';

export type ColumnIndex = {
  /** The index of the first column with this name (case-insensitive), or -1. */
  of(name: string): number;
  /** The cell of `row` under the named column, or undefined when there is no such column. */
  cell(row: CsvRow, name: string): string | undefined;
  /** Numbered groups like "E-mail 2 - Value": their indices, by number, for one suffix. */
  numbered(prefix: string, suffix: string): number[];
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function indexColumns(columns: readonly string[]): ColumnIndex {
  const lower = columns.map((column) => column.trim().toLowerCase());
  const first = new Map<string, number>();
  lower.forEach((name, index) => {
    if (!first.has(name)) first.set(name, index);
  });
  const of = (name: string) => first.get(name.toLowerCase()) ?? -1;
  return {
    of,
    cell(row, name) {
      const index = of(name);
      return index === -1 ? undefined : (row.cells[index] ?? '');
    },
    numbered(prefix, suffix) {
      const pattern = new RegExp(
        `^${escapeRegExp(prefix.toLowerCase())} (\\d+) - ${escapeRegExp(suffix.toLowerCase())}$`,
      );
      const found: { number: number; index: number }[] = [];
      lower.forEach((name, index) => {
        const match = pattern.exec(name);
        if (match) found.push({ number: Number(match[1]), index });
      });
      return found.sort((a, b) => a.number - b.number).map((entry) => entry.index);
    },
  };
}

/** A warning for a row with more non-empty cells than the header has columns. */
export function extraCellsWarning(row: CsvRow, columnCount: number) {
  return row.width > columnCount
    ? {
        place: { unit: 'line' as const, number: row.line },
        reason: 'extra-cells' as const,
        detail: String(row.width),
      }
    : undefined;
}
