// First run and the demo network: load it, start empty instead, or remove it again.
//
// Clearing removes exactly what the demo brought (every record whose source is 'demo') and
// repairs anything of the user's that pointed at it:
// - A touch the user logged stays, minus its demo participants; it is removed only when no
//   participant is left.
// - A touch that came with the demo is removed, even if the user added one of their own
//   people to it; that person's derived fields are recomputed (refreshDerivedFor).
// - The user's relations, group members, goal links, met-via links and week-plan items
//   that point at a demo person are dropped.

import { db } from './db';
import { currentTime } from './clock';
import { refreshDerivedFor } from './interactions';
import { DEMO_PARAMS, generateNetwork, type Network } from '../domain/demo/generate-network';
import {
  DEFAULT_SETTINGS,
  type Id,
  type Interaction,
  type Participation,
  type Settings,
} from '../domain/types';

const NETWORK_TABLES = [
  db.contacts,
  db.interactions,
  db.participations,
  db.relations,
  db.groups,
  db.goals,
];

async function addNetwork(network: Network): Promise<void> {
  await db.contacts.bulkAdd(network.contacts);
  await db.interactions.bulkAdd(network.interactions);
  await db.participations.bulkAdd(network.participations);
  await db.relations.bulkAdd(network.relations);
  await db.groups.bulkAdd(network.groups);
  await db.goals.bulkAdd(network.goals);
}

/** Writes a generated network in one transaction (the benchmarks load their data this way). */
export async function writeNetwork(network: Network): Promise<void> {
  await db.transaction('rw', NETWORK_TABLES, () => addNetwork(network));
}

async function currentSettings(): Promise<Settings> {
  return (await db.settings.get('settings')) ?? { ...DEFAULT_SETTINGS };
}

export type LoadDemoResult = 'loaded' | 'already-loaded';

/** Generates the demo network (fixed seed) and writes it; refuses when it is already there. */
export async function loadDemo(now = currentTime()): Promise<LoadDemoResult> {
  // Next-due times follow the user's cadences (they may have changed them before loading).
  const { tierCadenceDays } = await currentSettings();
  const network = generateNetwork({ ...DEMO_PARAMS, now, settings: { tierCadenceDays } });
  return db.transaction('rw', [...NETWORK_TABLES, db.settings], async () => {
    const settings = await currentSettings();
    const demoPeople = await db.contacts.where('source').equals('demo').count();
    if (settings.hasDemoData || demoPeople > 0) return 'already-loaded';
    await addNetwork(network);
    await db.settings.put({
      ...settings,
      hasDemoData: true,
      onboardedAt: settings.onboardedAt ?? now,
    });
    return 'loaded';
  });
}

/** The first-run choice "Start empty". */
export async function startEmpty(now = currentTime()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await currentSettings();
    await db.settings.put({ ...settings, onboardedAt: settings.onboardedAt ?? now });
  });
}

export type ClearDemoResult = { people: number; touches: number };

/** Removes exactly the demo data (see the rules at the top of this file). */
export async function clearDemo(now = currentTime()): Promise<ClearDemoResult> {
  return db.transaction(
    'rw',
    [...NETWORK_TABLES, db.weekPlans, db.settings],
    async (): Promise<ClearDemoResult> => {
      const demoPeople = new Set(await db.contacts.where('source').equals('demo').primaryKeys());
      const demoTouches = new Set(
        await db.interactions.where('source').equals('demo').primaryKeys(),
      );
      const { userTouchIds, userPeopleToRedo } = await removeParticipations(
        demoPeople,
        demoTouches,
      );
      const emptiedTouchIds = await trimUserTouches(userTouchIds, demoPeople, now);
      await db.interactions.bulkDelete([...demoTouches, ...emptiedTouchIds]);
      await unlinkDemoPeople(demoPeople, now);
      await db.contacts.bulkDelete([...demoPeople]);
      await refreshDerivedFor([...userPeopleToRedo]);
      await db.settings.put({ ...(await currentSettings()), hasDemoData: false });
      return { people: demoPeople.size, touches: demoTouches.size };
    },
  );
}

/**
 * Deletes every participation of a demo touch or of a demo person. Returns the user's
 * touches that had a demo participant, and the user's people who lost a demo touch.
 * Reads by the `source` index: the demo rows, then the user's own rows (the write paths give
 * a participation its touch's source) as the two ranges either side of 'demo'. That is far
 * faster than one index lookup per demo touch or person, or Dexie's notEqual (one cursor
 * that steps through every demo row).
 */
async function removeParticipations(demoPeople: Set<Id>, demoTouches: Set<Id>) {
  const demoRows = await db.participations.where('source').equals('demo').toArray();
  const isLinked = (row: Participation) =>
    demoPeople.has(row.contactId) || demoTouches.has(row.interactionId);
  const userRows = [
    ...(await db.participations.where('source').below('demo').filter(isLinked).toArray()),
    ...(await db.participations.where('source').above('demo').filter(isLinked).toArray()),
  ];
  const rows = [...demoRows, ...userRows];
  await db.participations.bulkDelete(rows.map((row) => row.id));
  const userTouchIds = new Set<Id>();
  const userPeopleToRedo = new Set<Id>();
  for (const row of rows) {
    const isDemoPerson = demoPeople.has(row.contactId);
    const isDemoTouch = demoTouches.has(row.interactionId) || row.source === 'demo';
    if (isDemoPerson && !isDemoTouch) userTouchIds.add(row.interactionId);
    if (isDemoTouch && !isDemoPerson) userPeopleToRedo.add(row.contactId);
  }
  return { userTouchIds, userPeopleToRedo };
}

/**
 * The user's touches lose their demo participants. Returns those left with nobody, to be
 * removed (their participations were all demo people's, so they are gone already).
 */
async function trimUserTouches(touchIds: Set<Id>, demoPeople: Set<Id>, now: number): Promise<Id[]> {
  const emptied: Id[] = [];
  const trimmed: Interaction[] = [];
  for (const touch of await db.interactions.bulkGet([...touchIds])) {
    if (!touch) continue;
    const participantIds = touch.participantIds.filter((id) => !demoPeople.has(id));
    if (participantIds.length === 0) emptied.push(touch.id);
    else trimmed.push({ ...touch, participantIds, updatedAt: now });
  }
  await db.interactions.bulkPut(trimmed);
  return emptied;
}

/** Drops the user's links to demo people, and everything else the demo brought. */
async function unlinkDemoPeople(demoPeople: Set<Id>, now: number): Promise<void> {
  const ids = [...demoPeople];
  const isDemo = (id: Id | undefined) => id !== undefined && demoPeople.has(id);

  await db.relations.where('source').equals('demo').delete();
  await db.relations.where('fromId').anyOf(ids).delete();
  await db.relations.where('toId').anyOf(ids).delete();

  await db.groups.where('source').equals('demo').delete();
  await db.groups
    .where('memberIds')
    .anyOf(ids)
    .modify((group) => {
      group.memberIds = group.memberIds.filter((id) => !isDemo(id));
      group.updatedAt = now;
    });

  await db.goals.where('source').equals('demo').delete();
  await db.goals
    .filter((goal) => goal.contactIds.some(isDemo))
    .modify((goal) => {
      goal.contactIds = goal.contactIds.filter((id) => !isDemo(id));
      goal.updatedAt = now;
    });

  for (const userContacts of [
    db.contacts.where('source').below('demo'),
    db.contacts.where('source').above('demo'),
  ]) {
    await userContacts
      .filter((contact) => isDemo(contact.metViaId))
      .modify((contact) => {
        delete contact.metViaId;
        contact.updatedAt = now;
      });
  }

  await db.weekPlans
    .filter((plan) => plan.items.some((item) => isDemo(item.contactId)))
    .modify((plan) => {
      plan.items = plan.items.filter((item) => !isDemo(item.contactId));
      plan.updatedAt = now;
    });
}
