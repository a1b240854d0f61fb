import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDrawLoop } from '../../../src/features/network/draw-loop';

let scheduled: FrameRequestCallback[] = [];

/** Runs the frames scheduled so far, as the browser would on its next frame. */
function nextFrame(time = 0): void {
  const due = scheduled;
  scheduled = [];
  for (const callback of due) callback(time);
}

beforeEach(() => {
  scheduled = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    scheduled.push(callback);
    return scheduled.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    scheduled = [];
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the draw loop', () => {
  it('draws nothing until asked, and one frame for several asks', () => {
    const draw = vi.fn(() => false);
    createDrawLoop(draw);
    nextFrame();
    expect(draw).not.toHaveBeenCalled();
    const before = window.__tiesGraphFrames ?? 0;

    const loop = createDrawLoop(draw);
    loop.request();
    loop.request();
    loop.request();
    nextFrame(16);
    expect(draw).toHaveBeenCalledExactlyOnceWith(16);
    expect(window.__tiesGraphFrames).toBe(before + 1);
    // Nothing more asked: no frame is even scheduled.
    expect(scheduled).toHaveLength(0);
  });

  it('keeps drawing while an animation wants frames, then stops', () => {
    let framesLeft = 3;
    const draw = vi.fn(() => --framesLeft > 0);
    const loop = createDrawLoop(draw);
    loop.request();
    for (let frame = 0; frame < 10; frame++) nextFrame(frame * 16);
    expect(draw).toHaveBeenCalledTimes(3);
    expect(scheduled).toHaveLength(0);
  });

  it('draws nothing more once stopped', () => {
    const draw = vi.fn(() => true);
    const loop = createDrawLoop(draw);
    loop.request();
    loop.stop();
    nextFrame();
    loop.request();
    nextFrame();
    expect(draw).not.toHaveBeenCalled();
  });
});
