type FormatNumber = (value: number, options?: Intl.NumberFormatOptions) => string;

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const STEP = 1000; // decimal units (kB, MB, GB), as browsers and phones report storage

/** "2.3 MB", "2,3 MB": a byte count in the largest fitting unit, formatted by locale. */
export function formatBytes(bytes: number, formatNumber: FormatNumber): string {
  let value = Math.max(0, bytes);
  let unitIndex = 0;
  while (value >= STEP && unitIndex < UNITS.length - 1) {
    value /= STEP;
    unitIndex++;
  }
  return formatNumber(value, {
    style: 'unit',
    unit: UNITS[unitIndex],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unitIndex > 0 ? 1 : 0,
  });
}
