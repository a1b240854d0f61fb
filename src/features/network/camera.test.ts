import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ZOOM,
  MIN_ZOOM,
  boundsOf,
  centreOn,
  easeInOut,
  fitBounds,
  interpolateCamera,
  panBy,
  screenToWorld,
  visibleWorld,
  worldToScreen,
  zoomAbout,
  type Camera,
} from './camera';

const viewport = { width: 400, height: 300 };

describe('the graph camera', () => {
  it('shows the world point it looks at in the middle of the canvas', () => {
    const camera: Camera = { x: 50, y: -20, k: 2 };
    expect(worldToScreen(camera, viewport, { x: 50, y: -20 })).toEqual({ x: 200, y: 150 });
    expect(worldToScreen(camera, viewport, { x: 60, y: -20 })).toEqual({ x: 220, y: 150 });
  });

  it('maps screen to world and back to the same point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (x, y, k, sx, sy) => {
          const camera = { x, y, k };
          const back = worldToScreen(
            camera,
            viewport,
            screenToWorld(camera, viewport, { x: sx, y: sy }),
          );
          expect(back.x).toBeCloseTo(sx, 6);
          expect(back.y).toBeCloseTo(sy, 6);
        },
      ),
    );
  });

  it('pans so that the picture follows the pointer', () => {
    const camera: Camera = { x: 0, y: 0, k: 2 };
    const before = worldToScreen(camera, viewport, { x: 10, y: 10 });
    const after = worldToScreen(panBy(camera, 30, -12), viewport, { x: 10, y: 10 });
    expect(after.x - before.x).toBeCloseTo(30);
    expect(after.y - before.y).toBeCloseTo(-12);
  });

  it('zooms about the pointer: the point under it stays under it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (factor, sx, sy) => {
          const camera: Camera = { x: 12, y: 34, k: 1 };
          const pointer = { x: sx, y: sy };
          const world = screenToWorld(camera, viewport, pointer);
          const zoomed = zoomAbout(camera, viewport, pointer, factor);
          expect(zoomed.k).toBeCloseTo(factor);
          const back = worldToScreen(zoomed, viewport, world);
          expect(back.x).toBeCloseTo(sx, 6);
          expect(back.y).toBeCloseTo(sy, 6);
        },
      ),
    );
  });

  it('stops zooming at the limits, still keeping the point under the pointer', () => {
    const camera: Camera = { x: 0, y: 0, k: MAX_ZOOM };
    const pointer = { x: 100, y: 50 };
    const world = screenToWorld(camera, viewport, pointer);
    const zoomed = zoomAbout(camera, viewport, pointer, 4);
    expect(zoomed.k).toBe(MAX_ZOOM);
    expect(worldToScreen(zoomed, viewport, world).x).toBeCloseTo(100);
    expect(zoomAbout({ x: 0, y: 0, k: MIN_ZOOM }, viewport, pointer, 0.1).k).toBe(MIN_ZOOM);
  });

  it('fits bounds inside the canvas with the padding to spare', () => {
    const bounds = { minX: -100, minY: -50, maxX: 300, maxY: 150 };
    const camera = fitBounds(bounds, viewport, 20, MAX_ZOOM);
    expect(camera.x).toBe(100);
    expect(camera.y).toBe(50);
    // 360 px of room for 400 world units across, 260 px for 200 down: width decides.
    expect(camera.k).toBeCloseTo(0.9);
    const topLeft = worldToScreen(camera, viewport, { x: bounds.minX, y: bounds.minY });
    const bottomRight = worldToScreen(camera, viewport, { x: bounds.maxX, y: bounds.maxY });
    expect(topLeft.x).toBeCloseTo(20);
    expect(bottomRight.x).toBeCloseTo(380);
    expect(topLeft.y).toBeGreaterThanOrEqual(20);
    expect(bottomRight.y).toBeLessThanOrEqual(280);
  });

  it('does not blow a single person up to fill the canvas', () => {
    const camera = fitBounds({ minX: 5, minY: 5, maxX: 5, maxY: 5 }, viewport, 20, 1.5);
    expect(camera).toEqual({ x: 5, y: 5, k: 1.5 });
  });

  it('centres on a person, zooming in to the focus zoom but never out', () => {
    expect(centreOn({ x: 0, y: 0, k: 0.3 }, { x: 7, y: 8 }, 1.2)).toEqual({ x: 7, y: 8, k: 1.2 });
    expect(centreOn({ x: 0, y: 0, k: 3 }, { x: 7, y: 8 }, 1.2)).toEqual({ x: 7, y: 8, k: 3 });
  });

  it('finds the bounds of placed nodes and skips those without a position', () => {
    const xy = new Float32Array([0, 0, 10, -5, NaN, NaN, -3, 4]);
    expect(boundsOf(xy, [0, 1, 2, 3])).toEqual({ minX: -3, minY: -5, maxX: 10, maxY: 4 });
    expect(boundsOf(xy, [2])).toBeUndefined();
    expect(boundsOf(xy, [])).toBeUndefined();
  });

  it('moves between two cameras evenly, zooming geometrically', () => {
    const from: Camera = { x: 0, y: 0, k: 1 };
    const to: Camera = { x: 100, y: -50, k: 4 };
    expect(interpolateCamera(from, to, 0)).toEqual(from);
    expect(interpolateCamera(from, to, 1)).toEqual(to);
    const half = interpolateCamera(from, to, 0.5);
    expect(half.x).toBe(50);
    expect(half.y).toBe(-25);
    expect(half.k).toBeCloseTo(2);
  });

  it('eases from 0 to 1 through the middle', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(0.5)).toBe(0.5);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.25)).toBeLessThan(0.25);
    expect(easeInOut(2)).toBe(1);
  });

  it('knows which part of the world is on screen', () => {
    expect(visibleWorld({ x: 10, y: 20, k: 2 }, viewport)).toEqual({
      minX: -90,
      minY: -55,
      maxX: 110,
      maxY: 95,
    });
  });
});
