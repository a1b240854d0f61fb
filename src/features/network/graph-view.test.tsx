import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Graph } from '../../domain/graph';
import { createGraphView } from './graph-view';
import type { LayoutClient } from './layout-client';
import { buildScene } from './scene';
import { stubAnimationFrames, type AnimationFrames } from '../../../tests/support/animation-frames';
import { graphNode } from '../../../tests/support/graph-nodes';
import { stubScreen } from '../../../tests/support/network-screen';

// The graph view tells the layout worker to start moving a new graph only after the frame
// that draws its first picture: that drawing is the costliest, and it must not hold back a
// frame of the motion.

function fakeLayout(): LayoutClient & { followed: number[] } {
  const followed: number[] = [];
  return {
    followed,
    load: () => undefined,
    subscribe: () => () => undefined,
    getSnapshot: () => ({ loaded: undefined, insights: undefined, loadError: undefined }),
    setLayoutHandlers: () => undefined,
    follow: (runId) => {
      followed.push(runId);
    },
    start: () => undefined,
    pin: () => undefined,
    unpin: () => undefined,
    terminate: () => undefined,
  };
}

let frames: AnimationFrames;

beforeEach(() => {
  frames = stubAnimationFrames();
  stubScreen();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the graph view', () => {
  it('lets a new graph move only after the frame that draws its first picture', () => {
    const layout = fakeLayout();
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const view = createGraphView({
      canvas,
      meLabel: 'You',
      isReducedMotion: false,
      layout,
      onTap: () => undefined,
      onProgress: () => undefined,
      onLayoutError: () => undefined,
    });
    const graph: Graph = {
      nodes: [graphNode('me'), graphNode('anna')],
      edges: [{ source: 0, target: 1, kind: 'tie', weight: 0.5 }],
    };
    const scene = buildScene(graph, { nodes: [0, 1], edges: [0] }, undefined);

    view.setGraph(graph, scene, new Float32Array([0, 0, 40, 0]), 7);
    expect(layout.followed).toEqual([]);
    frames.nextFrame(16);
    expect(layout.followed).toEqual([7]);
    // Once: later frames (a camera move) do not tell the layout again.
    view.zoomBy(2);
    frames.nextFrame(32);
    expect(layout.followed).toEqual([7]);
    view.destroy();
    canvas.remove();
  });
});
