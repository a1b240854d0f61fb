// requestAnimationFrame for tests: frames are queued and run only when the test says, as
// the browser would on its next display frame. Undone by vi.unstubAllGlobals().
import { vi } from 'vitest';

export type AnimationFrames = {
  /** Runs the frames scheduled so far, at this timestamp. */
  nextFrame: (time?: number) => void;
  /** How many frames are waiting. */
  pending: () => number;
};

export function stubAnimationFrames(): AnimationFrames {
  let scheduled: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    scheduled.push(callback);
    return scheduled.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    scheduled = [];
  });
  return {
    nextFrame: (time = 0) => {
      const due = scheduled;
      scheduled = [];
      for (const callback of due) callback(time);
    },
    pending: () => scheduled.length,
  };
}
