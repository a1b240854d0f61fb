import { describe, expect, it } from 'vitest';
import { searchTextOf, sortNameOf } from '../contact';
import { rebuildDerived } from '../tie-health';
import { DEFAULT_SETTINGS, type Contact, type Touch, type Tier } from '../types';
import { DEMO_PARAMS, generateNetwork, type Network } from './generate-network';
import { SWEDISH } from './names';
import { tierCounts } from './people';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 2, 9, 30);
const demo = generateNetwork({ ...DEMO_PARAMS, now: NOW });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function touchesByPerson(network: Network): Map<string, Touch[]> {
  const byPerson = new Map<string, Touch[]>();
  for (const touch of network.interactions) {
    for (const id of touch.participantIds) byPerson.set(id, [...(byPerson.get(id) ?? []), touch]);
  }
  return byPerson;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function inTier(tier: Tier): Contact[] {
  return demo.contacts.filter((contact) => contact.tier === tier);
}

describe('generateNetwork: reproducibility', () => {
  it('gives identical output for the same seed, parameters and now', () => {
    expect(generateNetwork({ ...DEMO_PARAMS, now: NOW })).toEqual(demo);
  });

  it('gives a different network for a different seed', () => {
    const other = generateNetwork({ ...DEMO_PARAMS, seed: DEMO_PARAMS.seed + 1, now: NOW });
    expect(other.contacts.map((c) => c.id)).not.toEqual(demo.contacts.map((c) => c.id));
    expect(other.contacts.map((c) => c.sortName)).not.toEqual(demo.contacts.map((c) => c.sortName));
  });

  it('gives every record a unique UUID-shaped id', () => {
    const ids = [
      ...demo.contacts,
      ...demo.interactions,
      ...demo.relations,
      ...demo.groups,
      ...demo.goals,
    ].map((record) => record.id);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks every record as demo data', () => {
    const sources = new Set(
      [
        ...demo.contacts,
        ...demo.interactions,
        ...demo.participations,
        ...demo.relations,
        ...demo.groups,
        ...demo.goals,
      ].map((record) => record.source),
    );
    expect([...sources]).toEqual(['demo']);
  });
});

describe('generateNetwork: the demo people', () => {
  it('has about 150 people in Dunbar-like layers', () => {
    expect(demo.contacts).toHaveLength(150);
    expect(inTier('inner')).toHaveLength(5);
    expect(inTier('close')).toHaveLength(15);
    expect(inTier('active')).toHaveLength(50);
    expect(inTier('wide').length + inTier('acquaintance').length).toBe(80);
  });

  it('scales the layers down for a small network and never beyond Dunbar for a big one', () => {
    expect(tierCounts(30)).toEqual({ inner: 1, close: 3, active: 10, wide: 10, acquaintance: 6 });
    const big = tierCounts(10_000);
    expect([big.inner, big.close, big.active]).toEqual([5, 15, 50]);
  });

  it('mixes internal colleagues with people from many other organisations', () => {
    const internal = demo.contacts.filter((c) => c.affiliation === 'internal');
    expect(internal.length).toBeGreaterThan(20);
    expect(internal.length).toBeLessThan(60);
    expect(new Set(internal.map((c) => c.organisation)).size).toBe(1);
    const externalOrganisations = new Set(
      demo.contacts.filter((c) => c.affiliation === 'external').map((c) => c.organisation),
    );
    expect(externalOrganisations.size).toBeGreaterThanOrEqual(10);
  });

  it('has Swedish and international names, with diacritics', () => {
    const names = demo.contacts.map((c) => `${c.givenName} ${c.familyName}`);
    expect(names.some((name) => /[åäöÅÄÖ]/.test(name))).toBe(true);
    expect(names.some((name) => /[øéüßłðñçíš]/i.test(name))).toBe(true);
    const international = demo.contacts.filter((c) => !SWEDISH.given.includes(c.givenName));
    expect(international.length).toBeGreaterThan(15);
  });

  it('gives people roles, tags and expertise such as M&A and Germany', () => {
    expect(demo.contacts.every((c) => c.role !== '' && c.expertise.length > 0)).toBe(true);
    const expertise = new Set(demo.contacts.flatMap((c) => c.expertise));
    for (const needed of ['M&A', 'pricing', 'recruiting', 'Germany', 'cloud', 'board work']) {
      expect(expertise).toContain(needed);
    }
    expect(demo.contacts.filter((c) => c.tags.length > 0).length).toBeGreaterThan(75);
  });

  it('sets sort and search text the way the app computes them', () => {
    for (const contact of demo.contacts) {
      expect(contact.sortName).toBe(sortNameOf(contact));
      expect(contact.searchText).toBe(searchTextOf(contact));
    }
  });

  it('has a few birthdays, one of them within the week', () => {
    const withBirthday = demo.contacts.filter((c) => c.birthday !== undefined);
    expect(withBirthday.length).toBeGreaterThanOrEqual(5);
    const soon = new Date(NOW + 3 * DAY_MS);
    expect(
      withBirthday.some(
        (c) => c.birthday?.month === soon.getUTCMonth() + 1 && c.birthday.day === soon.getUTCDate(),
      ),
    ).toBe(true);
  });

  it('records how people met, some through someone the user already knew', () => {
    expect(demo.contacts.filter((c) => c.howWeMet !== '').length).toBeGreaterThan(100);
    const ids = new Set(demo.contacts.map((c) => c.id));
    const introduced = demo.contacts.filter((c) => c.metViaId !== undefined);
    expect(introduced.length).toBeGreaterThan(3);
    for (const contact of introduced) expect(ids.has(contact.metViaId ?? '')).toBe(true);
  });
});

describe('generateNetwork: the demo touches', () => {
  const byPerson = touchesByPerson(demo);

  it('has exactly the asked number of touches, each with people who exist', () => {
    expect(demo.interactions).toHaveLength(DEMO_PARAMS.touchCount);
    const ids = new Set(demo.contacts.map((c) => c.id));
    for (const touch of demo.interactions) {
      expect(touch.participantIds.length).toBeGreaterThan(0);
      expect(new Set(touch.participantIds).size).toBe(touch.participantIds.length);
      for (const id of touch.participantIds) expect(ids.has(id)).toBe(true);
    }
  });

  it('has one participation per touch and participant, at the touch time', () => {
    const expected = demo.interactions.flatMap((touch) =>
      touch.participantIds.map((contactId) => ({
        id: `${touch.id}:${contactId}`,
        interactionId: touch.id,
        contactId,
        at: touch.at,
        source: 'demo',
      })),
    );
    expect(demo.participations).toEqual(expected);
  });

  it('covers about two years and nothing in the future', () => {
    const times = demo.interactions.map((touch) => touch.at);
    const first = Math.min(...times);
    const last = Math.max(...times);
    expect(last).toBeLessThanOrEqual(NOW);
    expect(first).toBeGreaterThanOrEqual(NOW - 2 * 365.25 * DAY_MS);
    expect(last - first).toBeGreaterThan(1.8 * 365 * DAY_MS);
    expect(NOW - last).toBeLessThan(3 * DAY_MS);
    for (const touch of demo.interactions) expect(touch.createdAt).toBeGreaterThanOrEqual(touch.at);
  });

  it('derives last touch, touch count and initiative from each person’s touches', () => {
    for (const contact of demo.contacts) {
      const touches = byPerson.get(contact.id) ?? [];
      expect(contact.touchCount).toBe(touches.length);
      const last = touches.length ? Math.max(...touches.map((t) => t.at)) : undefined;
      expect(contact.lastTouchAt).toBe(last);
      const { me, them, unknown } = contact.initiative;
      expect(me + them + unknown).toBe(touches.length);
      expect(me).toBe(touches.filter((t) => t.initiator === 'me').length);
      for (const touch of touches) expect(touch.at).toBeGreaterThanOrEqual(contact.createdAt);
    }
  });

  it('sets every derived field exactly as a rebuild from the person’s touches would', () => {
    const settings = { tierCadenceDays: DEFAULT_SETTINGS.tierCadenceDays };
    for (const contact of demo.contacts) {
      const rebuilt = rebuildDerived(contact, byPerson.get(contact.id) ?? [], settings);
      expect(contact).toMatchObject(rebuilt);
      if (!contact.isPaused && contact.cadenceDays !== null) {
        expect(contact.nextDueAt).toBeGreaterThan(contact.createdAt);
      }
    }
    expect(demo.contacts.some((contact) => contact.strength.value > 0)).toBe(true);
    expect(demo.contacts.some((contact) => contact.gave.value > 0)).toBe(true);
  });

  it('computes next-due times with the cadences it is given', () => {
    const tierCadenceDays = { ...DEFAULT_SETTINGS.tierCadenceDays, inner: 7 };
    const network = generateNetwork({ ...DEMO_PARAMS, now: NOW, settings: { tierCadenceDays } });
    const inner = network.contacts.find(
      (contact) => contact.tier === 'inner' && contact.lastTouchAt !== undefined,
    );
    expect(inner?.nextDueAt).toBe((inner?.lastTouchAt ?? 0) + 7 * DAY_MS);
  });

  it('touches inner ties most often and wide ties rarely', () => {
    const counts = (tier: Tier) => median(inTier(tier).map((c) => c.touchCount));
    expect(counts('inner')).toBeGreaterThan(counts('close'));
    expect(counts('close')).toBeGreaterThan(counts('active'));
    expect(counts('active')).toBeGreaterThan(counts('wide'));
    const daysSince = (c: Contact) => (NOW - (c.lastTouchAt ?? 0)) / DAY_MS;
    for (const inner of inTier('inner')) expect(daysSince(inner)).toBeLessThan(14);
  });

  it('lets some ties go stale or dormant and has some people new this month', () => {
    const cadence = DEFAULT_SETTINGS.tierCadenceDays;
    const dormant = demo.contacts.filter((c) => {
      const days = (NOW - (c.lastTouchAt ?? c.createdAt)) / DAY_MS;
      return c.touchCount > 0 && days > 2 * (cadence[c.tier] ?? 365);
    });
    expect(dormant.length).toBeGreaterThanOrEqual(3);
    const isNew = (c: Contact) => NOW - c.createdAt < 30 * DAY_MS && c.touchCount <= 1;
    expect(demo.contacts.filter(isNew).length).toBeGreaterThanOrEqual(3);
    expect(demo.contacts.filter((c) => NOW - c.createdAt < 30 * DAY_MS).every(isNew)).toBe(true);
  });

  it('uses every realistic kind and has touches with several people', () => {
    const kinds = new Set(demo.interactions.map((t) => t.kind));
    for (const kind of [
      'coffee',
      'meal',
      'meeting',
      'call',
      'video',
      'message',
      'email',
      'event',
    ]) {
      expect(kinds).toContain(kind);
    }
    const shared = demo.interactions.filter((t) => t.participantIds.length > 1);
    expect(shared.length).toBeGreaterThan(50);
  });

  it('has value flowing both ways, asks, and a few lopsided ties', () => {
    expect(demo.interactions.filter((t) => t.gave.length > 0).length).toBeGreaterThan(50);
    expect(demo.interactions.filter((t) => t.received.length > 0).length).toBeGreaterThan(50);
    expect(demo.interactions.filter((t) => t.askedForHelp).length).toBeGreaterThan(20);
    const lopsided = demo.contacts.filter((c) => {
      const touches = byPerson.get(c.id) ?? [];
      const gave = touches.filter((t) => t.gave.length > 0).length;
      const received = touches.filter((t) => t.received.length > 0).length;
      return received >= 3 && received >= 3 * gave;
    });
    expect(lopsided.length).toBeGreaterThanOrEqual(2);
    const oneSided = demo.contacts.filter(
      (c) => c.touchCount >= 5 && c.initiative.me >= 0.8 * c.touchCount,
    );
    expect(oneSided.length).toBeGreaterThanOrEqual(1);
  });
});

describe('generateNetwork: relations, groups and goals', () => {
  const ids = new Set(demo.contacts.map((c) => c.id));

  it('links people with every kind of relation, between people who exist', () => {
    const kinds = new Set(demo.relations.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['family', 'introduced-by', 'knows', 'works-with']);
    for (const relation of demo.relations) {
      expect(ids.has(relation.fromId) && ids.has(relation.toId)).toBe(true);
      expect(relation.fromId).not.toBe(relation.toId);
    }
  });

  it('clusters works-with links inside organisations', () => {
    const organisationOf = new Map(demo.contacts.map((c) => [c.id, c.organisation]));
    for (const relation of demo.relations.filter((r) => r.kind === 'works-with')) {
      expect(organisationOf.get(relation.fromId)).toBe(organisationOf.get(relation.toId));
    }
  });

  it('has a formal network, a board and a team, with members and meeting rhythms', () => {
    expect(demo.groups.length).toBeGreaterThanOrEqual(3);
    expect(demo.groups.length).toBeLessThanOrEqual(4);
    expect(demo.groups.map((g) => g.kind)).toEqual(
      expect.arrayContaining(['network', 'board', 'team']),
    );
    for (const group of demo.groups) {
      expect(group.memberIds.length).toBeGreaterThanOrEqual(3);
      expect(group.meetingsPerYear).toBeGreaterThan(0);
      for (const id of group.memberIds) expect(ids.has(id)).toBe(true);
    }
  });

  it('has goals needing expertise, linked to people who have some of it', () => {
    expect(demo.goals.length).toBeGreaterThanOrEqual(1);
    expect(demo.goals.length).toBeLessThanOrEqual(2);
    const byId = new Map(demo.contacts.map((c) => [c.id, c]));
    for (const goal of demo.goals) {
      expect(goal.neededExpertise.length).toBeGreaterThan(0);
      expect(goal.contactIds.length).toBeGreaterThan(0);
      for (const id of goal.contactIds) {
        const expertise = byId.get(id)?.expertise ?? [];
        expect(expertise.some((e) => goal.neededExpertise.includes(e))).toBe(true);
      }
    }
  });
});

describe('generateNetwork: other sizes', () => {
  it('makes a benchmark-sized network with exact counts', () => {
    const network = generateNetwork({
      seed: 7,
      peopleCount: 3_000,
      touchCount: 30_000,
      years: 2,
      now: NOW,
    });
    expect(network.contacts).toHaveLength(3_000);
    expect(network.interactions).toHaveLength(30_000);
    const participantCount = network.interactions.reduce((n, t) => n + t.participantIds.length, 0);
    expect(network.participations).toHaveLength(participantCount);
    const touchCount = network.contacts.reduce((n, c) => n + c.touchCount, 0);
    expect(touchCount).toBe(participantCount);
    expect(new Set(network.contacts.map((c) => c.id)).size).toBe(3_000);
    // 30,000 touches generated: 2.3 s measured with both cores busy (load average 7.7).
  }, 20_000);

  it('handles tiny and empty networks', () => {
    const tiny = generateNetwork({
      seed: 1,
      peopleCount: 3,
      touchCount: 40,
      years: 1,
      now: NOW,
    });
    expect(tiny.contacts).toHaveLength(3);
    expect(tiny.interactions).toHaveLength(40);
    const empty = generateNetwork({
      seed: 1,
      peopleCount: 0,
      touchCount: 0,
      years: 1,
      now: NOW,
    });
    expect(empty.contacts).toEqual([]);
    expect(empty.interactions).toEqual([]);
  });

  it('refuses parameters that make no sense', () => {
    const base = { seed: 1, peopleCount: 10, touchCount: 10, years: 1, now: NOW };
    expect(() => generateNetwork({ ...base, peopleCount: -1 })).toThrow(RangeError);
    expect(() => generateNetwork({ ...base, touchCount: 1.5 })).toThrow(RangeError);
    expect(() => generateNetwork({ ...base, peopleCount: 0 })).toThrow(RangeError);
    expect(() => generateNetwork({ ...base, years: 0 })).toThrow(RangeError);
  });
});
