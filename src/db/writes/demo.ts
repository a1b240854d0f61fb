// First run and the demo network: load it, start empty instead, or remove it again.
//
// Clearing removes exactly what the demo brought (every record whose source is 'demo') and
// repairs anything of the user's that pointed at it:
// - A touch the user logged stays, minus its demo participants; it is removed only when no
//   participant is left.
// - A touch that came with the demo is removed, even if the user added one of their own
//   people to it; that person's derived fields are recomputed (rebuildDerivedFor).
// - The user's relations, group members, goal links, met-via links and week-plan items
//   that point at a demo person are dropped, and so are the asks and introductions that
//   name one (the touches they wrote follow the rules for touches above).

import { Dexie } from 'dexie';
import { db } from '../db';
import { runWrite } from './run-write';
import { currentTime } from '../clock';
import { rebuildDerivedFor } from '../derived/contact-fields';
import { logOf, logsOfTouches, touchesOfLogs, type TouchLog } from '../codecs/touch-log';
import { DEMO_PARAMS, generateNetwork, type Network } from '../../domain/demo/generate-network';
import { DEFAULT_SETTINGS, type Id, type Touch, type Settings } from '../../domain/types';

const NETWORK_TABLES = [db.contacts, db.touchLogs, db.relations, db.groups, db.goals];

async function addNetwork(network: Network): Promise<void> {
  await db.contacts.bulkAdd(network.contacts);
  // The generator also lists participations; the touch logs are what the database keeps.
  await db.touchLogs.bulkAdd(logsOfTouches(network.interactions));
  await db.relations.bulkAdd(network.relations);
  await db.groups.bulkAdd(network.groups);
  await db.goals.bulkAdd(network.goals);
}

/** Writes a generated network in one transaction (the benchmarks load their data this way). */
export async function writeNetwork(network: Network): Promise<void> {
  await runWrite(NETWORK_TABLES, { asksToKeepData: false }, () => addNetwork(network));
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
  return runWrite([...NETWORK_TABLES, db.settings], { now, asksToKeepData: false }, async () => {
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
  await runWrite([db.settings], { now, asksToKeepData: false }, async () => {
    const settings = await currentSettings();
    await db.settings.put({ ...settings, onboardedAt: settings.onboardedAt ?? now });
  });
}

export type ClearDemoResult = { people: number; touches: number };

/** Removes exactly the demo data (see the rules at the top of this file). */
export async function clearDemo(now = currentTime()): Promise<ClearDemoResult> {
  return runWrite(
    [...NETWORK_TABLES, db.weekPlans, db.settings, db.asks, db.introductions],
    { now, asksToKeepData: false },
    async (): Promise<ClearDemoResult> => {
      const demoPeople = new Set(await db.contacts.where('source').equals('demo').primaryKeys());
      const { demoTouchCount, userPeopleToRedo } = await removeDemoTouches(demoPeople, now);
      await unlinkDemoPeople(demoPeople, now);
      await db.contacts.bulkDelete([...demoPeople]);
      await rebuildDerivedFor([...userPeopleToRedo]);
      await db.settings.put({ ...(await currentSettings()), hasDemoData: false });
      return { people: demoPeople.size, touches: demoTouchCount };
    },
  );
}

/**
 * Removes the demo touches and demo people's logs, and takes demo people off the user's
 * touches (removing a touch left with nobody). Returns how many demo touches there were, and
 * the user's people who lost a demo touch (their derived fields need recomputing).
 * Reads every log: a demo touch the user took every demo person off is only in the user's
 * people's logs, and touches have no index by source. Clearing the demo is rare, and the
 * logs are one record per person.
 */
async function removeDemoTouches(demoPeople: Set<Id>, now: number) {
  const logs = await db.touchLogs.toArray();
  const removed = new Set<Id>();
  const trimmed = new Map<Id, Touch>();
  const userPeopleToRedo = new Set<Id>();
  let demoTouchCount = 0;
  for (const touch of touchesOfLogs(logs)) {
    if (touch.source === 'demo') {
      demoTouchCount += 1;
      removed.add(touch.id);
      for (const id of touch.participantIds) if (!demoPeople.has(id)) userPeopleToRedo.add(id);
      continue;
    }
    if (!touch.participantIds.some((id) => demoPeople.has(id))) continue;
    const participantIds = touch.participantIds.filter((id) => !demoPeople.has(id));
    if (participantIds.length === 0) removed.add(touch.id);
    else trimmed.set(touch.id, { ...touch, participantIds, updatedAt: now });
  }
  const puts: TouchLog[] = [];
  const deletes: Id[] = [];
  for (const log of logs) {
    if (demoPeople.has(log.contactId)) {
      deletes.push(log.contactId);
      continue;
    }
    if (!log.touches.some((touch) => removed.has(touch.id) || trimmed.has(touch.id))) continue;
    const kept = log.touches.flatMap((touch) =>
      removed.has(touch.id) ? [] : [trimmed.get(touch.id) ?? touch],
    );
    const next = logOf(log.contactId, kept);
    if (next) puts.push(next);
    else deletes.push(log.contactId);
  }
  await Dexie.Promise.all([db.touchLogs.bulkPut(puts), db.touchLogs.bulkDelete(deletes)]);
  return { demoTouchCount, userPeopleToRedo };
}

/** Drops the user's links to demo people, and everything else the demo brought. */
async function unlinkDemoPeople(demoPeople: Set<Id>, now: number): Promise<void> {
  const ids = [...demoPeople];
  const isDemo = (id: Id | undefined) => id !== undefined && demoPeople.has(id);

  await db.relations.where('source').equals('demo').delete();
  await db.relations.where('fromId').anyOf(ids).delete();
  await db.relations.where('toId').anyOf(ids).delete();
  // An ask or an introduction names its people; with a demo person gone it has no one.
  await db.asks.where('contactId').anyOf(ids).delete();
  await db.introductions.where('firstId').anyOf(ids).delete();
  await db.introductions.where('secondId').anyOf(ids).delete();

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
