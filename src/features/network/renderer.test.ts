// The renderer against a recording stand-in for the 2D context (Node has no canvas): what
// it writes as labels and how many dots it draws, not how they look.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Graph, GraphNode } from '../../domain/graph';
import type { Camera } from './camera';
import type { GraphColours } from './graph-colours';
import type { Frame } from './frame';
import { drawFrame } from './renderer';
import { buildScene } from './scene';

/** Counts the circles added to any path. */
let arcs = 0;

class RecordingPath {
  moveTo() {}
  lineTo() {}
  closePath() {}
  rect() {}
  arc() {
    arcs++;
  }
}

function recordingContext() {
  const texts: string[] = [];
  /** Each stroke: its line width and the transform's scale when it was stroked. */
  const strokes: { lineWidth: number; scale: number }[] = [];
  let scale = 1;
  const context = {
    canvas: { width: 1600, height: 1200 },
    texts,
    strokes,
    lineWidth: 1,
    setTransform(a: number) {
      scale = a;
    },
    clearRect() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
    rect() {},
    arc() {
      arcs++;
    },
    fill() {},
    stroke() {
      strokes.push({ lineWidth: context.lineWidth, scale });
    },
    fillText(text: string) {
      texts.push(text);
    },
    measureText: (text: string) => ({ width: text.length * 7 }),
  };
  return context;
}

const colours: GraphColours = {
  status: {
    ok: 'green',
    due: 'gold',
    overdue: 'red',
    dormant: 'gray',
    new: 'blue',
    paused: 'purple',
  },
  me: 'blue',
  edge: 'gray',
  highlight: 'blue',
  selection: 'orange',
  halo: 'gold',
  bridge: 'black',
  label: 'black',
  labelBackground: 'white',
  nodeOutline: 'white',
  isDark: false,
};

function person(id: string, label: string, strength: number): GraphNode {
  return {
    id,
    label,
    isMe: id === 'me',
    tier: id === 'me' ? undefined : 'active',
    status: id === 'me' ? undefined : 'ok',
    strength,
    flags: [],
    affiliation: undefined,
    organisation: '',
    tags: [],
    groupIds: [],
  };
}

/** People on a grid `spacing` apart, person i with strength i / count. */
function gridGraph(count: number): { graph: Graph; xy: Float32Array } {
  const nodes = [person('me', '', 0)];
  const xy = [0, 0];
  for (let index = 1; index <= count; index++) {
    nodes.push(person(`p${index}`, `Person ${index}`, index / count));
    xy.push(((index % 20) - 10) * 40, (Math.floor(index / 20) - 5) * 40);
  }
  return { graph: { nodes, edges: [] }, xy: new Float32Array(xy) };
}

function frameOf(
  graph: Graph,
  xy: Float32Array,
  camera: Camera,
  changes: Partial<Frame> = {},
): Frame {
  const all = graph.nodes.map((_, index) => index);
  const edges = graph.edges.map((_, index) => index);
  return {
    scene: buildScene(graph, { nodes: all, edges }, undefined),
    xy,
    camera,
    viewport: { width: 800, height: 600 },
    pixelRatio: 2,
    colours,
    selected: -1,
    neighbourhood: undefined,
    hulls: [],
    fitZoom: 1,
    labelWidths: new Float32Array(graph.nodes.length).fill(NaN),
    meLabel: 'You',
    ...changes,
  };
}

beforeEach(() => {
  arcs = 0;
  vi.stubGlobal('Path2D', RecordingPath);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('drawing the graph', () => {
  it('writes names as text, exactly as they are, markup and all', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const graph: Graph = { nodes: [person('me', '', 0), person('a', hostile, 0.5)], edges: [] };
    const context = recordingContext();
    drawFrame(
      context as unknown as CanvasRenderingContext2D,
      frameOf(graph, new Float32Array([0, 0, 50, 0]), { x: 0, y: 0, k: 1 }),
    );
    expect(context.texts).toEqual(['You', hostile]);
  });

  it('names the strongest ties first when the whole network is in view', () => {
    const { graph, xy } = gridGraph(200);
    const context = recordingContext();
    drawFrame(
      context as unknown as CanvasRenderingContext2D,
      frameOf(graph, xy, { x: 0, y: 0, k: 1 }),
    );
    // A dozen labels at the zoom that fits everyone: the user, then the strongest ties in
    // order (skipping one whose label would overlap a stronger one's).
    expect(context.texts).toHaveLength(12);
    expect(context.texts.slice(0, 3)).toEqual(['You', 'Person 200', 'Person 199']);
    const ranks = context.texts.slice(1).map((text) => Number(text.replace('Person ', '')));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(Math.min(...ranks)).toBeGreaterThan(170);
  });

  it('names more people as you zoom in, without overlapping labels', () => {
    const { graph, xy } = gridGraph(200);
    const far = recordingContext();
    drawFrame(far as unknown as CanvasRenderingContext2D, frameOf(graph, xy, { x: 0, y: 0, k: 1 }));
    const near = recordingContext();
    drawFrame(
      near as unknown as CanvasRenderingContext2D,
      frameOf(graph, xy, { x: 0, y: 0, k: 3 }),
    );
    expect(near.texts.length).toBeGreaterThan(far.texts.length);
    // At zoom 3 people are 120 px apart across and down: every label on screen fits.
    expect(near.texts.length).toBeGreaterThan(20);
  });

  it('leaves out people who are off screen', () => {
    const { graph, xy } = gridGraph(200);
    drawFrame(
      recordingContext() as unknown as CanvasRenderingContext2D,
      frameOf(graph, xy, { x: 0, y: 0, k: 1 }),
    );
    const allArcs = arcs;
    arcs = 0;
    drawFrame(
      recordingContext() as unknown as CanvasRenderingContext2D,
      frameOf(graph, xy, { x: 5_000, y: 5_000, k: 1 }),
    );
    expect(allArcs).toBeGreaterThanOrEqual(201);
    expect(arcs).toBe(0);
  });

  it('names the selected person and their neighbourhood before stronger ties', () => {
    const { graph, xy } = gridGraph(200);
    const neighbourhood = new Uint8Array(graph.nodes.length);
    neighbourhood[5] = 1;
    neighbourhood[7] = 1;
    const context = recordingContext();
    drawFrame(
      context as unknown as CanvasRenderingContext2D,
      frameOf(graph, xy, { x: 0, y: 0, k: 1 }, { selected: 5, neighbourhood }),
    );
    expect(context.texts.slice(0, 2)).toEqual(['Person 5', 'Person 7']);
  });

  it('strokes edges under one device pixel wide at every zoom and pixel ratio', () => {
    // Skia draws a line at most one device pixel wide as a hairline, and a wider one as a
    // stroked outline that takes several times as long; it works in 32-bit floats.
    const { graph, xy } = gridGraph(40);
    graph.edges = [{ source: 0, target: 1, kind: 'tie', weight: 0.5 }];
    const deviceWidths: number[] = [];
    for (const pixelRatio of [1, 1.5, 2, 2.625, 3]) {
      for (let step = 0; step < 400; step++) {
        const k = 0.05 * 1.013 ** step;
        const context = recordingContext();
        drawFrame(
          context as unknown as CanvasRenderingContext2D,
          frameOf(graph, xy, { x: 0, y: 0, k }, { pixelRatio }),
        );
        const [edgeStroke] = context.strokes;
        if (!edgeStroke) throw new Error('no edge was stroked');
        deviceWidths.push(
          Math.fround(Math.fround(edgeStroke.lineWidth) * Math.fround(edgeStroke.scale)),
        );
      }
    }
    expect(Math.max(...deviceWidths)).toBeLessThan(1);
    // Still a full line, not a faint one.
    expect(Math.min(...deviceWidths)).toBeGreaterThan(0.95);
  });
});
