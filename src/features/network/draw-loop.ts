// The draw loop runs only while something changes: a layout tick, a camera move, a drag.
// Each change asks for a frame; one requestAnimationFrame draws everything asked for since
// the last frame, and an animation (a camera glide) asks again until it ends. With nothing
// asked, no frame is scheduled at all, so an idle graph draws 0 frames and costs nothing.
//
// Benchmarks count drawn frames through window.__tiesGraphFrames: a getter over a plain
// counter, so counting is one increment per frame and nothing when idle.

declare global {
  interface Window {
    /** Frames the network graph has drawn since the page loaded (for benchmarks). */
    __tiesGraphFrames?: number;
  }
}

let framesDrawn = 0;

function exposeFrameCounter(): void {
  if (Object.getOwnPropertyDescriptor(window, '__tiesGraphFrames')) return;
  Object.defineProperty(window, '__tiesGraphFrames', {
    configurable: true,
    get: () => framesDrawn,
  });
}

export type DrawLoop = {
  /** Asks for one frame (several asks before it is drawn make one frame). */
  request: () => void;
  /** Cancels any scheduled frame for good. */
  stop: () => void;
};

/**
 * `draw(time)` draws one frame and returns true while an animation wants the next frame
 * too (time is the requestAnimationFrame timestamp, in ms).
 */
export function createDrawLoop(draw: (time: number) => boolean): DrawLoop {
  exposeFrameCounter();
  let handle: number | undefined;
  let isStopped = false;
  const onFrame = (time: number) => {
    handle = undefined;
    if (isStopped) return;
    framesDrawn++;
    if (draw(time)) request();
  };
  const request = () => {
    if (handle !== undefined || isStopped) return;
    handle = requestAnimationFrame(onFrame);
  };
  return {
    request,
    stop: () => {
      isStopped = true;
      if (handle !== undefined) cancelAnimationFrame(handle);
      handle = undefined;
    },
  };
}
