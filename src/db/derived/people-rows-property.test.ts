// Property: after any random sequence of writes through the real write paths – people
// created and edited (names in any characters, role, organisation, tier, cadence),
// archived, deleted and restored, paused and resumed; bulk edits and their undo; touches
// added and deleted; imports and their undo; merges and their undo; every derived field
// rebuilt; the demo loaded and cleared – the People list's packed rows (kept by
// peopleRowsMiddleware in each write's transaction) equal a rebuild from the contacts, and
// both hold exactly what the list reads of each person not deleted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulkEditPeople, undoBulkEdit, type BulkEditUndo } from '../writes/people-bulk-edit';
import {
  archiveContact,
  createContact,
  deleteContact,
  pauseContact,
  resumeContact,
  unarchiveContact,
  undoDeleteContact,
  updateContact,
} from '../writes/people';
import { db } from '../db';
import { clearDemo, loadDemo } from '../writes/demo';
import { rebuildAllDerived } from './contact-fields';
import { applyImport, undoImport } from '../writes/imports';
import { planImportFromDatabase } from '../reads/imports';
import { addTouch, deleteTouch } from '../writes/touches';
import { MergeError, mergePeople, undoMergePeople, type MergeUndo } from '../writes/people-merge';
import {
  packPeopleRows,
  peopleListPersonOf,
  peopleOfRows,
  type PeopleListPerson,
} from '../codecs/people-rows';
import type { BulkEdit } from '../../domain/bulk-edit';
import { TIERS, type Id, type Tier } from '../../domain/types';
import { imported, vCardFile } from '../../../tests/support/import-seed';
import {
  freshDatabase,
  makePerson,
  seedPeople,
  touchDraft,
  touchRef,
} from '../../../tests/support/log-seed';

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 9, 0);

/** Names with the characters a packed text must survive: letters, marks, emoji, controls. */
const NAMES = ['Åke', 'Anna', 'Öberg', '', 'Zoë', 'Li 李', '😀 Emoji', 'Tab\tNul\u0000', 'Ο Ω'];
const nameArb = fc.constantFrom(...NAMES);
const personArb = fc.nat({ max: 30 });

type Step =
  | { op: 'create'; given: string; family: string; organisation: string; tier: Tier }
  | {
      op: 'edit';
      person: number;
      given: string;
      display: string;
      role: string;
      tier: Tier;
      cadenceDays: number | null | undefined;
    }
  | { op: 'archive' | 'unarchive' | 'delete' | 'undo-delete' | 'pause' | 'resume'; person: number }
  | { op: 'bulk'; people: number[]; edit: BulkEdit }
  | { op: 'touch'; people: number[]; daysAgo: number }
  | { op: 'merge'; keep: number; merge: number }
  | { op: 'import'; names: string[]; matchFirst: boolean }
  | { op: 'delete-touch' | 'undo-bulk' | 'undo-import' | 'undo-merge' }
  | { op: 'rebuild' | 'demo' | 'clear-demo' };

const bulkEditArb: fc.Arbitrary<BulkEdit> = fc.oneof(
  fc.record({ kind: fc.constant('tier' as const), tier: fc.constantFrom(...TIERS) }),
  fc.record({
    kind: fc.constant('cadence' as const),
    cadenceDays: fc.constantFrom(undefined, null, 14, 90),
  }),
  fc.record({ kind: fc.constant('add-tags' as const), tags: fc.constant(['Styrelse']) }),
  fc.record({ kind: fc.constant('remove-tags' as const), tags: fc.constant(['Styrelse']) }),
  fc.record({ kind: fc.constant('pause' as const), isPaused: fc.boolean() }),
);
const peopleArb = fc.uniqueArray(personArb, { minLength: 1, maxLength: 4 });

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    given: nameArb,
    family: nameArb,
    organisation: fc.constantFrom('', 'Volvo', 'Styrelse AB'),
    tier: fc.constantFrom(...TIERS),
  }),
  fc.record({
    op: fc.constant('edit' as const),
    person: personArb,
    given: nameArb,
    display: fc.constantFrom('', 'Kalle K'),
    role: fc.constantFrom('', 'CTO', 'Ordförande'),
    tier: fc.constantFrom(...TIERS),
    cadenceDays: fc.constantFrom(undefined, null, 21, 60),
  }),
  fc.record({
    op: fc.constantFrom(
      'archive' as const,
      'unarchive' as const,
      'delete' as const,
      'undo-delete' as const,
      'pause' as const,
      'resume' as const,
    ),
    person: personArb,
  }),
  fc.record({ op: fc.constant('bulk' as const), people: peopleArb, edit: bulkEditArb }),
  fc.record({
    op: fc.constant('touch' as const),
    people: peopleArb,
    daysAgo: fc.integer({ min: 0, max: 400 }),
  }),
  fc.record({ op: fc.constant('merge' as const), keep: personArb, merge: personArb }),
  fc.record({
    op: fc.constant('import' as const),
    names: fc.array(nameArb, { minLength: 1, maxLength: 3 }),
    matchFirst: fc.boolean(),
  }),
  fc.record({
    op: fc.constantFrom(
      'delete-touch' as const,
      'undo-bulk' as const,
      'undo-import' as const,
      'undo-merge' as const,
    ),
  }),
  fc.record({ op: fc.constantFrom('rebuild' as const, 'demo' as const, 'clear-demo' as const) }),
);

type Undos = {
  touches: Id[];
  bulk: BulkEditUndo[];
  imports: Id[];
  merges: MergeUndo[];
};

async function isLive(id: Id): Promise<boolean> {
  const contact = await db.contacts.get(id);
  return contact !== undefined && contact.deletedAt === undefined;
}

async function liveOf(ids: readonly Id[]): Promise<Id[]> {
  const live: Id[] = [];
  for (const id of new Set(ids)) if (await isLive(id)) live.push(id);
  return live;
}

async function runStep(step: Step, people: Id[], undos: Undos): Promise<void> {
  const idOf = (index: number) => people[index % people.length] ?? '';
  if (step.op === 'undo-delete') {
    if ((await db.contacts.get(idOf(step.person))) === undefined) return;
    return undoDeleteContact(idOf(step.person), NOW);
  }
  // The person writes refuse a deleted (or demo-cleared) person, as the screens do.
  if ('person' in step && !(await isLive(idOf(step.person)))) return;
  switch (step.op) {
    case 'create': {
      // A person needs a name: an empty given name gets the family name's company.
      const given = step.given === '' && step.family === '' ? 'Namn' : step.given;
      const draft = { givenName: given, familyName: step.family, tier: step.tier };
      people.push(await createContact({ ...draft, organisation: step.organisation }, NOW));
      return;
    }
    case 'edit':
      await updateContact(
        idOf(step.person),
        {
          givenName: step.given === '' ? 'Namn' : step.given,
          displayName: step.display,
          role: step.role,
          tier: step.tier,
          cadenceDays: step.cadenceDays,
        },
        NOW,
      );
      return;
    case 'archive':
      return archiveContact(idOf(step.person), NOW);
    case 'unarchive':
      return unarchiveContact(idOf(step.person), NOW);
    case 'delete':
      return deleteContact(idOf(step.person), NOW);
    case 'pause':
      return pauseContact(idOf(step.person), NOW);
    case 'resume':
      return resumeContact(idOf(step.person), NOW);
    case 'bulk': {
      const ids = await liveOf(step.people.map(idOf));
      if (ids.length > 0) undos.bulk.push(await bulkEditPeople(ids, step.edit, NOW));
      return;
    }
    case 'undo-bulk': {
      const undo = undos.bulk.pop();
      if (undo) await undoBulkEdit(undo, NOW);
      return;
    }
    case 'touch': {
      const ids = await liveOf(step.people.map(idOf));
      if (ids.length === 0) return;
      undos.touches.push(
        await addTouch(touchDraft(ids, NOW - step.daysAgo * DAY_MS, { gave: ['help'] }), NOW),
      );
      return;
    }
    case 'delete-touch': {
      const id = undos.touches.pop();
      if (id) await deleteTouch(await touchRef(id), NOW);
      return;
    }
    case 'merge': {
      const [keep, merge] = [idOf(step.keep), idOf(step.merge)];
      if (keep === merge || !(await isLive(keep)) || !(await isLive(merge))) return;
      undos.merges.push(await mergePeople(keep, merge, NOW));
      return;
    }
    case 'undo-merge': {
      const undo = undos.merges.pop();
      if (!undo) return;
      // Refused, writing nothing, when either person changed since the merge.
      await undoMergePeople(undo, NOW).catch((error: unknown) => {
        if (!(error instanceof MergeError)) throw error;
      });
      return;
    }
    case 'import': {
      const first = (await db.contacts.toArray()).find(
        (contact) => contact.deletedAt === undefined,
      );
      const rows = step.names.map((name, index) =>
        imported(index + 2, name === '' ? 'Importerad' : name, 'Fil', {
          organisation: 'Importen AB',
        }),
      );
      // The same name and e-mail as someone stored: the import updates them.
      if (step.matchFirst && first) {
        rows.push(
          imported(9, first.givenName, first.familyName, {
            emails: first.emails.length > 0 ? first.emails : [{ value: 'match@example.com' }],
            role: 'Från filen',
          }),
        );
      }
      const plan = await planImportFromDatabase(vCardFile(rows));
      const result = await applyImport(plan, {}, { fileName: 'kontakter.vcf', now: NOW });
      if (result.batchId) undos.imports.push(result.batchId);
      for (const contact of await db.contacts.toArray()) {
        if (!people.includes(contact.id)) people.push(contact.id);
      }
      return;
    }
    case 'undo-import': {
      const batchId = undos.imports.pop();
      if (batchId) await undoImport(batchId, NOW);
      return;
    }
    case 'rebuild':
      return rebuildAllDerived();
    case 'demo':
      await loadDemo(NOW);
      return;
    case 'clear-demo':
      await clearDemo(NOW);
      return;
  }
}

const byId = (a: PeopleListPerson, b: PeopleListPerson) => (a.id < b.id ? -1 : 1);

describe('the People list’s packed rows', () => {
  it('equal a rebuild from the contacts after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 14 }), async (steps) => {
        await freshDatabase();
        const seeded = await seedPeople(
          makePerson('Åke', 'Öberg', { createdAt: NOW - 800 * DAY_MS, tier: 'close' }),
          makePerson('Bo', 'Ek', {
            createdAt: NOW - 10 * DAY_MS,
            tier: 'inner',
            cadenceDays: null,
            organisation: 'Scania',
            role: 'CTO',
          }),
        );
        const people = seeded.map((person) => person.id);
        const undos: Undos = { touches: [], bulk: [], imports: [], merges: [] };
        for (const step of steps) await runStep(step, people, undos);

        const contacts = await db.contacts.toArray();
        const kept = peopleOfRows(await db.peopleRows.toArray());
        const rebuilt = peopleOfRows(packPeopleRows(contacts));
        const live = contacts.filter((contact) => contact.deletedAt === undefined);
        expect(kept?.sort(byId)).toEqual(rebuilt?.sort(byId));
        expect(rebuilt).toEqual(live.map(peopleListPersonOf).sort(byId));
      }),
      { numRuns: 30 },
    );
    // Thirty runs of up to fourteen writes each through fake-indexeddb, some of them loading
    // the demo: a few seconds on a quiet machine, many more on a loaded one.
  }, 120_000);
});
