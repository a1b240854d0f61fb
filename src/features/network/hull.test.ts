import { describe, expect, it } from 'vitest';
import { convexHull } from './hull';

function cornersOf(flat: number[]): string[] {
  const corners: string[] = [];
  for (let index = 0; index < flat.length; index += 2)
    corners.push(`${flat[index]},${flat[index + 1]}`);
  return corners.sort();
}

describe('cluster hulls', () => {
  it('wraps the outer people and leaves the inner ones out', () => {
    const xy = new Float32Array([0, 0, 10, 0, 10, 10, 0, 10, 5, 5, 4, 6]);
    expect(cornersOf(convexHull(xy, [0, 1, 2, 3, 4, 5]))).toEqual(['0,0', '0,10', '10,0', '10,10']);
  });

  it('only uses the given members', () => {
    const xy = new Float32Array([0, 0, 10, 0, 10, 10, 100, 100]);
    expect(cornersOf(convexHull(xy, [0, 1, 2]))).toEqual(['0,0', '10,0', '10,10']);
  });

  it('gives back one or two points as they are, and drops duplicates and unplaced people', () => {
    const xy = new Float32Array([3, 4, 3, 4, NaN, NaN, 8, 9]);
    expect(convexHull(xy, [0, 1, 2])).toEqual([3, 4]);
    expect(convexHull(xy, [0, 3])).toEqual([3, 4, 8, 9]);
  });

  it('drops points on a straight edge', () => {
    const xy = new Float32Array([0, 0, 5, 0, 10, 0, 0, 10]);
    expect(cornersOf(convexHull(xy, [0, 1, 2, 3]))).toEqual(['0,0', '0,10', '10,0']);
  });
});
