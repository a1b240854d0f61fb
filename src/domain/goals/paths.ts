// Paths to help for a need nobody warm covers (docs/tie-health.md, "Paths to help"):
// - revive: people who have the expertise but whose tie has cooled (out of rhythm or too
//   weak), warmest first, with the days since the last touch;
// - introductions: a warm person (the advisor rule, whatever their expertise) who knows
//   someone who has it, through an explicit relation (either direction), met-via (either
//   direction), a shared group, or touches they were both on. A stated link says more than a
//   shared meeting, so the kinds rank relation > met-via > group > touches; within a kind the
//   warmer introducer first, then more shared touches, then ids. Each pair (introducer,
//   holder) appears once, by its best kind; an introducer is never the holder.
// Both lists keep at most PATHS_PER_NEED entries: a few good leads, not a directory.

import {
  advisorCheckOn,
  localDayCounter,
  type AdvisorContact,
  type CadenceSettings,
  type TieStatus,
} from '../tie-health';
import type { EpochMs, Group, Id, Relation } from '../types';
import { compareWarmth, rankedHelperOf, type NeedHelp, type RankedHelper } from './who-can-help';

/** Leads kept per need, of each kind (revive, introductions). */
export const PATHS_PER_NEED = 5;

export const INTRODUCTION_THROUGH = ['relation', 'met-via', 'group', 'touches'] as const;
export type IntroductionThrough = (typeof INTRODUCTION_THROUGH)[number];

export type RevivePath = {
  contactId: Id;
  /** Local days since the last touch; undefined when there was none. */
  daysSinceTouch: number | undefined;
  status: TieStatus;
};

export type IntroductionPath = {
  /** The warm person who could introduce the user. */
  viaId: Id;
  /** The person who has the expertise. */
  toId: Id;
  through: IntroductionThrough;
  /** The group both are members of, for 'group'. */
  groupId?: Id | undefined;
  /** Touches both were on, for 'touches'. */
  sharedTouches?: number | undefined;
};

export type Paths = { revive: RevivePath[]; introductions: IntroductionPath[] };

/** What is known of who knows whom around the holders of a need. */
export type KnownLinks = {
  relations: readonly Pick<Relation, 'fromId' | 'toId' | 'deletedAt'>[];
  /** Whom a person met via (Contact.metViaId), for whoever it is known of. */
  metVia: ReadonlyMap<Id, Id>;
  groups: readonly Pick<Group, 'id' | 'memberIds' | 'deletedAt'>[];
  /** For a holder: the other people on their (non-deleted) touches, with how many each. */
  sharedTouches: ReadonlyMap<Id, ReadonlyMap<Id, number>>;
};

type Candidate = IntroductionPath & { introducer: RankedHelper };

const THROUGH_RANK: Readonly<Record<IntroductionThrough, number>> = {
  relation: 0,
  'met-via': 1,
  group: 2,
  touches: 3,
};

function compareCandidates(a: Candidate, b: Candidate): number {
  const byKind = THROUGH_RANK[a.through] - THROUGH_RANK[b.through];
  if (byKind !== 0) return byKind;
  const byWarmth = compareWarmth(a.introducer, b.introducer);
  if (byWarmth !== 0) return byWarmth;
  const byCount = (b.sharedTouches ?? 0) - (a.sharedTouches ?? 0);
  if (byCount !== 0) return byCount;
  return a.toId < b.toId ? -1 : a.toId > b.toId ? 1 : 0;
}

function pathOf(candidate: Candidate): IntroductionPath {
  const { viaId, toId, through, groupId, sharedTouches } = candidate;
  if (through === 'group') return { viaId, toId, through, groupId };
  if (through === 'touches') return { viaId, toId, through, sharedTouches };
  return { viaId, toId, through };
}

/** Cooled holders worth reviving: out of rhythm or too weak, and not paused by the user. */
function revivesOf(need: NeedHelp): RevivePath[] {
  return need.helpers
    .filter(
      (helper) =>
        !helper.whyNot.includes('paused') &&
        (helper.whyNot.includes('out-of-rhythm') || helper.whyNot.includes('weak')),
    )
    .slice(0, PATHS_PER_NEED)
    .map((helper) => ({
      contactId: helper.contactId,
      daysSinceTouch: helper.daysSinceTouch,
      status: helper.status,
    }));
}

/** Every (introducer, holder) link, each pair once with its best kind. */
function linksOf(holders: ReadonlySet<Id>, known: KnownLinks): Map<string, IntroductionPath> {
  const best = new Map<string, IntroductionPath>();
  const offer = (viaId: Id, toId: Id, path: Omit<IntroductionPath, 'viaId' | 'toId'>) => {
    if (viaId === toId || !holders.has(toId)) return;
    const key = `${viaId}\u0000${toId}`;
    const before = best.get(key);
    if (!before || THROUGH_RANK[path.through] < THROUGH_RANK[before.through]) {
      best.set(key, { viaId, toId, ...path });
    }
  };
  for (const relation of known.relations) {
    if (relation.deletedAt !== undefined) continue;
    offer(relation.fromId, relation.toId, { through: 'relation' });
    offer(relation.toId, relation.fromId, { through: 'relation' });
  }
  for (const [personId, viaId] of known.metVia) {
    offer(viaId, personId, { through: 'met-via' });
    offer(personId, viaId, { through: 'met-via' });
  }
  for (const group of known.groups) {
    if (group.deletedAt !== undefined) continue;
    const members = [...new Set(group.memberIds)];
    for (const toId of members) {
      if (!holders.has(toId)) continue;
      for (const viaId of members) offer(viaId, toId, { through: 'group', groupId: group.id });
    }
  }
  for (const [toId, others] of known.sharedTouches) {
    for (const [viaId, count] of others) {
      if (count > 0) offer(viaId, toId, { through: 'touches', sharedTouches: count });
    }
  }
  return best;
}

/**
 * Paths to help for one need (as whoCanHelp gave it). A covered need has an advisor to ask,
 * so it gets no paths. `contacts` are everyone who might introduce; only warm ones do.
 */
export function pathsToHelp(
  need: NeedHelp,
  contacts: readonly AdvisorContact[],
  known: KnownLinks,
  now: EpochMs,
  settings: CadenceSettings,
  timeZone: string,
): Paths {
  if (need.isCovered) return { revive: [], introductions: [] };
  const holders = new Set(need.helpers.map((helper) => helper.contactId));
  const links = linksOf(holders, known);
  const linkedIds = new Set([...links.values()].map((link) => link.viaId));
  const introducers = new Map<Id, RankedHelper>();
  const dayOf = localDayCounter(timeZone);
  const today = dayOf(now);
  for (const contact of contacts) {
    if (!linkedIds.has(contact.id) || contact.deletedAt !== undefined) continue;
    const check = advisorCheckOn(contact, now, today, settings, dayOf);
    if (check.whyNot.length === 0) introducers.set(contact.id, rankedHelperOf(contact, check));
  }
  const candidates: Candidate[] = [];
  for (const link of links.values()) {
    const introducer = introducers.get(link.viaId);
    if (introducer) candidates.push({ ...link, introducer });
  }
  const introductions = candidates.sort(compareCandidates).slice(0, PATHS_PER_NEED).map(pathOf);
  return { revive: revivesOf(need), introductions };
}
