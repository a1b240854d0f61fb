// The row limit: a file with more people than one import takes is refused while it is read,
// as soon as the limit is passed, with about how many people it holds. The logic is tested
// with a small limit injected; one test checks the real limit is the default.
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_PEOPLE } from './import-limits';
import { ImportFileError } from './import-types';
import { parseImportText } from './parse-import';

const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function linkedInRows(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => `Anna${index},Berg,,,Acme,,`);
  return [LINKEDIN_HEADER, ...rows].join('\n');
}

function vCards(count: number): string {
  return Array.from(
    { length: count },
    (_, index) => `BEGIN:VCARD\nVERSION:3.0\nFN:Anna ${index}\nEND:VCARD`,
  ).join('\n');
}

function refusal(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

describe('the limit on people in one file', () => {
  it('reads a CSV of exactly the limit', () => {
    expect(parseImportText(linkedInRows(10), { maxPeople: 10 }).people).toHaveLength(10);
  });

  it('refuses a CSV one row past the limit, saying about how many rows it has', () => {
    const error = refusal(() => parseImportText(linkedInRows(11), { maxPeople: 10 }));
    expect(error.reason).toBe('too-many-people');
    expect(error.detail).toBe('11');
  });

  it('names the size of a file far past the limit by counting its lines', () => {
    const error = refusal(() => parseImportText(`${linkedInRows(1_000)}\n`, { maxPeople: 10 }));
    expect(error.detail).toBe('1000');
  });

  it('does not count blank lines as people', () => {
    const text = linkedInRows(10).replaceAll('\n', '\n\n');
    expect(parseImportText(text, { maxPeople: 10 }).people).toHaveLength(10);
  });

  it('counts rows it leaves out, as they are people of the file all the same', () => {
    // Ten named rows, one with no name (left out), then one more: twelve rows in all.
    const text = [linkedInRows(10), ',,,,Acme,,', 'Bo,Ek,,,,,'].join('\n');
    expect(refusal(() => parseImportText(text, { maxPeople: 11 })).reason).toBe('too-many-people');
  });

  it('stops reading as soon as the limit is passed, not at the end of the file', () => {
    const text = linkedInRows(100_000);
    const reached: number[] = [];
    refusal(() =>
      parseImportText(text, {
        maxPeople: 1_000,
        onProgress: (done) => reached.push(done),
      }),
    );
    // Progress is reported every 500 rows: a read that went on would report far beyond.
    expect(Math.max(...reached)).toBeLessThan(text.length / 50);
  });

  it('applies the same limit to a Google Contacts CSV', () => {
    const rows = Array.from({ length: 6 }, (_, index) => `Anna${index},Berg,,`);
    const text = ['First Name,Last Name,Notes,Labels', ...rows].join('\n');
    expect(refusal(() => parseImportText(text, { maxPeople: 5 })).detail).toBe('6');
  });

  it('applies it to vCards, counting every card', () => {
    expect(parseImportText(vCards(5), { maxPeople: 5 }).people).toHaveLength(5);
    const error = refusal(() => parseImportText(vCards(40), { maxPeople: 5 }));
    expect(error.reason).toBe('too-many-people');
    expect(error.detail).toBe('40');
  });

  // About 0.6 MB of CSV, parsed up to its last row: a second or two on a slow machine.
  it(
    `is ${IMPORT_MAX_PEOPLE.toLocaleString('en')} people when none is given`,
    { timeout: 20_000 },
    () => {
      const rows = Array.from({ length: IMPORT_MAX_PEOPLE + 1 }, (_, index) => `A${index},B,,,,,`);
      const text = [LINKEDIN_HEADER, ...rows].join('\n');
      expect(refusal(() => parseImportText(text)).detail).toBe(String(IMPORT_MAX_PEOPLE + 1));
    },
  );
});
