// Who knows whom in the demo network. Links cluster the way real ones do: colleagues work
// with a few colleagues, members of a group know each other, introductions leave an
// "introduced-by" link, relatives are family, and a sprinkle of cross-links joins clusters.
// Direction: `fromId` is the person the relation is about; "A introduced-by B" means B
// introduced A to the user.

import type { EpochMs, Relation, RelationKind } from '../types';
import type { GroupDraft } from './groups';
import { colleaguesByOrganisation, type FamilyPair, type PersonDraft } from './people';
import type { Random } from './random';

const CROSS_LINKS_PER_PERSON = 0.25;

export function createRelations(
  random: Random,
  ids: Random,
  people: readonly PersonDraft[],
  groups: readonly GroupDraft[],
  familyPairs: readonly FamilyPair[],
): Relation[] {
  const relations: Relation[] = [];
  const linked = new Set<string>();
  const byId = new Map(people.map((person) => [person.id, person]));

  const link = (from: PersonDraft, to: PersonDraft, kind: RelationKind, note = ''): void => {
    const key = from.id < to.id ? `${from.id}|${to.id}` : `${to.id}|${from.id}`;
    if (from === to || linked.has(key)) return;
    linked.add(key);
    const createdAt: EpochMs = Math.max(from.createdAt, to.createdAt);
    relations.push({
      id: ids.uuid(),
      createdAt,
      updatedAt: createdAt,
      source: 'demo',
      fromId: from.id,
      toId: to.id,
      kind,
      note,
    });
  };

  for (const [first, second] of familyPairs) link(second, first, 'family', 'Siblings');
  for (const person of people) {
    const via = person.metViaId === undefined ? undefined : byId.get(person.metViaId);
    if (via) link(person, via, 'introduced-by');
  }
  for (const colleagues of colleaguesByOrganisation(people).values()) {
    colleagues.forEach((person, index) => {
      if (index === 0) return;
      link(person, pickBefore(random, colleagues, index), 'works-with');
      if (random.chance(0.5)) link(person, pickBefore(random, colleagues, index), 'works-with');
    });
  }
  for (const { members } of groups) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        if (a && b) link(a, b, 'knows');
      }
    }
  }
  const crossLinks = Math.round(people.length * CROSS_LINKS_PER_PERSON);
  for (let i = 0; i < crossLinks && people.length >= 2; i++) {
    link(random.pick(people), random.pick(people), 'knows');
  }
  return relations;
}

function pickBefore(random: Random, list: readonly PersonDraft[], index: number): PersonDraft {
  return random.pick(list.slice(Math.max(0, index - 20), index));
}
