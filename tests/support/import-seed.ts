// Parsed files for the import pipeline's tests: people as a parser would hand them over,
// so the merge and write tests do not depend on the parsers.
import type { ImportedPerson, ParsedImport, SkippedItem } from '../../src/interop/import-types';

/** A person read from line `line` of a file; fields left out are empty. */
export function imported(
  line: number,
  givenName: string,
  familyName: string,
  changes: Partial<ImportedPerson> = {},
): ImportedPerson {
  return {
    place: { unit: 'line', number: line },
    givenName,
    familyName,
    displayName: '',
    organisation: '',
    role: '',
    emails: [],
    phones: [],
    linkedInUrl: '',
    links: [],
    location: '',
    notes: '',
    tags: [],
    ...changes,
  };
}

/** A LinkedIn Connections.csv as parsed: these people, and these rows skipped. */
export function linkedInFile(people: ImportedPerson[], skipped: SkippedItem[] = []): ParsedImport {
  return { format: 'linkedin-csv', source: 'linkedin', people, skipped };
}

/** A vCard file as parsed. */
export function vCardFile(people: ImportedPerson[], skipped: SkippedItem[] = []): ParsedImport {
  return { format: 'vcard', source: 'vcard', people, skipped };
}
