// The data-file worker's engine, without a Worker: exporting only chosen people, the list of
// recent imports it reads for the data page, and a restore's progress and cancel.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { hasRevertableRestore } from '../db/revert-point';
import { makeBackup } from '../db/reads/backup';
import { applyImport, undoImport } from '../db/writes/imports';
import { planImportFromDatabase } from '../db/reads/imports';
import type { ImportedPerson, ParsedImport } from '../interop/import-types';
import { createDataFileEngine } from './data-file-engine';
import type { DataFileResponse } from './data-file-protocol';
import { freshDatabase, makePerson, seedPeople } from '../../tests/support/log-seed';
import { imported } from '../../tests/support/import-seed';

beforeEach(async () => {
  await freshDatabase();
});

function engineWithLog() {
  const posted: DataFileResponse[] = [];
  const engine = createDataFileEngine((response) => posted.push(response));
  return { engine, posted };
}

function readText(blob: Blob): Promise<string> {
  return new Response(blob).text();
}

async function exported(posted: DataFileResponse[]): Promise<{ text: string; count: number }> {
  const answer = posted.at(-1);
  if (answer?.type !== 'export-ready') throw new Error(`no export in ${JSON.stringify(answer)}`);
  return { text: await readText(answer.file), count: answer.count };
}

function person(givenName: string, familyName: string, number: number): ImportedPerson {
  return imported(number, givenName, familyName);
}

async function importPeople(fileName: string, at: number, ...people: ImportedPerson[]) {
  const parsed: ParsedImport = {
    format: 'linkedin-csv',
    source: 'linkedin',
    people,
    skipped: [],
    warnings: [],
  };
  const plan = await planImportFromDatabase(parsed);
  return applyImport(plan, {}, { fileName, now: at });
}

describe('the data-file engine', () => {
  it('exports only the chosen people, in the order asked, leaving out the deleted', async () => {
    const [anna, bo, cilla, dan] = await seedPeople(
      makePerson('Anna', 'Berg'),
      makePerson('Bo', 'Ek'),
      makePerson('Cilla', 'Dahl'),
      makePerson('Dan', 'Ström', { deletedAt: 2_000 }),
    );
    const { engine, posted } = engineWithLog();
    await engine.handle({
      type: 'export',
      format: 'vcard',
      ids: [cilla.id, anna.id, dan.id],
      language: 'en',
    });

    const { text, count } = await exported(posted);
    expect(count).toBe(2);
    expect(text.match(/^BEGIN:VCARD$/gm)).toHaveLength(2);
    expect(text.match(/^FN:.*$/gm)).toEqual(['FN:Cilla Dahl', 'FN:Anna Berg']);
    expect(text).not.toContain(bo.familyName);

    await engine.handle({ type: 'export', format: 'csv', ids: [bo.id], language: 'en' });
    const csv = await exported(posted);
    expect(csv.count).toBe(1);
    expect(csv.text).toContain('Bo');
    expect(csv.text).not.toContain('Anna');
  });

  it('exports everyone not deleted when no ids are given', async () => {
    await seedPeople(
      makePerson('Anna', 'Berg'),
      makePerson('Bo', 'Ek', { isArchived: true }),
      makePerson('Dan', 'Ström', { deletedAt: 2_000 }),
    );
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'export', format: 'vcard', language: 'en' });
    const { count, text } = await exported(posted);
    expect(count).toBe(2);
    expect(text.match(/^FN:.*$/gm)).toEqual(['FN:Anna Berg', 'FN:Bo Ek']);
  });

  it("exports everyone in the language's name order", async () => {
    await seedPeople(
      makePerson('Åke', 'Holm'),
      makePerson('Zack', 'Ek'),
      makePerson('Axel', 'Berg'),
    );
    for (const [language, order] of [
      ['sv', ['FN:Axel Berg', 'FN:Zack Ek', 'FN:Åke Holm']],
      ['en', ['FN:Åke Holm', 'FN:Axel Berg', 'FN:Zack Ek']],
    ] as const) {
      const { engine, posted } = engineWithLog();
      await engine.handle({ type: 'export', format: 'vcard', language });
      const { text } = await exported(posted);
      expect(text.match(/^FN:.*$/gm)).toEqual(order);
    }
  });

  it('lists the last imports, newest first, undone ones too, with their counts', async () => {
    const first = await importPeople('first.csv', 10_000, person('Anna', 'Berg', 2));
    await importPeople('second.csv', 20_000, person('Bo', 'Ek', 2), person('Cilla', 'Dahl', 3));
    await undoImport(first.batchId ?? '', 30_000);

    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'list-imports', limit: 5 });
    expect(posted).toEqual([
      {
        type: 'imports',
        imports: [
          expect.objectContaining({
            fileName: 'second.csv',
            at: 20_000,
            source: 'linkedin',
            added: 2,
            updated: 0,
            undoneAt: undefined,
          }),
          expect.objectContaining({
            id: first.batchId,
            fileName: 'first.csv',
            added: 1,
            undoneAt: 30_000,
          }),
        ],
      },
    ]);

    await engine.handle({ type: 'list-imports', limit: 1 });
    const last = posted.at(-1);
    expect(last?.type === 'imports' ? last.imports.map((item) => item.fileName) : []).toEqual([
      'second.csv',
    ]);
    expect(await db.importBatches.count()).toBe(2);
  });
});

describe('a restore in the data-file engine', () => {
  async function checkedBackupOver(...people: ReturnType<typeof makePerson>[]) {
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const { text } = await makeBackup();
    await freshDatabase();
    await seedPeople(...people);
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'check-restore', file: new Blob([text]) });
    expect(posted.at(-1)?.type).toBe('restore-checked');
    return { engine, posted };
  }

  it('reports its progress in both phases, then that it is restored', async () => {
    const { engine, posted } = await checkedBackupOver(makePerson('Cia', 'Dahl'));
    await engine.handle({ type: 'restore' });
    const progress = posted.filter((response) => response.type === 'restore-progress');
    expect(progress.map((response) => response.phase)).toContain('copying');
    expect(progress.map((response) => response.phase)).toContain('writing');
    expect(progress.at(-1)).toMatchObject({ fraction: 1 });
    expect(posted.at(-1)).toMatchObject({ type: 'restored', result: { counts: { contacts: 2 } } });
    expect(await hasRevertableRestore()).toBe(true);
  });

  it('stops on cancel-restore before it commits, leaving the data and no revert point', async () => {
    const cia = makePerson('Cia', 'Dahl');
    await seedPeople(makePerson('Anna', 'Berg'), makePerson('Bo', 'Ek'));
    const { text } = await makeBackup();
    await freshDatabase();
    await seedPeople(cia);
    const posted: DataFileResponse[] = [];
    // The cancel arrives while the file's rows are being written, as a click would.
    const engine = createDataFileEngine((response) => {
      posted.push(response);
      if (response.type === 'restore-progress' && response.phase === 'writing') {
        void engine.handle({ type: 'cancel-restore' });
      }
    });
    await engine.handle({ type: 'check-restore', file: new Blob([text]) });
    await engine.handle({ type: 'restore' });

    expect(posted.at(-1)).toEqual({ type: 'restore-cancelled' });
    expect(await db.contacts.toArray()).toEqual([cia]);
    expect(await hasRevertableRestore()).toBe(false);
  });

  it('says why a restore failed, as a reason the screen words', async () => {
    const { engine, posted } = engineWithLog();
    // Nothing was checked: the restore cannot start, and the answer carries a reason.
    await engine.handle({ type: 'restore' });
    expect(posted.at(-1)).toMatchObject({ type: 'failed', job: 'restore', reason: 'unknown' });
  });
});
