// The import worker's engine, without a Worker: what it posts for a file, how little of a
// big file's plan reaches the screen, and that only a confirm writes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { createImportEngine } from './import-engine';
import { PREVIEW_LIST_LIMIT, type ImportPreview, type ImportResponse } from './import-protocol';
import type { ParsedImport } from '../interop/import-types';
import { freshDatabase } from '../../tests/support/log-seed';

beforeEach(async () => {
  await freshDatabase();
});

function linkedIn(rows: number): ArrayBuffer {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let index = 0; index < rows; index++) {
    lines.push(
      `Person${index},Family${index},https://www.linkedin.com/in/p${index},,Org ${index % 50},,01 Jan 2024`,
    );
  }
  const bytes = new TextEncoder().encode(lines.join('\n'));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function engineWithLog() {
  const posted: ImportResponse[] = [];
  const engine = createImportEngine((response) => posted.push(response));
  return { engine, posted };
}

function previewOf(posted: ImportResponse[]): ImportPreview {
  const answer = posted.find((response) => response.type === 'preview');
  if (answer?.type !== 'preview') throw new Error(`no preview in ${JSON.stringify(posted)}`);
  return answer.preview;
}

describe('the import engine', () => {
  it('reports progress in order, up to 1, then a preview that carries counts but few rows', async () => {
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'read-file', bytes: linkedIn(1_500) });

    const fractions = posted.flatMap((response) =>
      response.type === 'progress' ? [response.fraction] : [],
    );
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.length).toBeLessThanOrEqual(102);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
    const preview = previewOf(posted);
    expect(preview.counts.newPeople).toBe(1_500);
    expect(preview.newPeople).toHaveLength(PREVIEW_LIST_LIMIT);
    expect(preview.encoding).toBe('utf-8');
    expect(await db.contacts.count()).toBe(0);
  });

  it('writes the plan on confirm, and refuses a second confirm of the same plan', async () => {
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'read-file', bytes: linkedIn(3) });
    await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
    await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });

    const [applied, again] = posted.filter((response) => response.type.startsWith('appl'));
    expect(applied).toMatchObject({ type: 'applied', result: { added: 3, updated: 0 } });
    expect(again).toMatchObject({ type: 'apply-failed', reason: 'no-plan' });
    expect(await db.contacts.count()).toBe(3);
    const batches = await db.importBatches.toArray();
    expect(batches.map((batch) => batch.fileName)).toEqual(['Connections.csv']);
  });

  it('refuses a plan made before someone else added people', async () => {
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'read-file', bytes: linkedIn(2) });
    const other = createImportEngine(() => undefined);
    await other.handle({ type: 'read-file', bytes: linkedIn(1) });
    await other.handle({ type: 'confirm', choices: {}, fileName: 'other.csv' });

    await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
    expect(posted.at(-1)).toMatchObject({ type: 'apply-failed', reason: 'stale-plan' });
    expect(await db.contacts.count()).toBe(1);
  });

  it('names why a whole file is refused', async () => {
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'read-file', bytes: new ArrayBuffer(0) });
    await engine.handle({ type: 'read-file', bytes: new Uint8Array([0x41, 0xe9, 0x0a]).buffer });
    const failures = posted.flatMap((response) =>
      response.type === 'failed' ? [response.failure] : [],
    );
    expect(failures).toMatchObject([
      { reason: 'empty' },
      { reason: 'not-utf8', detail: '1', line: 1 },
    ]);
  });

  it('undoes an import in the worker too', async () => {
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'read-file', bytes: linkedIn(2) });
    await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
    const applied = posted.find((response) => response.type === 'applied');
    const batchId = applied?.type === 'applied' ? applied.result.batchId : undefined;
    expect(batchId).toEqual(expect.any(String));

    await engine.handle({ type: 'undo', batchId: batchId ?? '' });
    await engine.handle({ type: 'undo', batchId: batchId ?? '' });
    expect(posted.slice(-2)).toMatchObject([
      { type: 'undone', result: { removed: 2, restored: 0, kept: [] } },
      { type: 'undo-failed', reason: 'already-undone' },
    ]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('records people picked from the phone, and their import, as from the phone', async () => {
    const { engine, posted } = engineWithLog();
    // What the screen reads from the Contact Picker (features/your-data/phone-contacts.ts).
    const parsed: ParsedImport = {
      format: 'vcard',
      source: 'contact-picker',
      people: [
        {
          place: { unit: 'card', number: 1 },
          givenName: 'Dana',
          familyName: 'Lind',
          displayName: '',
          organisation: '',
          role: '',
          emails: [{ value: 'dana@example.se' }],
          phones: [],
          linkedInUrl: '',
          links: [],
          location: '',
          notes: '',
          tags: [],
        },
      ],
      skipped: [],
      warnings: [],
    };
    await engine.handle({ type: 'read-people', parsed, source: 'contact-picker' });
    expect(previewOf(posted).source).toBe('contact-picker');
    await engine.handle({ type: 'confirm', choices: {}, fileName: '' });

    const [person] = await db.contacts.toArray();
    expect(person?.source).toBe('contact-picker');
    const [batch] = await db.importBatches.toArray();
    expect(batch?.source).toBe('contact-picker');
  });

  it('records the source the request names, even over what the parse said', async () => {
    const { engine } = engineWithLog();
    const parsed: ParsedImport = {
      format: 'vcard',
      source: 'vcard',
      people: [
        {
          place: { unit: 'card', number: 1 },
          givenName: 'Eva',
          familyName: 'Holm',
          displayName: '',
          organisation: '',
          role: '',
          emails: [],
          phones: [{ value: '+46 70 000 00 00' }],
          linkedInUrl: '',
          links: [],
          location: '',
          notes: '',
          tags: [],
        },
      ],
      skipped: [],
      warnings: [],
    };
    await engine.handle({ type: 'read-people', parsed, source: 'contact-picker' });
    await engine.handle({ type: 'confirm', choices: {}, fileName: '' });
    expect((await db.importBatches.toArray()).map((batch) => batch.source)).toEqual([
      'contact-picker',
    ]);
    expect((await db.contacts.toArray()).map((person) => person.source)).toEqual([
      'contact-picker',
    ]);
  });
});

describe('the import engine: writes that are stopped or fail', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // 2,500 rows are three chunks of writes; with fake-indexeddb that is a second or two.
  const BIG = { timeout: 30_000 };

  it(
    'stops a confirm on "cancel", writing nothing, and can confirm the same plan later',
    BIG,
    async () => {
      const posted: ImportResponse[] = [];
      let hasStopped = false;
      const engine = createImportEngine((response) => {
        posted.push(response);
        // Stopped once, as soon as the first chunk is reported, as a user would press Cancel.
        if (response.type === 'write-progress' && !hasStopped) {
          hasStopped = true;
          void engine.handle({ type: 'cancel' });
        }
      });
      await engine.handle({ type: 'read-file', bytes: linkedIn(2_500) });
      await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
      expect(posted.at(-1)).toMatchObject({ type: 'apply-failed', reason: 'cancelled' });
      expect(await db.contacts.count()).toBe(0);
      expect(await db.importBatches.count()).toBe(0);

      await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
      expect(posted.at(-1)).toMatchObject({ type: 'applied', result: { added: 2_500 } });
    },
  );

  it('reports each chunk written, in people, before the import is applied', BIG, async () => {
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'read-file', bytes: linkedIn(2_500) });
    posted.length = 0;
    await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
    expect(posted.map((response) => response.type)).toEqual([
      'write-progress',
      'write-progress',
      'write-progress',
      'applied',
    ]);
    expect(posted[2]).toEqual({ type: 'write-progress', done: 2_500, total: 2_500 });
  });

  it('says a confirm failed for want of space when the disk is full', async () => {
    const { engine, posted } = engineWithLog();
    await engine.handle({ type: 'read-file', bytes: linkedIn(3) });
    const full = Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    });
    vi.spyOn(db.contacts, 'bulkAdd').mockRejectedValue(full);
    await engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
    expect(posted.at(-1)).toMatchObject({
      type: 'apply-failed',
      reason: 'write-failed',
      writeFailure: 'out-of-space',
    });
    expect(await db.contacts.count()).toBe(0);
  });

  it('stops an undo on "cancel", leaving the import in place', BIG, async () => {
    const first = engineWithLog();
    await first.engine.handle({ type: 'read-file', bytes: linkedIn(2_500) });
    await first.engine.handle({ type: 'confirm', choices: {}, fileName: 'Connections.csv' });
    const applied = first.posted.at(-1);
    if (applied?.type !== 'applied' || applied.result.batchId === undefined) {
      throw new Error('not applied');
    }
    const posted: ImportResponse[] = [];
    const engine = createImportEngine((response) => {
      posted.push(response);
      if (response.type === 'write-progress') void engine.handle({ type: 'cancel' });
    });
    await engine.handle({ type: 'undo', batchId: applied.result.batchId });
    expect(posted.at(-1)).toMatchObject({ type: 'undo-failed', reason: 'cancelled' });
    expect(await db.contacts.count()).toBe(2_500);
  });
});
