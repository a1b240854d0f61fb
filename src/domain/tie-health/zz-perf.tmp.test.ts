import { it } from 'vitest';
import { TIERS, type Contact } from '../types';
import { addToDecayed, EMPTY_DECAYED } from './decayed';
import { goal, person, SETTINGS } from './fixtures';
import { makeWeekPlan } from './week-plan';
import { advisorCoverage } from './advisor-coverage';

it('perf', () => {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const NOW = Date.UTC(2025, 4, 14, 10);
  const tags = Array.from({ length: 40 }, (_, i) => `Skill ${i}`);
  const contacts: Contact[] = [];
  for (let i = 0; i < 10_000; i++) {
    const last = NOW - Math.floor(rnd() * 730 * 86_400_000);
    contacts.push(
      person({
        createdAt: NOW - 800 * 86_400_000 + Math.floor(rnd() * 800 * 86_400_000),
        lastTouchAt: rnd() < 0.9 ? last : undefined,
        lastTouchKind: 'coffee',
        touchCount: Math.floor(rnd() * 20),
        tier: TIERS[Math.floor(rnd() * 5)]!,
        strength: addToDecayed(EMPTY_DECAYED, rnd() * 10, last, 90 * 86_400_000),
        gave: addToDecayed(EMPTY_DECAYED, rnd() * 3, last, 180 * 86_400_000),
        received: addToDecayed(EMPTY_DECAYED, rnd() * 4, last, 180 * 86_400_000),
        birthday:
          rnd() < 0.5
            ? { month: 1 + Math.floor(rnd() * 12), day: 1 + Math.floor(rnd() * 28) }
            : undefined,
        expertise: [tags[Math.floor(rnd() * 40)]!, tags[Math.floor(rnd() * 40)]!],
        isArchived: rnd() < 0.02,
        isPaused: rnd() < 0.02,
      }),
    );
  }
  const goals = [
    goal({ neededExpertise: ['skill 1', 'Skill 7'] }),
    goal({ neededExpertise: ['SKILL 30'] }),
  ];
  const input = { contacts, goals, settings: SETTINGS, now: NOW, timeZone: 'Europe/Stockholm' };
  let t0 = performance.now();
  makeWeekPlan(input);
  console.log('cold (empty zone cache) ms', (performance.now() - t0).toFixed(2));
  const runs: number[] = [];
  for (let r = 0; r < 30; r++) {
    t0 = performance.now();
    makeWeekPlan({ ...input, now: NOW + r * 1000 });
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log('warm median ms', runs[15]!.toFixed(2), 'max', runs[29]!.toFixed(2));
  t0 = performance.now();
  const plan = makeWeekPlan({ ...input, timeZone: 'America/New_York' });
  console.log('cold other zone ms', (performance.now() - t0).toFixed(2));
  console.log(plan.map((i) => i.reason.kind).join(' '));
  t0 = performance.now();
  advisorCoverage(goals, contacts, NOW, SETTINGS, 'Europe/Stockholm');
  console.log('advisor ms', (performance.now() - t0).toFixed(2));
});
