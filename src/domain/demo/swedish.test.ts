import { describe, expect, it } from 'vitest';
import {
  CONTACT_NOTES,
  EXTERNAL_HOW_WE_MET,
  EXTERNAL_ROLES,
  EXTERNAL_TAGS,
  EXTRA_EXPERTISE,
  GOAL_TEMPLATES,
  GROUP_TEMPLATES,
  INTERACTION_NOTES,
  INTERNAL_HOW_WE_MET,
  INTERNAL_ROLES,
  NEW_CONTACT_HOW_WE_MET,
  NEXT_TIME_NOTES,
} from './catalog';
import { DEMO_PARAMS, generateNetwork } from './generate-network';
import { hasSwedish, swedishNetwork } from './swedish';
import { expertiseMatcher, neededExpertiseOf } from '../tie-health/goal-expertise';
import { normalizeText } from '../text';

const NOW = Date.UTC(2026, 11, 7, 9, 0);
const english = generateNetwork({ ...DEMO_PARAMS, now: NOW });
const swedish = swedishNetwork(english);

/** Every text of the demo's vocabulary that a person, touch, group or goal can carry. */
const CATALOGUE_TEXTS = [
  ...INTERNAL_ROLES.flatMap(([role, team]) => [role.title, ...role.expertise, team]),
  ...EXTERNAL_ROLES.flatMap((role) => [role.title, ...role.expertise]),
  ...EXTRA_EXPERTISE,
  ...EXTERNAL_TAGS,
  ...INTERNAL_HOW_WE_MET,
  ...EXTERNAL_HOW_WE_MET,
  ...NEW_CONTACT_HOW_WE_MET,
  ...CONTACT_NOTES,
  ...NEXT_TIME_NOTES,
  ...INTERACTION_NOTES,
  ...GROUP_TEMPLATES.flatMap((group) => [group.name, group.notes, group.leadersExperience]),
  ...GOAL_TEMPLATES.flatMap((goal) => [goal.title, goal.why, ...goal.neededExpertise]),
].filter((text) => text !== '');

describe('the demo network in Swedish', () => {
  it('has Swedish words for every text of the demo’s vocabulary', () => {
    expect(CATALOGUE_TEXTS.filter((text) => !hasSwedish(text))).toEqual([]);
  });

  it('is the same network, people, touches and links, with its texts in Swedish', () => {
    expect(swedish.contacts.map((contact) => contact.id)).toEqual(
      english.contacts.map((contact) => contact.id),
    );
    expect(swedish.goals.map((goal) => goal.title)).toEqual([
      'Etablera oss på den tyska marknaden',
      'Anställa en datachef',
    ]);
    expect(swedish.goals[1]?.neededExpertise).toEqual(['rekrytering', 'dataanalys']);
    const roles = new Set(swedish.contacts.map((contact) => contact.role));
    expect(roles.has('Ekonomichef')).toBe(true);
    expect(roles.has('CFO')).toBe(false);
  });

  it('finds people for the goals’ needs in Swedish as the English one does in English', () => {
    const holders = (network: typeof english) => {
      const match = expertiseMatcher(neededExpertiseOf(network.goals));
      return network.goals.map((goal) =>
        goal.neededExpertise.map(
          (need) =>
            network.contacts.filter((contact) =>
              match(contact.expertise).some((entry) => entry.key === normalizeText(need)),
            ).length,
        ),
      );
    };
    expect(holders(swedish)).toEqual(holders(english));
    // Every need has someone; the planned gap (German labour law) one person only.
    expect(holders(swedish)[0]?.[2]).toBe(1);
    expect(
      holders(swedish)
        .flat()
        .every((count) => count > 0),
    ).toBe(true);
  });

  it('lets search find people by their Swedish role', () => {
    const cfo = swedish.contacts.find((contact) => contact.role === 'Ekonomichef');
    expect(cfo?.searchText).toContain('ekonomichef');
  });
});
