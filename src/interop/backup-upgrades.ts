// Older backup files brought to the current format before they are checked, one step per
// format version, so a restore reads every file Ties ever wrote. Each step changes only
// values in the older shape and leaves anything else as it is, for the check that follows
// to refuse with the table, row and field it finds wrong. Pure.
//
// Format 2 → 3: asks and introductions are new tables; an older file had neither, so it
// restores with none.
//
// Format 1 → 2: a person's phones and e-mails (and those recorded from the last import)
// were plain text; they become entries without a label (domain/types.ts LabelledValue), as
// the file says nothing about what each one is for.

const ENTRY_FIELDS = ['emails', 'phones'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function labelledList(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((entry: unknown) => (typeof entry === 'string' ? { value: entry } : entry));
}

function upgradePerson(row: unknown): unknown {
  if (!isRecord(row)) return row;
  const person = { ...row };
  for (const field of ENTRY_FIELDS) {
    if (field in person) person[field] = labelledList(person[field]);
  }
  if (isRecord(person.importedValues)) {
    const recorded = { ...person.importedValues };
    for (const field of ENTRY_FIELDS) {
      if (field in recorded) recorded[field] = labelledList(recorded[field]);
    }
    person.importedValues = recorded;
  }
  return person;
}

/** Format 1 → 2: labelled phones and e-mails (see the module comment). */
function toVersion2(tables: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(tables.contacts)) return tables;
  return { ...tables, contacts: tables.contacts.map(upgradePerson) };
}

/** Format 2 → 3: the tables of asks and introductions, which older files cannot hold. */
function toVersion3(tables: Record<string, unknown>): Record<string, unknown> {
  return { ...tables, asks: tables.asks ?? [], introductions: tables.introductions ?? [] };
}

/** The tables of a file of `formatVersion`, as the current format holds them. */
export function upgradeBackupTables(
  formatVersion: number,
  tables: Record<string, unknown>,
): Record<string, unknown> {
  let upgraded = tables;
  if (formatVersion < 2) upgraded = toVersion2(upgraded);
  if (formatVersion < 3) upgraded = toVersion3(upgraded);
  return upgraded;
}
