// Time units for the generator, in milliseconds.
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** A mean Gregorian year: 365.25 days. */
export const YEAR_MS = 365.25 * DAY_MS;
