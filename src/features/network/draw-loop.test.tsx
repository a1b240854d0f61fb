import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDrawLoop } from './draw-loop';
import { stubAnimationFrames, type AnimationFrames } from '../../../tests/support/animation-frames';

let frames: AnimationFrames;
const nextFrame = (time?: number) => {
  frames.nextFrame(time);
};

beforeEach(() => {
  frames = stubAnimationFrames();
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
    expect(frames.pending()).toBe(0);
  });

  it('keeps drawing while an animation wants frames, then stops', () => {
    let framesLeft = 3;
    const draw = vi.fn(() => --framesLeft > 0);
    const loop = createDrawLoop(draw);
    loop.request();
    for (let frame = 0; frame < 10; frame++) nextFrame(frame * 16);
    expect(draw).toHaveBeenCalledTimes(3);
    expect(frames.pending()).toBe(0);
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
