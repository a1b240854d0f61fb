import { describe, expect, it } from 'vitest';
import type { Contact, Group, Id, Relation } from '../types';
import { addToDecayed, EMPTY_DECAYED } from '../tie-health/decayed';
import { STRENGTH_HALF_LIFE_MS } from '../tie-health/strength';
import { at, daysBefore, person, SETTINGS, STOCKHOLM } from '../../../tests/support/tie-health';
import { PATHS_PER_NEED, pathsToHelp, type KnownLinks } from './paths';
import { whoCanHelp } from './who-can-help';

const NOW = at('2024-05-15T12:00+02:00');

/** A close tie (30-day cadence) with a touch `daysAgo` and strength units as of now. */
function tie(daysAgo: number, strengthUnits: number, overrides: Partial<Contact> = {}): Contact {
  return person({
    createdAt: at('2020-01-01T12:00Z'),
    lastTouchAt: daysBefore(NOW, daysAgo),
    touchCount: 3,
    strength: addToDecayed(EMPTY_DECAYED, strengthUnits, NOW, STRENGTH_HALF_LIFE_MS),
    ...overrides,
  });
}
const warm = (overrides: Partial<Contact> = {}) => tie(3, 3, overrides);
const coldHolder = (daysAgo = 90) => tie(daysAgo, 9, { expertise: ['German tax'] });

const NO_LINKS: KnownLinks = {
  relations: [],
  metVia: new Map(),
  groups: [],
  sharedTouches: new Map(),
};

function relation(fromId: Id, toId: Id, overrides: Partial<Relation> = {}): Relation {
  return {
    id: `r-${fromId}-${toId}`,
    createdAt: 0,
    updatedAt: 0,
    source: 'manual',
    fromId,
    toId,
    kind: 'works-with',
    note: '',
    ...overrides,
  };
}

function group(id: Id, memberIds: Id[]): Group {
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    source: 'manual',
    name: id,
    kind: 'network',
    memberIds,
    hasSpeakers: false,
    hasSocialActivities: false,
    hasSports: false,
    leadersExperience: '',
    notes: '',
  };
}

function paths(contacts: readonly Contact[], known: Partial<KnownLinks> = {}) {
  const [need] = whoCanHelp(
    { neededExpertise: ['German tax'] },
    contacts,
    NOW,
    SETTINGS,
    STOCKHOLM,
  );
  if (!need) throw new Error('expected one need');
  return pathsToHelp(need, contacts, { ...NO_LINKS, ...known }, NOW, SETTINGS, STOCKHOLM);
}

describe('pathsToHelp: revive', () => {
  it('offers cooled holders with how long since, warmest first', () => {
    const overdue = coldHolder(40);
    const dormant = coldHolder(90);
    const weak = tie(3, 0.5, { expertise: ['German tax'] });
    expect(paths([dormant, weak, overdue]).revive).toEqual([
      { contactId: weak.id, daysSinceTouch: 3, status: 'ok' },
      { contactId: overdue.id, daysSinceTouch: 40, status: 'overdue' },
      { contactId: dormant.id, daysSinceTouch: 90, status: 'dormant' },
    ]);
  });

  it('leaves paused holders out: the user chose to let them be', () => {
    expect(paths([tie(90, 9, { expertise: ['German tax'], isPaused: true })]).revive).toEqual([]);
  });

  it('keeps at most PATHS_PER_NEED', () => {
    const holders = Array.from({ length: PATHS_PER_NEED + 2 }, () => coldHolder());
    expect(paths(holders).revive).toHaveLength(PATHS_PER_NEED);
  });

  it('gives no paths for a covered need', () => {
    const advisor = warm({ expertise: ['German tax'] });
    const via = warm();
    const result = paths([advisor, coldHolder(), via], {
      relations: [relation(via.id, advisor.id)],
    });
    expect(result).toEqual({ revive: [], introductions: [] });
  });
});

describe('pathsToHelp: introductions', () => {
  it('finds a warm person with an explicit relation, in either direction', () => {
    const erik = coldHolder();
    const anna = warm();
    const li = warm();
    const result = paths([erik, anna, li], {
      relations: [relation(anna.id, erik.id), relation(erik.id, li.id, { kind: 'knows' })],
    });
    expect(result.introductions.map((path) => [path.viaId, path.through])).toEqual(
      expect.arrayContaining([
        [anna.id, 'relation'],
        [li.id, 'relation'],
      ]),
    );
    expect(result.introductions.every((path) => path.toId === erik.id)).toBe(true);
  });

  it('ignores deleted relations and deleted groups', () => {
    const erik = coldHolder();
    const anna = warm();
    const result = paths([erik, anna], {
      relations: [relation(anna.id, erik.id, { deletedAt: NOW })],
      groups: [{ ...group('board', [anna.id, erik.id]), deletedAt: NOW }],
    });
    expect(result.introductions).toEqual([]);
  });

  it('finds met-via in both directions', () => {
    const erik = coldHolder();
    const anna = warm();
    const li = warm();
    const result = paths([erik, anna, li], {
      metVia: new Map([
        [erik.id, anna.id],
        [li.id, erik.id],
      ]),
    });
    expect(result.introductions).toEqual(
      expect.arrayContaining([
        { viaId: anna.id, toId: erik.id, through: 'met-via' },
        { viaId: li.id, toId: erik.id, through: 'met-via' },
      ]),
    );
    expect(result.introductions).toHaveLength(2);
  });

  it('finds a shared group and names it', () => {
    const erik = coldHolder();
    const anna = warm();
    const result = paths([erik, anna], { groups: [group('board', [anna.id, erik.id])] });
    expect(result.introductions).toEqual([
      { viaId: anna.id, toId: erik.id, through: 'group', groupId: 'board' },
    ]);
  });

  it('finds shared touches and counts them', () => {
    const erik = coldHolder();
    const anna = warm();
    const result = paths([erik, anna], {
      sharedTouches: new Map([[erik.id, new Map([[anna.id, 4]])]]),
    });
    expect(result.introductions).toEqual([
      { viaId: anna.id, toId: erik.id, through: 'touches', sharedTouches: 4 },
    ]);
  });

  it('only lets warm people introduce, and never the holder themselves', () => {
    const erik = coldHolder();
    const otherHolder = coldHolder();
    const coldFriend = tie(90, 9);
    const result = paths([erik, otherHolder, coldFriend], {
      relations: [relation(coldFriend.id, erik.id), relation(otherHolder.id, erik.id)],
      groups: [group('team', [erik.id, erik.id])],
    });
    expect(result.introductions).toEqual([]);
  });

  it('keeps each pair once, by its best kind', () => {
    const erik = coldHolder();
    const anna = warm();
    const result = paths([erik, anna], {
      relations: [relation(anna.id, erik.id)],
      metVia: new Map([[erik.id, anna.id]]),
      groups: [group('board', [anna.id, erik.id])],
      sharedTouches: new Map([[erik.id, new Map([[anna.id, 9]])]]),
    });
    expect(result.introductions).toEqual([{ viaId: anna.id, toId: erik.id, through: 'relation' }]);
  });

  it('ranks relation > met-via > group > touches, then the warmer introducer', () => {
    const erik = coldHolder();
    const byTouchesStrong = warm({ strength: addToDecayed(EMPTY_DECAYED, 20, NOW, 1e12) });
    const byGroup = warm();
    const byMetVia = warm();
    const byRelationWeaker = tie(3, 2);
    const byRelationStronger = tie(3, 8);
    const result = paths(
      [erik, byTouchesStrong, byGroup, byMetVia, byRelationWeaker, byRelationStronger],
      {
        relations: [
          relation(erik.id, byRelationWeaker.id),
          relation(byRelationStronger.id, erik.id),
        ],
        metVia: new Map([[byMetVia.id, erik.id]]),
        groups: [group('board', [erik.id, byGroup.id])],
        sharedTouches: new Map([[erik.id, new Map([[byTouchesStrong.id, 12]])]]),
      },
    );
    expect(result.introductions.map((path) => [path.viaId, path.through])).toEqual([
      [byRelationStronger.id, 'relation'],
      [byRelationWeaker.id, 'relation'],
      [byMetVia.id, 'met-via'],
      [byGroup.id, 'group'],
      [byTouchesStrong.id, 'touches'],
    ]);
  });

  it('keeps at most PATHS_PER_NEED introductions', () => {
    const erik = coldHolder();
    const friends = Array.from({ length: PATHS_PER_NEED + 3 }, () => warm());
    const result = paths([erik, ...friends], {
      groups: [group('club', [erik.id, ...friends.map((friend) => friend.id)])],
    });
    expect(result.introductions).toHaveLength(PATHS_PER_NEED);
  });
});
