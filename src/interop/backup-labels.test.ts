// The backup keeps every label of every phone and e-mail (since format version 2), still reads a
// version 1 file, whose plain phones and e-mails come in unlabelled, and refuses a label it
// does not know, naming table, row and field.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  BackupError,
  parseBackup,
  serialiseBackup,
  type BackupTables,
} from './backup-format';
import { DEFAULT_SETTINGS } from '../domain/types';
import { makePerson } from '../../tests/support/log-seed';

const AT = Date.UTC(2026, 11, 7, 9, 0);
const META = { appVersion: '0.1.0', createdAt: AT, schemaVersion: 7 };

function tables(): BackupTables {
  const maja = makePerson('Maja', 'Öberg', {
    emails: [
      { value: 'maja.oberg@ericsson.example', kind: 'work' },
      { value: 'maja@oberg.example' },
    ],
    phones: [
      { value: '+46 70 123 45 67', kind: 'custom', label: 'Styrelse' },
      { value: '+46 70 765 43 21', kind: 'mobile' },
    ],
    importedValues: {
      phones: [{ value: '+46 70 123 45 67', kind: 'custom', label: 'Styrelse' }],
    },
  });
  return {
    contacts: [maja],
    interactions: [],
    participations: [],
    relations: [],
    groups: [],
    goals: [],
    asks: [],
    introductions: [],
    weekPlans: [],
    settings: [{ ...DEFAULT_SETTINGS }],
  };
}

type FileObject = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

function fileObject(): FileObject {
  return JSON.parse(serialiseBackup(tables(), META)) as FileObject;
}

function refusal(file: FileObject): BackupError {
  try {
    parseBackup(JSON.stringify(file));
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('parseBackup accepted the file');
}

describe('labels in the backup', () => {
  it('is written at format version 3, and reads back every label exactly', () => {
    expect(BACKUP_FORMAT_VERSION).toBe(3);
    const written = tables();
    const text = serialiseBackup(written, META);
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 3 });
    expect(parseBackup(text).tables.contacts).toEqual(written.contacts);
  });

  it('reads a version 1 file: its plain phones and e-mails come in unlabelled', () => {
    const file = fileObject();
    file.formatVersion = 1;
    const [row] = file.tables.contacts ?? [];
    if (!row) throw new Error('no person in the file');
    row.emails = ['maja@oberg.example'];
    row.phones = ['+46 70 123 45 67', '+46 70 765 43 21'];
    row.importedValues = { givenName: 'Maja', emails: ['maja@oberg.example'] };
    const [maja] = parseBackup(JSON.stringify(file)).tables.contacts;
    expect(maja?.emails).toEqual([{ value: 'maja@oberg.example' }]);
    expect(maja?.phones).toEqual([{ value: '+46 70 123 45 67' }, { value: '+46 70 765 43 21' }]);
    expect(maja?.importedValues).toEqual({
      givenName: 'Maja',
      emails: [{ value: 'maja@oberg.example' }],
    });
  });

  it.each([
    [
      'a plain text phone in a version 2 file',
      (row: Record<string, unknown>) => {
        row.phones = ['+46 70 123 45 67'];
      },
      'phones[0]',
    ],
    [
      'a kind Ties does not know',
      (row: Record<string, unknown>) => {
        row.phones = [{ value: '1', kind: 'fax' }];
      },
      'phones[0].kind',
    ],
    [
      'a custom label without text',
      (row: Record<string, unknown>) => {
        row.emails = [{ value: 'a@b.se', kind: 'custom', label: '  ' }];
      },
      'emails[0].label',
    ],
    [
      'a label that is not text',
      (row: Record<string, unknown>) => {
        row.emails = [{ value: 'a@b.se', kind: 'custom', label: 7 }];
      },
      'emails[0].label',
    ],
    [
      'an entry without its value',
      (row: Record<string, unknown>) => {
        row.phones = [{ kind: 'work' }];
      },
      'phones[0].value',
    ],
    [
      'a wrong label among the imported values',
      (row: Record<string, unknown>) => {
        row.importedValues = { phones: [{ value: '1', kind: 'pager' }] };
      },
      'importedValues.phones[0].kind',
    ],
  ])('refuses %s, naming table, row and field', (_, change, field) => {
    const file = fileObject();
    const [row] = file.tables.contacts ?? [];
    if (!row) throw new Error('no person in the file');
    change(row);
    const error = refusal(file);
    expect(error.reason).toBe('invalid-row');
    expect(error.details).toMatchObject({ table: 'contacts', rowIndex: 0, field });
  });
});
