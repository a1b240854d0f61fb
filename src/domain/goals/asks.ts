// An ask for help as a record (docs/glossary.md, "Ask"). Pure: ids and times come in.
import type { Ask, EpochMs, Id } from '../types';

export type NewAskFields = {
  contactId: Id;
  goalId?: Id | undefined;
  what: string;
  at: EpochMs;
  /** The touch the ask was made in. */
  touchId: Id;
};

/** A new ask, pending, made by the user (an optional goal is left out when absent). */
export function newAsk(id: Id, fields: NewAskFields, now: EpochMs): Ask {
  const ask: Ask = {
    id,
    createdAt: now,
    updatedAt: now,
    source: 'manual',
    contactId: fields.contactId,
    at: fields.at,
    what: fields.what,
    outcome: 'pending',
    touchId: fields.touchId,
  };
  if (fields.goalId !== undefined) ask.goalId = fields.goalId;
  return ask;
}
