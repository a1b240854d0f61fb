// Keeps a canvas's backing store at its CSS size times devicePixelRatio, so drawing is
// crisp on high-density screens: on resize, and when the window moves to a screen of
// another density (which changes devicePixelRatio without a resize).
import type { Viewport } from './camera';

/**
 * Sizes the canvas now and whenever its size or the screen's density changes, then calls
 * `onChange` with the CSS size and the ratio. Returns the function that stops watching.
 */
export function watchCanvasSize(
  canvas: HTMLCanvasElement,
  onChange: (viewport: Viewport, pixelRatio: number) => void,
): () => void {
  const resize = () => {
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (width === 0 || height === 0) return;
    const pixelRatio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    onChange({ width, height }, pixelRatio);
  };
  const resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(resize);
  resizeObserver?.observe(canvas);
  let densityQuery: MediaQueryList | undefined;
  const onDensityChange = () => {
    resize();
    watchDensity();
  };
  // A resolution query matches only the current ratio, so it is renewed after each change.
  function watchDensity() {
    densityQuery?.removeEventListener('change', onDensityChange);
    densityQuery = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    densityQuery.addEventListener('change', onDensityChange);
  }
  watchDensity();
  resize();
  return () => {
    resizeObserver?.disconnect();
    densityQuery?.removeEventListener('change', onDensityChange);
  };
}
