// Writes to the settings row. The tier cadences change every person's next due time, so
// they go only through updateTieSettings, which recomputes it in the same transaction;
// updateSettings does not accept them (its type leaves them out).
import { db } from '../db';
import { runWrite } from './run-write';
import { WriteError } from '../write-errors';
import { withFreshNextDueAt } from '../derived/contact-fields';
import { invalidTieSettings, type TieSettings } from '../../domain/tie-health';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/types';

/**
 * Changes some settings in one transaction, creating the row if needed. Tier cadences are
 * not among them: they change every person's next due time, so they go through
 * updateTieSettings, which recomputes it in the same transaction.
 */
export async function updateSettings(
  changes: Partial<Omit<Settings, 'id' | 'tierCadenceDays'>>,
): Promise<void> {
  // The type leaves the cadences out; a caller holding a wider object could still pass them.
  if ('tierCadenceDays' in changes) {
    throw new TypeError('Tier cadences are saved with updateTieSettings, never updateSettings');
  }
  await runWrite([db.settings], { asksToKeepData: false }, async () => {
    const current = (await db.settings.get('settings')) ?? { ...DEFAULT_SETTINGS };
    await db.settings.put({ ...current, ...changes, id: 'settings' });
  });
}

/** Thrown when a "Keeping in touch" value is out of its range; nothing is saved. */
export class TieSettingsError extends WriteError<'setting-out-of-range'> {
  /** The settings out of their range. */
  readonly fields: (keyof TieSettings)[];

  constructor(fields: (keyof TieSettings)[]) {
    super('setting-out-of-range', `Out of range: ${fields.join(', ')}`);
    this.name = 'TieSettingsError';
    this.fields = fields;
  }
}

/**
 * Saves the "Keeping in touch" settings. New tier cadences move every person's next due
 * time, so they are recomputed in the same transaction: no screen ever sees the new
 * cadences with the old due times.
 */
export async function updateTieSettings(changes: Partial<TieSettings>): Promise<void> {
  const invalid = invalidTieSettings(changes);
  if (invalid.length > 0) throw new TieSettingsError(invalid);
  await runWrite([db.settings, db.contacts], { asksToKeepData: false }, async () => {
    const current = (await db.settings.get('settings')) ?? { ...DEFAULT_SETTINGS };
    const next = { ...current, ...changes, id: 'settings' as const };
    await db.settings.put(next);
    if (changes.tierCadenceDays === undefined) return;
    const settings = { tierCadenceDays: next.tierCadenceDays };
    await db.contacts.toCollection().modify((contact, ref) => {
      ref.value = withFreshNextDueAt(contact, settings);
    });
  });
}
