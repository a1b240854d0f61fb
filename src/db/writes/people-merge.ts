// Merging two stored people into one, and its undo. One transaction moves everything that
// points at the merged person over to the kept one:
// - touches: every touch in the merged person's log (deleted ones too, so undoing a delete
//   later restores it to the right person) lists the kept person instead, once; it moves
//   into the kept person's log, the copies in its other participants' logs are updated,
//   and the merged person's log goes;
// - relations: re-pointed; one that would link the kept person to themselves, or repeat a
//   relation they already have, is removed;
// - groups' members, goals' people, week-plan items and other people's "met via";
// - asks and introductions: re-pointed; an introduction between the two people would
//   introduce the kept person to themselves, so it is deleted (a tombstone), while the give
//   or the relation it wrote follows the rules for touches and relations above;
// - the kept person's fields are filled from the merged one's (domain/person-merge.ts), the
//   merged person is soft-deleted, and both people's derived fields are rebuilt from the
//   touches they now have.
// Every row and touch changed is kept as it was before, in the returned token.
// undoMergePeople puts them all back exactly, in one transaction, but only while nothing the
// merge wrote has been changed since (a touch logged with the kept person, an edit): putting
// old rows back over newer ones would lose that change, so the undo is refused with
// 'changed-since' instead. Touches are put back one by one, not as whole logs, so a touch
// logged since with someone else who shares a moved touch is not lost.
// A merge whose person would pass a field's limit (domain/field-limits.ts: two long notes
// joined, two long lists of e-mails) is refused as 'over-limit', naming the field, before
// anything is written. A merge reports its steps as progress and can be stopped, which
// aborts its transaction (long-write.ts).
import { db } from '../db';
import { currentTime } from '../clock';
import { derivedOf, DERIVED_TABLES, rebuildDerivedFor } from '../derived/contact-fields';
import type { WriteControl } from '../long-write';
import { runWrite } from './run-write';
import { WriteError, type MergeErrorReason } from '../write-errors';
import { writeTouches } from './touch-logs';
import { limitProblemOf, type LimitProblem } from '../../domain/field-limits';
import { mergedPersonOf } from '../../domain/person-merge';
import type {
  Ask,
  Contact,
  Introduction,
  EpochMs,
  Goal,
  Group,
  Id,
  Touch,
  Relation,
  WeekPlan,
} from '../../domain/types';

const MERGE_TABLES = [
  ...DERIVED_TABLES,
  db.relations,
  db.groups,
  db.goals,
  db.weekPlans,
  db.asks,
  db.introductions,
];

/** Relations that say the same in either direction; 'introduced-by' has a direction. */
const SYMMETRIC_KINDS: ReadonlySet<Relation['kind']> = new Set(['knows', 'works-with', 'family']);

export class MergeError extends WriteError<MergeErrorReason> {
  /** For 'over-limit': the field the merged person would have over its limit. */
  readonly problem: LimitProblem | undefined;

  constructor(reason: MergeErrorReason, message: string, problem?: LimitProblem) {
    super(reason, message);
    this.name = 'MergeError';
    this.problem = problem;
  }
}

/** The steps a merge reports: touches, relations, links from elsewhere, the two people. */
const MERGE_STEPS = 4;

/** Everything a merge changed, as it was before; hand it to undoMergePeople. */
export type MergeUndo = {
  keepId: Id;
  mergeId: Id;
  at: EpochMs;
  before: {
    contacts: Contact[];
    /** Every touch that was in the merged person's log, deleted ones included. */
    touches: Touch[];
    relations: Relation[];
    groups: Group[];
    goals: Goal[];
    weekPlans: WeekPlan[];
    asks: Ask[];
    introductions: Introduction[];
  };
  /** Relations the merge removed (their before-images are in `before.relations`). */
  removedRelationIds: Id[];
  /** The two people as the merge left them, to tell whether they changed since. */
  after: { keep: Contact; merge: Contact };
};

function replaceId(ids: readonly Id[], from: Id, to: Id): Id[] {
  const replaced = ids.map((id) => (id === from ? to : id));
  return [...new Set(replaced)];
}

async function liveContact(id: Id): Promise<Contact> {
  const contact = await db.contacts.get(id);
  if (!contact || contact.deletedAt !== undefined) {
    throw new MergeError('person-not-found', `No person with id ${id}`);
  }
  return contact;
}

async function moveTouches(keepId: Id, mergeId: Id, now: EpochMs, undo: MergeUndo) {
  const touches = (await db.touchLogs.get(mergeId))?.touches ?? [];
  undo.before.touches = touches;
  // The merged person is a former participant of each: their log is emptied, so it goes.
  await writeTouches(
    touches.map((touch) => ({
      ...touch,
      participantIds: replaceId(touch.participantIds, mergeId, keepId),
      updatedAt: now,
    })),
    [mergeId],
  );
}

function relationKey(relation: Pick<Relation, 'fromId' | 'toId' | 'kind'>): string {
  const { fromId, toId, kind } = relation;
  const [a, b] = SYMMETRIC_KINDS.has(kind) && toId < fromId ? [toId, fromId] : [fromId, toId];
  return `${kind}\u0000${a}\u0000${b}`;
}

async function moveRelations(keepId: Id, mergeId: Id, now: EpochMs, undo: MergeUndo) {
  const [fromMerge, toMerge, fromKeep, toKeep] = await Promise.all([
    db.relations.where('fromId').equals(mergeId).toArray(),
    db.relations.where('toId').equals(mergeId).toArray(),
    db.relations.where('fromId').equals(keepId).toArray(),
    db.relations.where('toId').equals(keepId).toArray(),
  ]);
  const known = new Set(
    [...fromKeep, ...toKeep]
      .filter((relation) => relation.deletedAt === undefined)
      .map(relationKey),
  );
  const moving = [...new Map([...fromMerge, ...toMerge].map((r) => [r.id, r])).values()];
  const moved: Relation[] = [];
  const removed: Id[] = [];
  for (const relation of moving) {
    const fromId = relation.fromId === mergeId ? keepId : relation.fromId;
    const toId = relation.toId === mergeId ? keepId : relation.toId;
    const next = { ...relation, fromId, toId, updatedAt: now };
    const key = relationKey(next);
    const isLive = relation.deletedAt === undefined;
    if (fromId === toId || (isLive && known.has(key))) {
      removed.push(relation.id);
      continue;
    }
    if (isLive) known.add(key);
    moved.push(next);
  }
  undo.before.relations = moving;
  undo.removedRelationIds = removed;
  await db.relations.bulkDelete(removed);
  await db.relations.bulkPut(moved);
}

async function moveLinks(keepId: Id, mergeId: Id, now: EpochMs, undo: MergeUndo) {
  const groups = await db.groups.where('memberIds').equals(mergeId).toArray();
  const goals = await db.goals.filter((goal) => goal.contactIds.includes(mergeId)).toArray();
  const plans = await db.weekPlans
    .filter((plan) => plan.items.some((item) => item.contactId === mergeId))
    .toArray();
  // "Met via" is not indexed; a merge is one deliberate act, so one pass over people is fine.
  const metVia = await db.contacts
    .filter((contact) => contact.metViaId === mergeId && contact.id !== keepId)
    .toArray();
  undo.before.groups = groups;
  undo.before.goals = goals;
  undo.before.weekPlans = plans;
  undo.before.contacts.push(...metVia);
  await db.groups.bulkPut(
    groups.map((group) => ({
      ...group,
      memberIds: replaceId(group.memberIds, mergeId, keepId),
      updatedAt: now,
    })),
  );
  await db.goals.bulkPut(
    goals.map((goal) => ({
      ...goal,
      contactIds: replaceId(goal.contactIds, mergeId, keepId),
      updatedAt: now,
    })),
  );
  await db.weekPlans.bulkPut(
    plans.map((plan) => {
      const hasKeep = plan.items.some((item) => item.contactId === keepId);
      // The kept person's own item stays; the merged person's takes their id unless it would
      // list the same person twice.
      const items = plan.items.flatMap((item) => {
        if (item.contactId !== mergeId) return [item];
        return hasKeep ? [] : [{ ...item, contactId: keepId }];
      });
      return { ...plan, items, updatedAt: now };
    }),
  );
  await db.contacts.bulkPut(
    metVia.map((contact) => ({ ...contact, metViaId: keepId, updatedAt: now })),
  );
}

async function moveAsksAndIntroductions(keepId: Id, mergeId: Id, now: EpochMs, undo: MergeUndo) {
  const asks = await db.asks.where('contactId').equals(mergeId).toArray();
  const introductions = [
    ...new Map(
      [
        ...(await db.introductions.where('firstId').equals(mergeId).toArray()),
        ...(await db.introductions.where('secondId').equals(mergeId).toArray()),
      ].map((one) => [one.id, one]),
    ).values(),
  ];
  undo.before.asks = asks;
  undo.before.introductions = introductions;
  await db.asks.bulkPut(asks.map((ask) => ({ ...ask, contactId: keepId, updatedAt: now })));
  await db.introductions.bulkPut(
    introductions.map((one) => {
      const firstId = one.firstId === mergeId ? keepId : one.firstId;
      const secondId = one.secondId === mergeId ? keepId : one.secondId;
      const moved: Introduction = { ...one, firstId, secondId, updatedAt: now };
      if (firstId === secondId && moved.deletedAt === undefined) moved.deletedAt = now;
      return moved;
    }),
  );
}

/**
 * Merges the person `mergeId` into `keepId` (see the module comment) and returns what undoes
 * it. Both must exist and not be deleted.
 */
export async function mergePeople(
  keepId: Id,
  mergeId: Id,
  now = currentTime(),
  { signal, onProgress }: WriteControl = {},
): Promise<MergeUndo> {
  if (keepId === mergeId)
    throw new MergeError('same-person', 'A person cannot be merged into themselves.');
  return runWrite(MERGE_TABLES, { now, signal }, async (): Promise<MergeUndo> => {
    const keep = await liveContact(keepId);
    const merge = await liveContact(mergeId);
    const merged = mergedPersonOf(keep, merge, now);
    const problem = limitProblemOf(merged);
    if (problem) {
      throw new MergeError(
        'over-limit',
        `The merged ${problem.field} would pass its limit.`,
        problem,
      );
    }
    const token: MergeUndo = {
      keepId,
      mergeId,
      at: now,
      before: {
        contacts: [keep, merge],
        touches: [],
        relations: [],
        groups: [],
        goals: [],
        weekPlans: [],
        asks: [],
        introductions: [],
      },
      removedRelationIds: [],
      after: { keep, merge },
    };
    await moveTouches(keepId, mergeId, now, token);
    onProgress?.(1, MERGE_STEPS);
    await moveRelations(keepId, mergeId, now, token);
    onProgress?.(2, MERGE_STEPS);
    await moveLinks(keepId, mergeId, now, token);
    await moveAsksAndIntroductions(keepId, mergeId, now, token);
    onProgress?.(3, MERGE_STEPS);
    await db.contacts.bulkPut([merged, { ...merge, deletedAt: now, updatedAt: now }]);
    await rebuildDerivedFor([keepId, mergeId]);
    onProgress?.(4, MERGE_STEPS);
    const [keepAfter, mergeAfter] = await db.contacts.bulkGet([keepId, mergeId]);
    if (!keepAfter || !mergeAfter) {
      throw new MergeError('person-not-found', 'A merged person vanished.');
    }
    token.after = { keep: keepAfter, merge: mergeAfter };
    return token;
  });
}

/** True when a stored row is still as the merge left it. */
function isUnchanged(row: { updatedAt: EpochMs } | undefined, at: EpochMs): boolean {
  return row !== undefined && row.updatedAt === at;
}

function isSamePerson(current: Contact | undefined, after: Contact): boolean {
  return (
    current !== undefined &&
    current.updatedAt === after.updatedAt &&
    current.deletedAt === after.deletedAt &&
    JSON.stringify(derivedOf(current)) === JSON.stringify(derivedOf(after))
  );
}

async function checkUnchangedSince(undo: MergeUndo): Promise<void> {
  const { before, at } = undo;
  const [keep, merge] = await db.contacts.bulkGet([undo.keepId, undo.mergeId]);
  const others = await db.contacts.bulkGet(before.contacts.slice(2).map((contact) => contact.id));
  const stamped = [
    ...others,
    ...(await db.groups.bulkGet(before.groups.map((row) => row.id))),
    ...(await db.goals.bulkGet(before.goals.map((row) => row.id))),
    ...(await db.weekPlans.bulkGet(before.weekPlans.map((row) => row.weekStart))),
    ...(await db.asks.bulkGet(before.asks.map((row) => row.id))),
    ...(await db.introductions.bulkGet(before.introductions.map((row) => row.id))),
  ];
  const removed = new Set(undo.removedRelationIds);
  const movedRelations = await db.relations.bulkGet(
    before.relations.filter((row) => !removed.has(row.id)).map((row) => row.id),
  );
  // Every moved touch is in the kept person's log, and each log holding a touch holds the
  // same copy of it, so that log alone tells whether one was edited, deleted or moved since.
  const keptTouches = new Map(
    ((await db.touchLogs.get(undo.keepId))?.touches ?? []).map((touch) => [touch.id, touch]),
  );
  const isIntact =
    isSamePerson(keep, undo.after.keep) &&
    isSamePerson(merge, undo.after.merge) &&
    stamped.every((row) => isUnchanged(row, at)) &&
    movedRelations.every((row) => isUnchanged(row, at)) &&
    before.touches.every((touch) => isUnchanged(keptTouches.get(touch.id), at)) &&
    (await db.relations.bulkGet(undo.removedRelationIds)).every((row) => row === undefined);
  if (!isIntact) {
    throw new MergeError('changed-since', 'Something the merge changed has been changed since.');
  }
}

/** Puts back exactly what mergePeople changed, or refuses (see the module comment). */
export async function undoMergePeople(undo: MergeUndo, now = currentTime()): Promise<void> {
  await runWrite(MERGE_TABLES, { now }, async () => {
    await checkUnchangedSince(undo);
    const { before } = undo;
    // The kept person is a former participant of each: the ones they were not on before
    // leave their log (and the log goes if nothing else is in it).
    await writeTouches(before.touches, [undo.keepId]);
    await db.relations.bulkPut(before.relations);
    await db.groups.bulkPut(before.groups);
    await db.goals.bulkPut(before.goals);
    await db.weekPlans.bulkPut(before.weekPlans);
    await db.asks.bulkPut(before.asks);
    await db.introductions.bulkPut(before.introductions);
    await db.contacts.bulkPut(before.contacts);
  });
}
