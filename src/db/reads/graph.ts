// What the network graph is built from (domain/graph/build-graph.ts), read by the layout
// worker (workers/force-layout.ts), never by the screen: at 2,000 people the rows take from a
// third of a second to seconds to deserialise, which on the main thread would freeze the page.
// Rows are cut down to the fields the graph reads before they cross to anyone else.
import { db } from '../db';
import type { GraphGroup, GraphPerson, GraphRelation, GraphTouch } from '../../domain/graph';
import type { Contact } from '../../domain/types';

/** The tables the graph is built from; a change to any of them changes the graph. */
export const GRAPH_TABLES = ['contacts', 'touchLogs', 'relations', 'groups'] as const;
export type GraphTable = (typeof GRAPH_TABLES)[number];

/**
 * A version per table: a number that changes whenever the table is written
 * (features/network/use-graph-data.ts keeps them). Whoever caches a table's rows reads it
 * again only when its version changes.
 */
export type GraphDataVersions = Record<GraphTable, number>;

/** The graph's rows, one entry per table. */
export type GraphRows = {
  people: GraphPerson[];
  relations: GraphRelation[];
  groups: GraphGroup[];
  /** Touches with two or more people: the only ones that link people to each other. */
  touches: GraphTouch[];
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
 * Touches shared by two or more people, each once. There is no index on the number of
 * participants, so this reads every touch log once (one getAll) and keeps the participants
 * only; a shared touch sits in each of its people's logs, so it is taken from the log of its
 * first participant alone.
 */
export async function readGraphTouches(): Promise<GraphTouch[]> {
  const shared: GraphTouch[] = [];
  for (const log of await db.touchLogs.toArray()) {
    for (const touch of log.touches) {
      if (
        touch.deletedAt === undefined &&
        touch.participantIds.length >= 2 &&
        touch.participantIds[0] === log.contactId
      ) {
        shared.push({ participantIds: touch.participantIds });
      }
    }
  }
  return shared;
}
