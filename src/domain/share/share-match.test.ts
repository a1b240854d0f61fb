import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../tests/support/people';
import type { Contact, Goal } from '../types';
import {
  labelWordsOf,
  phraseAt,
  sharedRunsOf,
  shareIndex,
  suggestShares,
  SHARE_MATCH_WEIGHTS,
  type ShareGoal,
  type SharedItem,
  type ShareMatch,
  type SharePerson,
} from './share-match';
import { shareWordOf } from './share-words';

const NOW = Date.UTC(2026, 11, 7, 9);
const DAY_MS = 86_400_000;

function shared(text: string, changes: Partial<SharedItem> = {}): SharedItem {
  return { title: '', text, url: '', ...changes };
}

function goal(changes: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-1',
    createdAt: 0,
    updatedAt: 0,
    source: 'manual',
    title: 'Expand into Germany',
    why: '',
    neededExpertise: [],
    status: 'active',
    contactIds: [],
    ...changes,
  };
}

/** The names suggested for a text, best first. */
function namesFor(
  people: readonly Contact[],
  item: SharedItem,
  goals: readonly ShareGoal[] = [],
): string[] {
  const byId = new Map(people.map((person) => [person.id, person.givenName]));
  return suggestShares(shareIndex(people, goals), item, NOW).suggestions.map(
    (suggestion) => byId.get(suggestion.personId) ?? suggestion.personId,
  );
}

function matchesOf(people: readonly Contact[], item: SharedItem, goals: readonly ShareGoal[] = []) {
  return suggestShares(shareIndex(people, goals), item, NOW).suggestions.map((s) => s.matches);
}

describe('share suggestions: words', () => {
  it('finds an English plural in the text for a singular expertise', () => {
    const anna = makePerson('Anna', 'Berg', { expertise: ['Negotiation'] });
    expect(namesFor([anna], shared('Five rules for tough negotiations'))).toEqual(['Anna']);
  });

  it('finds a singular in the text for a plural tag, and -ies for -y', () => {
    const bo = makePerson('Bo', 'Ek', { tags: ['companies'] });
    expect(namesFor([bo], shared('Why every company needs a board'))).toEqual(['Bo']);
  });

  it('meets Swedish plural and definite forms', () => {
    const cecilia = makePerson('Cecilia', 'Ås', { expertise: ['förhandling'] });
    for (const text of ['Tio tips om förhandlingar', 'Förhandlingen gick bra', 'förhandlingarna']) {
      expect(namesFor([cecilia], shared(text)), text).toEqual(['Cecilia']);
    }
  });

  it('ignores case and diacritics', () => {
    const dag = makePerson('Dag', 'Öst', { expertise: ['Förhandling'] });
    expect(namesFor([dag], shared('FORHANDLING i praktiken'))).toEqual(['Dag']);
    const eva = makePerson('Eva', 'Ny', { tags: ['forhandling'] });
    expect(namesFor([eva], shared('förhandling'))).toEqual(['Eva']);
  });

  it('never makes a match from common words alone', () => {
    const fia = makePerson('Fia', 'Lund', { tags: ['the', 'och'] });
    expect(namesFor([fia], shared('The cat och the dog'))).toEqual([]);
  });

  it('takes a label of common words written in capitals as an acronym', () => {
    const goran = makePerson('Göran', 'Sand', { expertise: ['IT'] });
    expect(namesFor([goran], shared('Is it worth it?'))).toEqual([]);
    expect(namesFor([goran], shared('How IT budgets grow'))).toEqual(['Göran']);
  });

  it('matches a label of several words only as a phrase', () => {
    const hanna = makePerson('Hanna', 'Vik', { expertise: ['Supply chain'] });
    expect(namesFor([hanna], shared('A chain of supply stores'))).toEqual([]);
    expect(namesFor([hanna], shared('Supply. Chain stores'))).toEqual([]);
    expect(namesFor([hanna], shared('Rethinking supply chains after 2025'))).toEqual(['Hanna']);
  });

  it('keeps "M&A" one word', () => {
    const ivar = makePerson('Ivar', 'Holm', { expertise: ['M&A'] });
    expect(namesFor([ivar], shared('A guide to m&a due diligence'))).toEqual(['Ivar']);
    expect(namesFor([ivar], shared('A to M or A'))).toEqual([]);
  });

  it('reads the words of the shared link’s path, not its host', () => {
    const jon = makePerson('Jon', 'Ström', { expertise: ['Pricing'] });
    const link = 'https://pricing.example.com/blog/2026/saas-pricing-strategy.html?ref=pricing';
    expect(namesFor([jon], shared('', { url: link }))).toEqual(['Jon']);
    expect(namesFor([jon], shared('', { url: 'https://pricing.example.com/blog/' }))).toEqual([]);
  });

  it('reads a link written in the text the same way', () => {
    const jon = makePerson('Jon', 'Ström', { expertise: ['Supply chain'] });
    const text = 'Worth a read https://example.com/news/supply-chain-risks';
    expect(namesFor([jon], shared(text))).toEqual(['Jon']);
  });

  it('suggests no one for an empty share', () => {
    const kim = makePerson('Kim', 'Ahl', { expertise: ['Pricing'] });
    expect(namesFor([kim], shared('', { title: ' ', url: '' }))).toEqual([]);
  });

  it('leaves out archived and deleted people', () => {
    const people = [
      makePerson('Lo', 'A', { expertise: ['Pricing'], isArchived: true }),
      makePerson('Mo', 'B', { expertise: ['Pricing'], deletedAt: 5 }),
    ];
    expect(namesFor(people, shared('pricing'))).toEqual([]);
  });
});

describe('share suggestions: goals', () => {
  it('suggests people linked to an active goal whose title words appear', () => {
    const nils = makePerson('Nils', 'Berg');
    const goals = [goal({ contactIds: [nils.id] })];
    expect(namesFor([nils], shared('Selling to Germany in 2027'), goals)).toEqual(['Nils']);
    expect(matchesOf([nils], shared('Germany'), goals)).toEqual([
      [{ source: 'goal', label: 'Expand into Germany', goalId: 'goal-1' }],
    ]);
  });

  it('suggests people whose expertise covers a need of the goal the text is about', () => {
    const olle = makePerson('Olle', 'Dahl', { expertise: ['Tysk marknad'] });
    const goals = [goal({ neededExpertise: ['Tysk marknad', 'Logistik'] })];
    // "logistik" is not Olle's expertise, but it is a need of a goal he can help with.
    expect(matchesOf([olle], shared('Logistik i Europa'), goals)).toEqual([
      [{ source: 'goal', label: 'Expand into Germany', goalId: 'goal-1' }],
    ]);
  });

  it('ignores goals that are done, archived or deleted', () => {
    const per = makePerson('Per', 'Ek');
    const goals = [
      goal({ id: 'g1', status: 'done', contactIds: [per.id] }),
      goal({ id: 'g2', status: 'archived', contactIds: [per.id] }),
      goal({ id: 'g3', deletedAt: 1, contactIds: [per.id] }),
    ];
    expect(namesFor([per], shared('Germany'), goals)).toEqual([]);
  });

  it('counts a goal once, however many of its words appear', () => {
    const rut = makePerson('Rut', 'Ek');
    const goals = [goal({ contactIds: [rut.id], neededExpertise: ['Logistics'] })];
    const [suggestion] = suggestShares(
      shareIndex([rut], goals),
      shared('Expand logistics into Germany'),
      NOW,
    ).suggestions;
    expect(suggestion?.matches).toHaveLength(1);
    expect(suggestion?.weight).toBe(SHARE_MATCH_WEIGHTS.goal);
  });
});

describe('share suggestions: ranking', () => {
  it('ranks by the weight of what matched: expertise over a goal over a tag', () => {
    const tagged = makePerson('Tagged', 'A', { tags: ['Pricing'] });
    const expert = makePerson('Expert', 'B', { expertise: ['Pricing'] });
    const linked = makePerson('Linked', 'C');
    const goals = [goal({ title: 'Pricing review', contactIds: [linked.id] })];
    expect(namesFor([tagged, linked, expert], shared('On pricing'), goals)).toEqual([
      'Expert',
      'Linked',
      'Tagged',
    ]);
  });

  it('ranks more matches above fewer', () => {
    const one = makePerson('One', 'A', { expertise: ['Pricing'] });
    const two = makePerson('Two', 'B', { expertise: ['Pricing', 'SaaS'] });
    expect(namesFor([one, two], shared('SaaS pricing'))).toEqual(['Two', 'One']);
  });

  it('breaks a tie by warmth: the stronger tie first', () => {
    const cold = makePerson('Cold', 'A', { expertise: ['Pricing'] });
    const warm = makePerson('Warm', 'B', {
      expertise: ['Pricing'],
      strength: { value: 6, at: NOW - 10 * DAY_MS },
    });
    expect(namesFor([cold, warm], shared('pricing'))).toEqual(['Warm', 'Cold']);
  });

  it('says what matched, each thing once, in the words of the label', () => {
    const ulla = makePerson('Ulla', 'Ek', {
      expertise: ['Supply chain', 'supply chain'],
      tags: ['Logistics'],
    });
    expect(matchesOf([ulla], shared('Supply chain logistics; more supply chain'))).toEqual([
      [
        { source: 'expertise', label: 'Supply chain' },
        { source: 'tag', label: 'Logistics' },
      ],
    ]);
  });

  it('returns at most the number asked for, the best of them, and counts everyone matched', () => {
    const tagged = ['A', 'B', 'C'].map((name) => makePerson(name, 'X', { tags: ['pricing'] }));
    const warm = makePerson('D', 'X', {
      tags: ['pricing'],
      strength: { value: 6, at: NOW - 10 * DAY_MS },
    });
    const expert = makePerson('E', 'X', { expertise: ['pricing'] });
    const { suggestions, matchedCount } = suggestShares(
      shareIndex([...tagged, warm, expert], []),
      shared('pricing'),
      NOW,
      2,
    );
    // E by weight; then D, the warmest of the four tied for the second place.
    expect(suggestions.map((s) => s.personId)).toEqual([expert.id, warm.id]);
    expect(matchedCount).toBe(5);
  });
});

// The same answer without the index: every label of every person looked for in every run of
// the shared words, one by one.
function scanMatches(
  people: readonly SharePerson[],
  goals: readonly ShareGoal[],
  item: SharedItem,
): Map<string, string[]> {
  const runs = sharedRunsOf(item).map((run) => run.map(shareWordOf));
  const occurs = (label: string) => {
    const words = labelWordsOf(label);
    return (
      words.length > 0 && runs.some((run) => run.some((_, start) => phraseAt(run, start, words)))
    );
  };
  const live = people.filter((person) => person.deletedAt === undefined && !person.isArchived);
  const found = new Map<string, string[]>();
  const add = (id: string, key: string) => {
    const keys = found.get(id) ?? [];
    if (!keys.includes(key)) keys.push(key);
    found.set(id, keys);
  };
  for (const person of live) {
    for (const label of person.expertise) if (occurs(label)) add(person.id, `expertise:${label}`);
    for (const label of person.tags) if (occurs(label)) add(person.id, `tag:${label}`);
  }
  for (const g of goals) {
    if (g.status !== 'active' || g.deletedAt !== undefined) continue;
    const titleWords = labelWordsOf(g.title).filter((word) => !word.isStopWord);
    const isAbout =
      g.neededExpertise.some(occurs) ||
      runs.some((run) => run.some((_, start) => titleWords.some((w) => phraseAt(run, start, [w]))));
    if (!isAbout) continue;
    const needs = new Set(
      g.neededExpertise.map((need) =>
        labelWordsOf(need)
          .map((w) => w.folded)
          .join(' '),
      ),
    );
    for (const person of live) {
      const canHelp = person.expertise.some((label) =>
        needs.has(
          labelWordsOf(label)
            .map((w) => w.folded)
            .join(' '),
        ),
      );
      if (canHelp || g.contactIds.includes(person.id)) add(person.id, `goal:${g.id}`);
    }
  }
  return found;
}

function keyOf(match: ShareMatch): string {
  return match.source === 'goal' ? `goal:${match.goalId}` : `${match.source}:${match.label}`;
}

const VOCABULARY = [
  'Pricing',
  'pricing',
  'Supply chain',
  'M&A',
  'IT',
  'förhandling',
  'Förhandlingar',
  'negotiations',
  'Logistik',
  'the',
  'chain',
  'Germany',
];

describe('share suggestions: the index', () => {
  it('suggests exactly whom a scan of everyone finds, with the same matches', () => {
    const word = fc.constantFrom(...VOCABULARY, 'supply', 'of', 'och', 'tips', 'SaaS');
    const labels = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 3 });
    const personArb = fc.record({ expertise: labels, tags: labels, isArchived: fc.boolean() });
    const goalArb = fc.record({
      title: fc.constantFrom('Expand into Germany', 'Better pricing', 'Ny förhandling'),
      neededExpertise: labels,
      status: fc.constantFrom('active', 'done'),
      linked: fc.array(fc.nat(9), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(personArb, { maxLength: 10 }),
        fc.array(goalArb, { maxLength: 3 }),
        fc.array(word, { maxLength: 12 }),
        fc.constantFrom('', '. ', ' https://x.se/supply-chain '),
        (specs, goalSpecs, words, separator) => {
          const people = specs.map((spec, n) =>
            makePerson(`P${String(n)}`, 'X', {
              expertise: spec.expertise,
              tags: spec.tags,
              isArchived: spec.isArchived,
            }),
          );
          const goals = goalSpecs.map((spec, n) =>
            goal({
              id: `goal-${String(n)}`,
              title: spec.title,
              neededExpertise: spec.neededExpertise,
              status: spec.status,
              contactIds: spec.linked.flatMap((i) => (people[i] ? [people[i].id] : [])),
            }),
          );
          const half = Math.floor(words.length / 2);
          const item = shared(
            `${words.slice(0, half).join(' ')}${separator}${words.slice(half).join(' ')}`,
          );
          const expected = scanMatches(people, goals, item);
          const got = suggestShares(shareIndex(people, goals), item, NOW).suggestions;
          expect(new Set(got.map((s) => s.personId))).toEqual(new Set(expected.keys()));
          for (const suggestion of got) {
            const keys = suggestion.matches.map(keyOf);
            const want = expected.get(suggestion.personId) ?? [];
            // The index names a label once however its carriers spelled it: compare folded.
            const fold = (key: string) =>
              labelWordsOf(key)
                .map((w) => w.folded)
                .join(' ');
            expect(new Set(keys.map(fold))).toEqual(new Set(want.map(fold)));
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 small cases run in about a tenth of a second alone; the budget is for two busy
    // cores shared with other suites.
  }, 20_000);
});
