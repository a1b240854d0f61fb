// The derived fields the demo sets from its touches: last touch, touch count and who
// reached out. Deliberately small: the full tie-health derivation (strength, give/receive,
// next due) replaces this function when it lands, and clearing the demo reuses it.

import type { ContactDerived, Id, Interaction } from '../types';

export type TouchFields = Pick<ContactDerived, 'lastTouchAt' | 'touchCount' | 'initiative'>;

type Touch = Pick<Interaction, 'at' | 'initiator' | 'participantIds' | 'deletedAt'>;

export function noTouches(): TouchFields {
  return { lastTouchAt: undefined, touchCount: 0, initiative: { me: 0, them: 0, unknown: 0 } };
}

/** Touch fields per participant over the given touches; deleted touches do not count. */
export function deriveTouchFields(touches: Iterable<Touch>): Map<Id, TouchFields> {
  const byContact = new Map<Id, TouchFields>();
  for (const touch of touches) {
    if (touch.deletedAt !== undefined) continue;
    for (const contactId of touch.participantIds) {
      let fields = byContact.get(contactId);
      if (!fields) {
        fields = noTouches();
        byContact.set(contactId, fields);
      }
      fields.touchCount += 1;
      fields.initiative[touch.initiator] += 1;
      if (fields.lastTouchAt === undefined || touch.at > fields.lastTouchAt) {
        fields.lastTouchAt = touch.at;
      }
    }
  }
  return byContact;
}
