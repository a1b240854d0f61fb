// A person's derived fields (last touch, next due time, decayed strength and give/receive
// sums, initiative counts; registry.ts) kept true inside the transactions that change them.
//
// How each write keeps them (the pure rules are in domain/tie-health):
// - A touch added, or a deleted one restored: applyTouch, incrementally. Adding a decayed
//   amount is exact and needs nothing but the person's row.
// - A touch deleted or edited: rebuildDerived over the person's remaining touches. The
//   new "last touch" has to be read from the person's timeline anyway, and subtracting an
//   amount that dominates a decayed sum (the latest touch, usually) leaves rounding noise
//   that a rebuild does not. The read is that person's touch log, one record by key,
//   never a scan of all touches.
// - Tier, custom cadence or pause changed, or the tier cadences in Settings: withNextDueAt.
// The cadence settings are read from the settings row inside the same transaction, so a
// concurrent settings change cannot leave a next-due time computed from the old cadences.

import { Dexie } from 'dexie';
import { db } from '../db';
import { isLive } from '../codecs/touch-log';
import { readLiveTouchesOf } from '../reads/touches';
import {
  applyTouch,
  rebuildDerived,
  withNextDueAt,
  type CadenceSettings,
  type TouchFacts,
} from '../../domain/tie-health';
import {
  DEFAULT_SETTINGS,
  type Contact,
  type ContactDerived,
  type Id,
  type Touch,
} from '../../domain/types';

/** The tables a write that keeps derived fields true must hold in its transaction. */
export const DERIVED_TABLES = [db.contacts, db.touchLogs, db.settings] as const;

/** The cadences from the settings row; call inside a transaction that includes settings. */
export async function readCadenceSettings(): Promise<CadenceSettings> {
  const settings = await db.settings.get('settings');
  return { tierCadenceDays: settings?.tierCadenceDays ?? DEFAULT_SETTINGS.tierCadenceDays };
}

/** Every derived field (a record, so the compiler names one that is missing). */
export const DERIVED_FIELDS: Record<keyof ContactDerived, true> = {
  lastTouchAt: true,
  lastTouchKind: true,
  nextDueAt: true,
  touchCount: true,
  strength: true,
  gave: true,
  received: true,
  initiative: true,
};
const DERIVED_KEYS = Object.keys(DERIVED_FIELDS) as (keyof ContactDerived)[];
const isDerivedKey = (key: string): key is keyof ContactDerived => key in DERIVED_FIELDS;

/**
 * The person with these derived fields. Optional fields that are undefined are left out
 * rather than stored as undefined, the way a backup (JSON) would restore them.
 *
 * Built by copying rather than with `delete`: a deleted property turns the object into a
 * slow dictionary in V8, and every contact of an import passes through here on its way to
 * IndexedDB's structured clone.
 */
export function withDerived(contact: Contact, derived: ContactDerived): Contact {
  const next: Partial<Record<keyof Contact, unknown>> = {};
  for (const key of Object.keys(contact) as (keyof Contact)[]) {
    if (!isDerivedKey(key)) next[key] = contact[key];
  }
  for (const key of DERIVED_KEYS) {
    // An optional field the new ones lack must not survive from the old ones.
    if (derived[key] !== undefined) next[key] = derived[key];
  }
  return next as Contact;
}

/** The derived fields of a stored person, as the domain functions take them. */
export function derivedOf(contact: Contact): ContactDerived {
  return {
    lastTouchAt: contact.lastTouchAt,
    lastTouchKind: contact.lastTouchKind,
    nextDueAt: contact.nextDueAt,
    touchCount: contact.touchCount,
    strength: contact.strength,
    gave: contact.gave,
    received: contact.received,
    initiative: contact.initiative,
  };
}

/** The person with nextDueAt recomputed for their current tier, cadence and pause. */
export function withFreshNextDueAt(contact: Contact, settings: CadenceSettings): Contact {
  return withDerived(contact, withNextDueAt(derivedOf(contact), contact, settings));
}

/** These people with one touch added to their derived fields (pure: nothing is written). */
export function withTouchApplied(
  contacts: readonly Contact[],
  touch: TouchFacts,
  settings: CadenceSettings,
): Contact[] {
  return contacts.map((contact) =>
    withDerived(contact, applyTouch(derivedOf(contact), touch, contact, settings)),
  );
}

/**
 * Adds one touch to each of these people's derived fields (a new touch, or a deleted one
 * restored). Call inside a transaction over DERIVED_TABLES, after the touch is written.
 */
export async function applyTouchTo(contactIds: readonly Id[], touch: TouchFacts): Promise<void> {
  const [settings, contacts] = await Dexie.Promise.all([
    readCadenceSettings(),
    db.contacts.bulkGet([...new Set(contactIds)]),
  ]);
  const found = contacts.filter((contact): contact is Contact => contact !== undefined);
  await db.contacts.bulkPut(withTouchApplied(found, touch, settings));
}

/**
 * Recomputes these people's derived fields from their own touches (see the module
 * comment). Call inside a transaction over DERIVED_TABLES, after the touches are written.
 */
export async function rebuildDerivedFor(contactIds: readonly Id[]): Promise<void> {
  const settings = await readCadenceSettings();
  for (const contactId of new Set(contactIds)) {
    const contact = await db.contacts.get(contactId);
    if (!contact) continue;
    const touches = await readLiveTouchesOf(contactId);
    await db.contacts.put(withDerived(contact, rebuildDerived(contact, touches, settings)));
  }
}

/**
 * Recomputes every person's derived fields from scratch: every log's live touches, taken
 * only where the touch lists that person. For repairs and after imports, and the
 * reference the property test holds the kept fields to. Deleted people are included, so
 * that undoing a delete brings back true fields.
 */
export async function rebuildAllDerived(): Promise<void> {
  await db.transaction('rw', DERIVED_TABLES, async () => {
    const settings = await readCadenceSettings();
    const touchesByContact = new Map<Id, Touch[]>();
    for (const log of await db.touchLogs.toArray()) {
      touchesByContact.set(
        log.contactId,
        log.touches.filter(
          (touch) => isLive(touch) && touch.participantIds.includes(log.contactId),
        ),
      );
    }
    const contacts = await db.contacts.toArray();
    await db.contacts.bulkPut(
      contacts.map((contact) =>
        withDerived(
          contact,
          rebuildDerived(contact, touchesByContact.get(contact.id) ?? [], settings),
        ),
      ),
    );
  });
}
