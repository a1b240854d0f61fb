// Builders for the graph tests: people, relations, groups and touches with only the fields
// the graph reads, and an input around them.
import type { GraphGroup, GraphInput, GraphPerson, GraphRelation } from '../../src/domain/graph';
import type { GraphTouch } from '../../src/domain/graph';
import { person as contact, SETTINGS, STOCKHOLM, at } from './tie-health';
import type { Contact, Id } from '../../src/domain/types';

export const NOW = at('2025-03-12T12:00:00Z');

export function person(id: Id, overrides: Partial<Contact> = {}): GraphPerson {
  return contact({ id, displayName: id, ...overrides });
}

export function relation(
  fromId: Id,
  toId: Id,
  overrides: Partial<GraphRelation> = {},
): GraphRelation {
  return { fromId, toId, ...overrides };
}

export function group(id: Id, memberIds: Id[], overrides: Partial<GraphGroup> = {}): GraphGroup {
  return { id, name: id, memberIds, ...overrides };
}

export function touch(participantIds: Id[], overrides: Partial<GraphTouch> = {}): GraphTouch {
  return { participantIds, ...overrides };
}

export function input(overrides: Partial<GraphInput> = {}): GraphInput {
  return {
    people: [],
    relations: [],
    groups: [],
    touches: [],
    now: NOW,
    timeZone: STOCKHOLM,
    settings: { tierCadenceDays: SETTINGS.tierCadenceDays },
    ...overrides,
  };
}
