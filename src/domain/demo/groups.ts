import type { Group } from '../types';
import { GROUP_TEMPLATES, type GroupTemplate } from './catalog';
import type { Period, PersonDraft } from './people';
import type { Random } from './random';
import { sample } from './sampling';
import { DAY_MS } from './time';

/** A generated group and the people in it (as drafts, so touches can gather members). */
export type GroupDraft = { group: Group; members: PersonDraft[] };

const IS_WARM = new Set(['inner', 'close', 'active']);

function poolFor(template: GroupTemplate, people: PersonDraft[]): PersonDraft[] {
  const settled = people.filter((person) => !person.isNew);
  switch (template.pool) {
    case 'internal':
      return settled.filter(
        (person) => person.affiliation === 'internal' && IS_WARM.has(person.tier),
      );
    case 'external':
      return settled.filter(
        (person) => person.affiliation === 'external' && person.tier !== 'inner',
      );
    case 'anyone':
      return settled.filter((person) => IS_WARM.has(person.tier));
  }
}

/** The formal network, board, team and circle of the demo, with their members. */
export function createGroups(
  random: Random,
  ids: Random,
  people: PersonDraft[],
  period: Period,
): GroupDraft[] {
  return GROUP_TEMPLATES.map((template) => {
    const members = sample(random, poolFor(template, people), template.size);
    if (template.addsExpertise !== undefined) {
      const expertise = template.addsExpertise;
      for (const member of members) {
        if (!member.expertise.includes(expertise)) member.expertise.push(expertise);
      }
    }
    const createdAt = Math.round(
      Math.min(period.now, period.start + random.between(0, 30) * DAY_MS),
    );
    const group: Group = {
      id: ids.uuid(),
      createdAt,
      updatedAt: createdAt,
      source: 'demo',
      name: template.name,
      kind: template.kind,
      meetingsPerYear: template.meetingsPerYear,
      memberIds: members.map((member) => member.id),
      hasSpeakers: template.hasSpeakers,
      hasSocialActivities: template.hasSocialActivities,
      hasSports: template.hasSports,
      leadersExperience: template.leadersExperience,
      costPerYear: template.costPerYear,
      notes: template.notes,
    };
    return { group, members };
  });
}
