// Reading the People list from its packed rows (people-rows.ts), and rebuilding the rows
// from the contacts when a reader finds them missing or of another format: after the
// upgrade that adds the table, or after a change of the packed layout.
import { db } from './db';
import { packPeopleRows, peopleOfRows, type PeopleListPerson } from './people-rows';

/**
 * Everyone not deleted, as the People list reads them, in no particular order (the screen
 * puts them in the language's order); undefined when the rows cannot be used.
 */
export async function readPackedPeopleList(): Promise<PeopleListPerson[] | undefined> {
  return peopleOfRows(await db.peopleRows.toArray());
}

/** Packs the People list's rows afresh from the contacts, in one transaction. */
export async function rebuildPeopleRows(): Promise<void> {
  await db.transaction('rw', db.contacts, db.peopleRows, async () => {
    const rows = packPeopleRows(await db.contacts.toArray());
    await db.peopleRows.clear();
    await db.peopleRows.bulkPut(rows);
  });
}
