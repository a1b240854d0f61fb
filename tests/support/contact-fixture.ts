// A stored person for the export tests, built without the database.
import type { Contact } from '../../src/domain/types';
import { makePerson } from './people';

export function contactWith(changes: Partial<Contact> = {}): Contact {
  return makePerson('Åsa', 'Östberg', {
    id: 'b3c1f7a2-0d4e-4c59-8a61-5f0e2d7c9b14',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...changes,
  });
}
