// Builds the network graph from stored rows. Pure and deterministic: the
// same rows give the same graph, whatever order they come in.
//
// Nodes: node 0 is the user (ME_NODE_ID); then every person who is neither archived nor
// deleted, sorted by id (code-unit order, so no locale can reorder them).
//
// Edges carry a weight: a unitless closeness in 0…1 (drawing fades a weak edge, the layout
// pulls it less).
//   tie           the user–person edge of every person: weight = tie strength now (0…1)
//   relation      a stored relation between two people (any kind) or "met via": strong,
//                 RELATION_WEIGHT
//   touch         n shared touches (see shared-touches.ts): medium,
//                 SHARED_TOUCH_MAX_WEIGHT · (1 − 2^−n): 0.3, 0.45, 0.53 … → 0.6
//   group         each shared group: weak, SHARED_GROUP_WEIGHT
//   organisation  the same organisation (case- and accent-insensitive): weak,
//                 SHARED_ORGANISATION_WEIGHT
// Groups and organisations link their members through member-links.ts, which bounds a set
// of m people to at most 4·m edges instead of m(m − 1)/2.
//
// One edge per pair of people. Each kind of evidence counts once per pair (two relation
// rows between the same two people are one relation; each shared group is its own
// evidence), and the pieces combine like independent chances: w = 1 − Π(1 − wₖ), which
// never exceeds 1 and never falls below the strongest piece. The edge's kind is the
// strongest kind present: relation > touch > group > organisation.
// Edge order: the user's tie edges by node index, then person–person edges by
// (source, target) with source < target.

import { nameOf } from '../contact';
import {
  daysSinceTouchOn,
  effectiveCadenceDays,
  localDayCounter,
  localDayNumber,
  reciprocityFlagsAt,
  statusOn,
  strengthAt,
  type CadenceSettings,
} from '../tie-health';
import { normalizeText } from '../text';
import type { Contact, EpochMs, Group, Id, Relation } from '../types';
import { forEachMemberLink } from './member-links';
import { countSharedTouches, pairKey, type GraphTouch } from './shared-touches';
import {
  ME_NODE_ID,
  type Graph,
  type GraphEdge,
  type GraphEdgeKind,
  type GraphNode,
} from './types';

/** A stored relation or "met via" between two people (closeness units, 0…1). */
export const RELATION_WEIGHT = 0.8;
/** What ever more shared touches approach (closeness units); each one halves the gap. */
export const SHARED_TOUCH_MAX_WEIGHT = 0.6;
/** One group both people are members of (closeness units). */
export const SHARED_GROUP_WEIGHT = 0.25;
/** Both work at the same organisation (closeness units). */
export const SHARED_ORGANISATION_WEIGHT = 0.2;

/** Which kind names an edge when several kinds of evidence link a pair. */
const KIND_RANK: Readonly<Record<GraphEdgeKind, number>> = {
  tie: 4,
  relation: 3,
  touch: 2,
  group: 1,
  organisation: 0,
};

/** The fields of a person the graph reads. */
export type GraphPerson = Pick<
  Contact,
  | 'id'
  | 'displayName'
  | 'givenName'
  | 'familyName'
  | 'organisation'
  | 'affiliation'
  | 'tags'
  | 'tier'
  | 'cadenceDays'
  | 'isPaused'
  | 'isArchived'
  | 'deletedAt'
  | 'createdAt'
  | 'lastTouchAt'
  | 'touchCount'
  | 'strength'
  | 'gave'
  | 'received'
  | 'initiative'
  | 'metViaId'
>;
export type GraphRelation = Pick<Relation, 'fromId' | 'toId' | 'deletedAt'>;
export type GraphGroup = Pick<Group, 'id' | 'name' | 'memberIds' | 'deletedAt'>;

export type GraphInput = {
  people: readonly GraphPerson[];
  relations: readonly GraphRelation[];
  groups: readonly GraphGroup[];
  /** Touches (interactions); only those with two or more people add edges. */
  touches: readonly GraphTouch[];
  now: EpochMs;
  timeZone: string;
  settings: CadenceSettings;
  /** The user's node label, worded by the screen; '' when left out. */
  meLabel?: string | undefined;
};

/** The closeness n shared touches give (closeness units, 0…SHARED_TOUCH_MAX_WEIGHT). */
export function sharedTouchWeight(count: number): number {
  return count <= 0 ? 0 : SHARED_TOUCH_MAX_WEIGHT * (1 - 2 ** -count);
}

function byId<T extends { id: Id }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function isSortedById(items: readonly { id: Id }[]): boolean {
  for (let index = 1; index < items.length; index++) {
    if ((items[index - 1] as { id: Id }).id > (items[index] as { id: Id }).id) return false;
  }
  return true;
}

/** The people in the graph, sorted by id, each id once. */
function livePeople(people: readonly GraphPerson[]): GraphPerson[] {
  const live = people.filter((person) => !person.isArchived && person.deletedAt === undefined);
  // Rows read from the database by primary key come sorted already: skip the sort then.
  if (!isSortedById(live)) live.sort(byId);
  return live.filter((person, index) => index === 0 || live[index - 1]?.id !== person.id);
}

/** The live groups, sorted by id. */
function liveGroups(groups: readonly GraphGroup[]): GraphGroup[] {
  return groups.filter((group) => group.deletedAt === undefined).sort(byId);
}

/** Names of the live groups by id, as insights need them to name clusters. */
export function groupNamesOf(groups: readonly GraphGroup[]): Record<Id, string> {
  const names: Record<Id, string> = {};
  for (const group of liveGroups(groups)) names[group.id] = group.name;
  return names;
}

function meNode(label: string): GraphNode {
  return {
    id: ME_NODE_ID,
    label,
    isMe: true,
    tier: undefined,
    status: undefined,
    strength: 0,
    flags: [],
    affiliation: undefined,
    organisation: '',
    tags: [],
    groupIds: [],
  };
}

function personNodes(input: GraphInput, people: readonly GraphPerson[]): GraphNode[] {
  const { now, timeZone, settings } = input;
  const dayOf = localDayCounter(timeZone);
  const today = localDayNumber(now, timeZone);
  return people.map((person) => ({
    id: person.id,
    label: nameOf(person),
    isMe: false,
    tier: person.tier,
    // The allocation-free parts of tieHealthOn: this runs over every person.
    status: statusOn(
      person,
      daysSinceTouchOn(person, today, dayOf),
      effectiveCadenceDays(person, settings),
      today,
      dayOf,
    ),
    strength: strengthAt(person.strength, now),
    flags: reciprocityFlagsAt(person, now),
    affiliation: person.affiliation,
    organisation: person.organisation.trim(),
    tags: [...person.tags],
    groupIds: [],
  }));
}

/** Collects evidence per pair of people and combines it (see the module comment). */
class PairEvidence {
  private readonly pairs = new Map<number, { weight: number; kind: GraphEdgeKind }>();

  constructor(private readonly nodeCount: number) {}

  add(a: number, b: number, weight: number, kind: GraphEdgeKind): void {
    if (a === b || weight <= 0) return;
    const key = pairKey(a, b, this.nodeCount);
    const pair = this.pairs.get(key);
    if (!pair) {
      this.pairs.set(key, { weight, kind });
      return;
    }
    // 1 − (1 − w)(1 − x), written so that a single piece keeps its weight exactly.
    pair.weight += weight - pair.weight * weight;
    if (KIND_RANK[kind] > KIND_RANK[pair.kind]) pair.kind = kind;
  }

  edges(): GraphEdge[] {
    const keys = [...this.pairs.keys()].sort((x, y) => x - y);
    return keys.map((key) => {
      const pair = this.pairs.get(key) as { weight: number; kind: GraphEdgeKind };
      return {
        source: Math.floor(key / this.nodeCount),
        target: key % this.nodeCount,
        kind: pair.kind,
        weight: Math.min(1, pair.weight),
      };
    });
  }
}

/** Pairs named by relations and "met via", each pair once, as sorted pair keys. */
function relationPairs(
  input: GraphInput,
  people: readonly GraphPerson[],
  indexOf: ReadonlyMap<Id, number>,
  nodeCount: number,
): number[] {
  const keys = new Set<number>();
  const link = (fromId: Id | undefined, toId: Id | undefined): void => {
    const a = fromId === undefined ? undefined : indexOf.get(fromId);
    const b = toId === undefined ? undefined : indexOf.get(toId);
    if (a !== undefined && b !== undefined && a !== b) keys.add(pairKey(a, b, nodeCount));
  };
  for (const relation of input.relations) {
    if (relation.deletedAt === undefined) link(relation.fromId, relation.toId);
  }
  for (const person of people) link(person.id, person.metViaId);
  return [...keys].sort((x, y) => x - y);
}

/** Node indexes per organisation (normalised name), organisations in a fixed order. */
function organisationMembers(nodes: readonly GraphNode[]): number[][] {
  const members = new Map<string, number[]>();
  // Thousands of people share a few dozen spellings: normalise each spelling once.
  const keys = new Map<string, string>();
  nodes.forEach((node, index) => {
    let key = keys.get(node.organisation);
    if (key === undefined) {
      key = normalizeText(node.organisation);
      keys.set(node.organisation, key);
    }
    if (node.isMe || key === '') return;
    const list = members.get(key);
    if (list) list.push(index);
    else members.set(key, [index]);
  });
  return [...members.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, list]) => list);
}

/** A group's members as distinct, ascending node indexes. */
function groupMembers(group: GraphGroup, indexOf: ReadonlyMap<Id, number>): number[] {
  const members = new Set<number>();
  for (const id of group.memberIds) {
    const index = indexOf.get(id);
    if (index !== undefined) members.add(index);
  }
  return [...members].sort((x, y) => x - y);
}

export function buildGraph(input: GraphInput): Graph {
  const people = livePeople(input.people);
  const nodes = [meNode(input.meLabel ?? ''), ...personNodes(input, people)];
  const nodeCount = nodes.length;
  const indexOf = new Map<Id, number>(people.map((person, index) => [person.id, index + 1]));
  const evidence = new PairEvidence(nodeCount);

  for (const key of relationPairs(input, people, indexOf, nodeCount)) {
    evidence.add(Math.floor(key / nodeCount), key % nodeCount, RELATION_WEIGHT, 'relation');
  }
  const touchCounts = countSharedTouches(input.touches, indexOf, nodeCount);
  for (const key of [...touchCounts.keys()].sort((x, y) => x - y)) {
    const weight = sharedTouchWeight(touchCounts.get(key) ?? 0);
    evidence.add(Math.floor(key / nodeCount), key % nodeCount, weight, 'touch');
  }
  for (const group of liveGroups(input.groups)) {
    const members = groupMembers(group, indexOf);
    for (const member of members) nodes[member]?.groupIds.push(group.id);
    forEachMemberLink(members, (a, b) => {
      evidence.add(a, b, SHARED_GROUP_WEIGHT, 'group');
    });
  }
  for (const members of organisationMembers(nodes)) {
    forEachMemberLink(members, (a, b) => {
      evidence.add(a, b, SHARED_ORGANISATION_WEIGHT, 'organisation');
    });
  }

  const ties: GraphEdge[] = [];
  for (let index = 1; index < nodeCount; index++) {
    ties.push({ source: 0, target: index, kind: 'tie', weight: nodes[index]?.strength ?? 0 });
  }
  return { nodes, edges: [...ties, ...evidence.edges()] };
}
