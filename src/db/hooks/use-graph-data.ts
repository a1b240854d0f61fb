// What the network graph is built from (domain/graph/build-graph.ts), read live. Each table
// is its own live query, so a write re-reads only the table it touched: renaming a person
// does not re-read every interaction. Rows are cut down to the fields the graph reads.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { GraphGroup, GraphPerson, GraphRelation, GraphTouch } from '../../domain/graph';
import type { Contact, Settings } from '../../domain/types';

export type GraphData = {
  people: GraphPerson[];
  relations: GraphRelation[];
  groups: GraphGroup[];
  /** Touches with two or more people: the only ones that link people to each other. */
  touches: GraphTouch[];
  settings: Settings;
};

function graphPersonOf(contact: Contact): GraphPerson {
  return {
    id: contact.id,
    displayName: contact.displayName,
    givenName: contact.givenName,
    familyName: contact.familyName,
    organisation: contact.organisation,
    affiliation: contact.affiliation,
    tags: contact.tags,
    tier: contact.tier,
    cadenceDays: contact.cadenceDays,
    isPaused: contact.isPaused,
    isArchived: contact.isArchived,
    deletedAt: contact.deletedAt,
    createdAt: contact.createdAt,
    lastTouchAt: contact.lastTouchAt,
    touchCount: contact.touchCount,
    strength: contact.strength,
    gave: contact.gave,
    received: contact.received,
    initiative: contact.initiative,
    metViaId: contact.metViaId,
  };
}

/** People in the graph: not deleted and not archived (the graph leaves both out). */
export async function readGraphPeople(): Promise<GraphPerson[]> {
  const all = await db.contacts.toArray();
  return all
    .filter((contact) => contact.deletedAt === undefined && !contact.isArchived)
    .map(graphPersonOf);
}

export async function readGraphRelations(): Promise<GraphRelation[]> {
  const all = await db.relations.toArray();
  return all
    .filter((relation) => relation.deletedAt === undefined)
    .map(({ fromId, toId }) => ({ fromId, toId }));
}

export async function readGraphGroups(): Promise<GraphGroup[]> {
  const all = await db.groups.toArray();
  return all
    .filter((group) => group.deletedAt === undefined)
    .map(({ id, name, memberIds }) => ({ id, name, memberIds }));
}

/**
 * Touches shared by two or more people. There is no index on the number of participants,
 * so this reads every interaction once (one getAll) and keeps the participants only.
 */
export async function readGraphTouches(): Promise<GraphTouch[]> {
  const all = await db.interactions.toArray();
  const shared: GraphTouch[] = [];
  for (const touch of all) {
    if (touch.deletedAt === undefined && touch.participantIds.length >= 2) {
      shared.push({ participantIds: touch.participantIds });
    }
  }
  return shared;
}

/** Everything the graph is built from, kept live; undefined until all of it is read. */
export function useGraphData(): GraphData | undefined {
  const people = useLiveQuery(readGraphPeople, []);
  const relations = useLiveQuery(readGraphRelations, []);
  const groups = useLiveQuery(readGraphGroups, []);
  const touches = useLiveQuery(readGraphTouches, []);
  const settings = useLiveQuery(() => db.settings.get('settings'), []);
  return useMemo(
    () =>
      people && relations && groups && touches && settings
        ? { people, relations, groups, touches, settings }
        : undefined,
    [people, relations, groups, touches, settings],
  );
}
