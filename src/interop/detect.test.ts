import { describe, expect, it } from 'vitest';
import { detectImportFormat } from './detect';
import { ImportFileError } from './import-types';
import { parseImportText } from './parse-import';

function reasonOf(text: string): string {
  try {
    parseImportText(text);
  } catch (error) {
    if (error instanceof ImportFileError) return error.reason;
    throw error;
  }
  return 'parsed';
}

describe('detectImportFormat', () => {
  it('knows a vCard file by BEGIN:VCARD in any case', () => {
    expect(detectImportFormat('\n  begin:vcard\nfn:x\nend:vcard')).toEqual({ format: 'vcard' });
  });

  it('finds a vCard after some junk at the top', () => {
    expect(detectImportFormat('Exported from PhoneTool 2.0\nBEGIN:VCARD\nFN:x\nEND:VCARD')).toEqual(
      {
        format: 'vcard',
      },
    );
  });

  it('finds the LinkedIn header below the Notes: paragraph', () => {
    const layout = detectImportFormat(
      'Notes:\n"Some text, with commas"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
    );
    expect(layout).toMatchObject({ format: 'linkedin-csv', delimiter: ',', headerLine: 4 });
  });

  it('tells Google CSV (both generations) from LinkedIn', () => {
    expect(
      detectImportFormat('First Name,Middle Name,Last Name,Labels,E-mail 1 - Value\n').format,
    ).toBe('google-csv');
    expect(detectImportFormat('Name,Given Name,Family Name,Group Membership\n').format).toBe(
      'google-csv',
    );
  });

  it('says "no header" for a CSV without a header it knows', () => {
    expect(reasonOf('Anna,Berg,anna@example.com\nPer,Ek,per@example.com\n')).toBe('no-header');
    expect(reasonOf('Notes:\n"LinkedIn notes but the header was deleted"\n')).toBe('no-header');
  });

  it('says "unknown format" for other text', () => {
    expect(reasonOf('Dear diary\nToday I met nobody.\n')).toBe('unknown-format');
  });

  it('says "empty" for text with nothing in it', () => {
    expect(reasonOf('\uFEFF  \n')).toBe('empty');
  });
});
