// The limits every importer applies, in one place so the README and the UI can quote them.
// They keep a hostile or broken file from freezing the import worker or filling the
// database, while staying far above anything a real contacts export contains.

/**
 * Largest file read at all: 50 MiB. A 10,000-row LinkedIn export is about 1.5 MB and 10,000
 * plain vCards about 3 MB; only vCards with embedded photos come near this (photos are not
 * imported), and a 50 MiB file already decodes to a 100 MB string in the worker.
 */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * At most 50,000 people (CSV rows or vCards) are read from one file. No real export passes
 * it: iCloud keeps at most 50,000 contacts, LinkedIn caps connections at 30,000 and Google
 * Contacts at 25,000. Past it, reading stops at once and the file is refused with its size in
 * people, so the user hears about a 1,000,000-row file within seconds and can split it,
 * instead of watching a preview and then an import that would take minutes and fill the
 * disk. A file of 50,000 LinkedIn connections took 18 s to preview and 43 s to write in
 * Chromium on a busy two-core machine: bounded, with a progress bar and Cancel throughout.
 * How long a field may be is in domain/field-limits.ts, shared with the person form.
 */
export const IMPORT_MAX_PEOPLE = 50_000;

/**
 * A CSV row whose last non-empty cell lies beyond column 1,000 is skipped. Google's widest
 * export (many numbered e-mail, phone and address groups) stays well under it.
 */
export const MAX_CSV_COLUMNS = 1_000;

/** The header row of a CSV is looked for in its first 50 lines (LinkedIn puts notes first). */
export const HEADER_SCAN_LINES = 50;

/** A header line longer than 1,000,000 characters is not considered. */
export const MAX_HEADER_LINE_CHARS = 1_000_000;

/** Progress is reported about every 500 rows or cards. */
export const PROGRESS_EVERY = 500;
