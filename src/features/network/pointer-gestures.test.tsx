// Pointer input on the graph canvas. jsdom has no PointerEvent, so pointer events are
// MouseEvents of the pointer types with pointerId and pointerType added; the canvas sits at
// the page's top-left corner, so client coordinates are canvas coordinates.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TAP_SLOP_PX, attachGestures, type GestureHandlers } from './pointer-gestures';

let canvas: HTMLCanvasElement;
let detach: () => void;
function mockHandlers() {
  return {
    nodeAt: vi.fn(nodeAt),
    isDraggable: vi.fn((node: number) => node !== 0),
    onTap: vi.fn<GestureHandlers['onTap']>(),
    onPan: vi.fn<GestureHandlers['onPan']>(),
    onZoom: vi.fn<GestureHandlers['onZoom']>(),
    onDragMove: vi.fn<GestureHandlers['onDragMove']>(),
    onDragEnd: vi.fn<GestureHandlers['onDragEnd']>(),
    onHover: vi.fn<GestureHandlers['onHover']>(),
    isWheelZoomAllowed: vi.fn((event: WheelEvent) => event.ctrlKey),
  } satisfies GestureHandlers;
}
let handlers: ReturnType<typeof mockHandlers>;
/** The node under each point: a person at (50, 50), the user at (0, 0), else nothing. */
function nodeAt({ x, y }: { x: number; y: number }): number | undefined {
  if (Math.hypot(x - 50, y - 50) < 10) return 3;
  if (Math.hypot(x, y) < 10) return 0;
  return undefined;
}

function pointer(
  type: string,
  x: number,
  y: number,
  { id = 1, pointerType = 'touch', button = 0 } = {},
): void {
  const event = new MouseEvent(type, { clientX: x, clientY: y, button, bubbles: true });
  Object.defineProperty(event, 'pointerId', { value: id });
  Object.defineProperty(event, 'pointerType', { value: pointerType });
  canvas.dispatchEvent(event);
}

function wheel(deltaY: number, ctrlKey = false): WheelEvent {
  const event = new WheelEvent('wheel', {
    deltaY,
    ctrlKey,
    clientX: 40,
    clientY: 30,
    cancelable: true,
  });
  canvas.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  canvas = document.createElement('canvas');
  document.body.append(canvas);
  handlers = mockHandlers();
  detach = attachGestures(canvas, handlers);
});

afterEach(() => {
  detach();
  canvas.remove();
});

describe('pointer gestures on the graph', () => {
  it('takes a press that moves less than 8 px for a tap', () => {
    pointer('pointerdown', 50, 50);
    pointer('pointermove', 50 + TAP_SLOP_PX - 1, 50);
    pointer('pointerup', 50 + TAP_SLOP_PX - 1, 50);
    expect(handlers.onTap).toHaveBeenCalledExactlyOnceWith(3);
    expect(handlers.onPan).not.toHaveBeenCalled();
    expect(handlers.onDragMove).not.toHaveBeenCalled();
  });

  it('reports a tap on the background as a tap on no one', () => {
    pointer('pointerdown', 200, 200);
    pointer('pointerup', 202, 201);
    expect(handlers.onTap).toHaveBeenCalledExactlyOnceWith(undefined);
  });

  it('pans by the whole distance once a press on the background moves 8 px', () => {
    pointer('pointerdown', 200, 200);
    pointer('pointermove', 204, 200);
    expect(handlers.onPan).not.toHaveBeenCalled();
    pointer('pointermove', 210, 200);
    expect(handlers.onPan).toHaveBeenLastCalledWith(10, 0);
    pointer('pointermove', 215, 190);
    expect(handlers.onPan).toHaveBeenLastCalledWith(5, -10);
    pointer('pointerup', 215, 190);
    expect(handlers.onTap).not.toHaveBeenCalled();
  });

  it('drags a person and lets them go', () => {
    pointer('pointerdown', 50, 50);
    pointer('pointermove', 70, 60);
    pointer('pointermove', 90, 80);
    expect(handlers.onDragMove).toHaveBeenCalledTimes(2);
    expect(handlers.onDragMove).toHaveBeenLastCalledWith(3, { x: 90, y: 80 });
    pointer('pointerup', 90, 80);
    expect(handlers.onDragEnd).toHaveBeenCalledExactlyOnceWith(3);
    expect(handlers.onTap).not.toHaveBeenCalled();
    expect(handlers.onPan).not.toHaveBeenCalled();
  });

  it('pans instead of dragging the user, who stays at the centre', () => {
    pointer('pointerdown', 0, 0);
    pointer('pointermove', 20, 0);
    expect(handlers.onDragMove).not.toHaveBeenCalled();
    expect(handlers.onPan).toHaveBeenCalledWith(20, 0);
  });

  it('zooms about the middle of two fingers as they spread, and pans with it', () => {
    pointer('pointerdown', 100, 100, { id: 1 });
    pointer('pointerdown', 200, 100, { id: 2 });
    pointer('pointermove', 300, 100, { id: 2 });
    expect(handlers.onZoom).toHaveBeenCalledExactlyOnceWith({ x: 200, y: 100 }, 2);
    expect(handlers.onPan).toHaveBeenLastCalledWith(50, 0);
    // The finger left behind carries on panning; no tap comes of a pinch.
    pointer('pointerup', 300, 100, { id: 2 });
    pointer('pointermove', 110, 100, { id: 1 });
    expect(handlers.onPan).toHaveBeenLastCalledWith(10, 0);
    pointer('pointerup', 110, 100, { id: 1 });
    expect(handlers.onTap).not.toHaveBeenCalled();
  });

  it('ends a drag when a second finger comes down, and pinches instead', () => {
    pointer('pointerdown', 50, 50, { id: 1 });
    pointer('pointermove', 70, 50, { id: 1 });
    pointer('pointerdown', 170, 50, { id: 2 });
    expect(handlers.onDragEnd).toHaveBeenCalledExactlyOnceWith(3);
  });

  it('does not tap when the browser cancels the pointer', () => {
    pointer('pointerdown', 50, 50);
    pointer('pointercancel', 50, 50);
    expect(handlers.onTap).not.toHaveBeenCalled();
  });

  it('ignores the right mouse button', () => {
    pointer('pointerdown', 50, 50, { pointerType: 'mouse', button: 2 });
    pointer('pointerup', 50, 50, { pointerType: 'mouse', button: 2 });
    expect(handlers.onTap).not.toHaveBeenCalled();
  });

  it('leaves the wheel to the page unless zooming is allowed', () => {
    const scroll = wheel(100);
    expect(scroll.defaultPrevented).toBe(false);
    expect(handlers.onZoom).not.toHaveBeenCalled();

    const zoomOut = wheel(100, true);
    expect(zoomOut.defaultPrevented).toBe(true);
    expect(handlers.onZoom.mock.lastCall?.[0]).toEqual({ x: 40, y: 30 });
    expect(handlers.onZoom.mock.lastCall?.[1]).toBeLessThan(1);
    wheel(-100, true);
    expect(handlers.onZoom.mock.lastCall?.[1]).toBeGreaterThan(1);
  });

  it('says who a hovering mouse is over', () => {
    pointer('pointermove', 50, 52, { pointerType: 'mouse' });
    expect(handlers.onHover).toHaveBeenLastCalledWith(3);
    pointer('pointermove', 150, 150, { pointerType: 'mouse' });
    expect(handlers.onHover).toHaveBeenLastCalledWith(undefined);
  });
});
