// The demo's derived fields, computed the way the database keeps them: rebuildDerived over
// each person's touches with the cadences in force. So a freshly loaded demo is exactly
// what a full rebuild in the database would give, and the first write changes nothing
// else than the one touch it adds.

import { rebuildDerived, type CadenceSettings, type DerivedOwner } from '../tie-health';
import type { ContactDerived, Id, Touch } from '../types';

type DemoTouch = Pick<
  Touch,
  'at' | 'kind' | 'initiator' | 'gave' | 'received' | 'askedForHelp' | 'participantIds'
> &
  Pick<Partial<Touch>, 'deletedAt'>;

/** Each participant's live touches; deleted touches do not count. */
export function touchesByContact<T extends DemoTouch>(touches: Iterable<T>): Map<Id, T[]> {
  const byContact = new Map<Id, T[]>();
  for (const touch of touches) {
    if (touch.deletedAt !== undefined) continue;
    for (const contactId of new Set(touch.participantIds)) {
      const theirs = byContact.get(contactId);
      if (theirs) theirs.push(touch);
      else byContact.set(contactId, [touch]);
    }
  }
  return byContact;
}

/** A person's full derived fields from their touches (none when undefined). */
export function deriveFields(
  owner: DerivedOwner,
  touches: readonly DemoTouch[] | undefined,
  settings: CadenceSettings,
): ContactDerived {
  return rebuildDerived(owner, touches ?? [], settings);
}
