import { describe, expect, it } from 'vitest';
import { createLabelPlacer, labelBudget } from './label-placement';

describe('graph labels', () => {
  it('places a label that overlaps none before it, and refuses one that does', () => {
    const placer = createLabelPlacer(10);
    expect(placer.tryPlace({ x: 0, y: 0, width: 80, height: 14 })).toBe(true);
    expect(placer.tryPlace({ x: 40, y: 5, width: 80, height: 14 })).toBe(false);
    expect(placer.tryPlace({ x: 0, y: 20, width: 80, height: 14 })).toBe(true);
  });

  it('lets labels touch by a pixel or two', () => {
    const placer = createLabelPlacer(10);
    expect(placer.tryPlace({ x: 0, y: 0, width: 50, height: 14 })).toBe(true);
    expect(placer.tryPlace({ x: 49, y: 0, width: 50, height: 14 })).toBe(true);
  });

  it('finds overlaps across grid cells', () => {
    const placer = createLabelPlacer(10);
    expect(placer.tryPlace({ x: 90, y: 90, width: 200, height: 14 })).toBe(true);
    expect(placer.tryPlace({ x: 250, y: 95, width: 40, height: 14 })).toBe(false);
  });

  it('stops at the budget', () => {
    const placer = createLabelPlacer(2);
    expect(placer.tryPlace({ x: 0, y: 0, width: 10, height: 10 })).toBe(true);
    expect(placer.tryPlace({ x: 100, y: 0, width: 10, height: 10 })).toBe(true);
    expect(placer.isFull).toBe(true);
    expect(placer.tryPlace({ x: 300, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('writes more names as you zoom in, up to a ceiling', () => {
    expect(labelBudget(0.5)).toBe(12);
    expect(labelBudget(1)).toBe(12);
    expect(labelBudget(2)).toBe(48);
    expect(labelBudget(3)).toBeGreaterThan(labelBudget(2));
    expect(labelBudget(100)).toBe(400);
  });
});
