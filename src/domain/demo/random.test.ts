import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { sample, shuffle } from './sampling';

describe('the seeded random generator', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws floats in [0, 1) and integers within inclusive bounds', () => {
    const random = createRandom(1);
    for (let i = 0; i < 1_000; i++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const dice = random.int(1, 6);
      expect(dice).toBeGreaterThanOrEqual(1);
      expect(dice).toBeLessThanOrEqual(6);
    }
  });

  it('makes version-4-shaped ids', () => {
    const random = createRandom(9);
    expect(random.uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('picks by weight and never picks a zero weight', () => {
    const random = createRandom(3);
    const picks = Array.from({ length: 500 }, () =>
      random.weighted([
        ['often', 9],
        ['never', 0],
        ['rarely', 1],
      ] as const),
    );
    expect(picks).not.toContain('never');
    expect(picks.filter((p) => p === 'often').length).toBeGreaterThan(350);
  });

  it('samples distinct items and shuffles without losing any', () => {
    const random = createRandom(5);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const picked = sample(random, items, 10);
    expect(new Set(picked).size).toBe(10);
    expect(sample(random, items, 80)).toHaveLength(50);
    expect(shuffle(random, items).sort((a, b) => a - b)).toEqual(items);
  });
});
