// The graph on its canvas, as a plain object the React screen drives: it owns the camera,
// the positions from the layout worker, the draw loop, pointer input and hit testing. The
// screen tells it what to show (setGraph, setScene, setSelection) and hears back through
// callbacks (a tap selected someone, the layout's progress). The worker lays out each graph
// it builds by itself; the view follows the positions of the graph it shows.
//
// Drawing is crisp on high-density screens: the backing store is the CSS size times
// devicePixelRatio and the renderer scales by it. Nothing is drawn unless something
// changed (draw-loop.ts).
import type { WriteErrorReason } from '../../db/write-errors';
import type { Graph } from '../../domain/graph';
import {
  boundsOf,
  centreOn,
  easeInOut,
  fitBounds,
  interpolateCamera,
  panBy,
  screenToWorld,
  worldToScreen,
  zoomAbout,
  IDENTITY_CAMERA,
  type Camera,
  type Viewport,
} from './camera';
import { watchCanvasSize } from './canvas-size';
import { createDrawLoop } from './draw-loop';
import { readGraphColours, watchTheme, type GraphColours } from './graph-colours';
import { buildHitGrid, nearestInDirection, nodeAt, type Direction, type HitGrid } from './hit-grid';
import { convexHull } from './hull';
import type { LayoutClient } from './layout-client';
import { attachGestures } from './pointer-gestures';
import { MIN_SCREEN_RADIUS, type Hull } from './frame';
import { drawFrame } from './renderer';
import type { Scene } from './scene';

export type GraphViewOptions = {
  canvas: HTMLCanvasElement;
  meLabel: string;
  isReducedMotion: boolean;
  /** The layout worker's client; the view listens to it while it lives. */
  layout: LayoutClient;
  /** A tap on a person (their index) or on the background (undefined). */
  onTap: (node: number | undefined) => void;
  /** The layout's progress while it runs (0…1), and null once it has settled. */
  onProgress: (progress: number | null) => void;
  onLayoutError: (reason: WriteErrorReason) => void;
};

/** Padding around everyone when the view fits them in (CSS px). */
const FIT_PADDING_PX = 32;
/** Fitting never zooms in further than this (a handful of people are not blown up). */
const FIT_MAX_ZOOM = 1.5;
/** A camera glide (search, keyboard), in ms; reduced motion jumps instead. */
const GLIDE_MS = 350;
/** Extra reach around a dot for a tap, in CSS px: fingers are wider than dots. */
const TAP_REACH_PX = 10;
/** d3-force stops at alpha 0.001; progress is how far alpha has decayed towards it, in log scale. */
const ALPHA_MIN = 0.001;
/** Keyboard zoom step (+ and −). */
export const ZOOM_STEP = 1.4;

export type GraphView = ReturnType<typeof createGraphView>;

export function createGraphView(options: GraphViewOptions) {
  const { canvas } = options;
  const context = canvas.getContext('2d');
  let graph: Graph | undefined;
  let scene: Scene | undefined;
  let xy: Float32Array = new Float32Array(0);
  let camera: Camera = IDENTITY_CAMERA;
  let viewport: Viewport = { width: canvas.clientWidth || 300, height: canvas.clientHeight || 300 };
  let pixelRatio = window.devicePixelRatio || 1;
  let colours: GraphColours = readGraphColours(canvas.parentElement ?? canvas);
  let selected = -1;
  let neighbourhood: Uint8Array | undefined;
  let glide: { from: Camera; to: Camera; startedAt: number | undefined } | undefined;
  // Until the user moves the picture, it follows the layout, fitting everyone in.
  let isFollowingLayout = true;
  let hasSettledOnce = false;
  // A person to show as soon as they have a position (asked for before the first tick).
  let pendingReveal: number | undefined;
  // The person being dragged, if any: let go if the view goes away mid-drag.
  let held: number | undefined;
  // A new graph's layout run, told to move once its first picture is drawn.
  let followAfterDraw: number | undefined;
  // Caches that depend on the positions, rebuilt when first needed after they change.
  let positionsVersion = 0;
  let hitGrid: { version: number; k: number; grid: HitGrid; radii: Float32Array } | undefined;
  let hulls: { version: number; hulls: Hull[] } | undefined;
  let fitZoom: { version: number; zoom: number } | undefined;
  let labelWidths = new Float32Array(0);

  /** Radii as drawn at this zoom (a dot never shrinks below MIN_SCREEN_RADIUS px). */
  const drawnRadii = (): Float32Array => {
    const radii = scene?.radii ?? new Float32Array(0);
    const minimum = MIN_SCREEN_RADIUS / camera.k;
    return radii.map((radius) => Math.max(radius, minimum));
  };

  const currentHulls = (): Hull[] => {
    if (hulls?.version === positionsVersion) return hulls.hulls;
    const made = (scene?.clusters ?? [])
      .filter((cluster) => cluster.members.length >= 3)
      .map((cluster) => ({ clusterId: cluster.id, points: convexHull(xy, cluster.members) }));
    hulls = { version: positionsVersion, hulls: made };
    return made;
  };

  const fitCamera = (): Camera | undefined => {
    const bounds = scene ? boundsOf(xy, scene.shownByStrength) : undefined;
    return bounds && fitBounds(bounds, viewport, FIT_PADDING_PX, FIT_MAX_ZOOM);
  };

  const currentFitZoom = (): number => {
    if (fitZoom?.version === positionsVersion) return fitZoom.zoom;
    const zoom = fitCamera()?.k ?? camera.k;
    fitZoom = { version: positionsVersion, zoom };
    return zoom;
  };

  const draw = (time: number): boolean => {
    if (glide) {
      glide.startedAt ??= time;
      const progress = (time - glide.startedAt) / GLIDE_MS;
      camera = interpolateCamera(glide.from, glide.to, easeInOut(progress));
      if (progress >= 1) glide = undefined;
    }
    if (context && scene) {
      drawFrame(context, {
        scene,
        xy,
        camera,
        viewport,
        pixelRatio,
        colours,
        selected,
        neighbourhood,
        hulls: currentHulls(),
        fitZoom: currentFitZoom(),
        labelWidths,
        meLabel: options.meLabel,
      });
    }
    if (followAfterDraw !== undefined) {
      // A new graph's first picture is drawn: now its layout may move (see setGraph).
      const runId = followAfterDraw;
      followAfterDraw = undefined;
      layout.follow(runId);
    }
    return glide !== undefined;
  };
  const loop = createDrawLoop(draw);

  const positionsChanged = () => {
    positionsVersion++;
    if (pendingReveal !== undefined && positionOf(pendingReveal)) {
      const node = pendingReveal;
      pendingReveal = undefined;
      reveal(node, false);
    }
    if (isFollowingLayout) camera = fitCamera() ?? camera;
    loop.request();
  };

  const userMoved = () => {
    isFollowingLayout = false;
    glide = undefined;
    loop.request();
  };

  const { layout } = options;
  layout.setLayoutHandlers({
    onTick: (next, alpha) => {
      if (next.length !== xy.length) return;
      xy = next;
      // Progress is for the first layout of a graph; a drag warming it up again shows none.
      if (!hasSettledOnce) {
        options.onProgress(Math.min(1, Math.max(0, Math.log(alpha) / Math.log(ALPHA_MIN))));
      }
      positionsChanged();
    },
    onSettled: (next) => {
      if (next.length !== xy.length || !graph) return;
      xy = next;
      hasSettledOnce = true;
      options.onProgress(null);
      positionsChanged();
    },
    onError: options.onLayoutError,
  });

  const stopWatchingSize = watchCanvasSize(canvas, (nextViewport, nextPixelRatio) => {
    viewport = nextViewport;
    pixelRatio = nextPixelRatio;
    fitZoom = undefined;
    if (isFollowingLayout) camera = fitCamera() ?? camera;
    loop.request();
  });

  const stopWatchingTheme = watchTheme(() => {
    colours = readGraphColours(canvas.parentElement ?? canvas);
    loop.request();
  });

  const indexAt = (screen: { x: number; y: number }): number | undefined => {
    if (!scene) return undefined;
    if (hitGrid?.version !== positionsVersion || hitGrid.k !== camera.k) {
      const radii = drawnRadii();
      hitGrid = {
        version: positionsVersion,
        k: camera.k,
        radii,
        grid: buildHitGrid(xy, scene.shownByStrength, radii),
      };
    }
    const world = screenToWorld(camera, viewport, screen);
    return nodeAt(hitGrid.grid, xy, hitGrid.radii, world, TAP_REACH_PX / camera.k);
  };

  const detachGestures = attachGestures(canvas, {
    nodeAt: indexAt,
    isDraggable: (node) => graph?.nodes[node]?.isMe === false,
    onTap: options.onTap,
    onPan: (dx, dy) => {
      camera = panBy(camera, dx, dy);
      userMoved();
    },
    onZoom: (screen, factor) => {
      camera = zoomAbout(camera, viewport, screen, factor);
      userMoved();
    },
    onDragMove: (node, screen) => {
      const world = screenToWorld(camera, viewport, screen);
      xy[2 * node] = world.x;
      xy[2 * node + 1] = world.y;
      isFollowingLayout = false;
      held = node;
      layout.pin(node, world.x, world.y);
      positionsChanged();
    },
    onDragEnd: (node) => {
      held = undefined;
      layout.unpin(node);
    },
    onHover: (node) => {
      canvas.classList.toggle('is-over-person', node !== undefined);
    },
    isWheelZoomAllowed: (event) => event.ctrlKey || document.activeElement === canvas,
  });

  function moveCameraTo(target: Camera) {
    isFollowingLayout = false;
    if (options.isReducedMotion) {
      camera = target;
      glide = undefined;
    } else {
      glide = { from: camera, to: target, startedAt: undefined };
    }
    loop.request();
  }

  function positionOf(node: number) {
    const x = xy[2 * node];
    const y = xy[2 * node + 1];
    return x === undefined || y === undefined || Number.isNaN(x + y) ? undefined : { x, y };
  }

  /**
   * Glides to `node`, zooming in to read it (search); `isGentle` keeps the zoom and moves
   * only when the node is near the edge or off screen (keyboard).
   */
  function reveal(node: number, isGentle: boolean) {
    const world = positionOf(node);
    if (!world) {
      pendingReveal = node;
      return;
    }
    if (!isGentle) {
      moveCameraTo(centreOn(camera, world));
      return;
    }
    const screen = worldToScreen(camera, viewport, world);
    const margin = Math.min(viewport.width, viewport.height) * 0.15;
    const isWellInView =
      screen.x > margin &&
      screen.x < viewport.width - margin &&
      screen.y > margin &&
      screen.y < viewport.height - margin;
    if (!isWellInView) moveCameraTo(centreOn(camera, world, camera.k));
  }

  /** What to show changed (filters, insights) but not the graph itself. */
  const setScene = (nextScene: Scene) => {
    scene = nextScene;
    hitGrid = undefined;
    hulls = undefined;
    fitZoom = undefined;
    if (isFollowingLayout) camera = fitCamera() ?? camera;
    loop.request();
  };

  return {
    /**
     * Shows a new graph, laid out by the worker's run `runId`, at `initial` (positions by node
     * index, NaN for someone new) until the layout's positions come.
     */
    setGraph(next: Graph, nextScene: Scene, initial: Float32Array | undefined, runId: number) {
      graph = next;
      scene = nextScene;
      xy = initial ? initial.slice() : new Float32Array(2 * next.nodes.length).fill(NaN);
      labelWidths = new Float32Array(next.nodes.length).fill(NaN);
      pendingReveal = undefined;
      held = undefined;
      hasSettledOnce = false;
      options.onProgress(0);
      // The layout starts moving only after this frame: the first drawing of a graph is the
      // costliest (new code paths, every label measured), and it must not hold back a frame
      // of the motion.
      followAfterDraw = runId;
      positionsChanged();
    },
    /** The same people and links with new details (status, strength): no new layout. */
    updateGraph(next: Graph, nextScene: Scene, runId: number) {
      graph = next;
      labelWidths = new Float32Array(next.nodes.length).fill(NaN);
      setScene(nextScene);
      layout.follow(runId);
    },
    setScene,
    setSelection(node: number, nextNeighbourhood: Uint8Array | undefined) {
      selected = node;
      neighbourhood = nextNeighbourhood;
      loop.request();
    },
    reveal,
    /** The shown person nearest in a direction from `from` (arrow keys). */
    nextInDirection(from: number, direction: Direction): number | undefined {
      if (!scene) return undefined;
      return nearestInDirection(xy, from, scene.shownByStrength, direction);
    },
    zoomBy(factor: number) {
      camera = zoomAbout(
        camera,
        viewport,
        { x: viewport.width / 2, y: viewport.height / 2 },
        factor,
      );
      userMoved();
    },
    fit() {
      const target = fitCamera();
      if (target) moveCameraTo(target);
      isFollowingLayout = true;
    },
    /** The positions now, by node index of the current graph (a copy), with the graph. */
    snapshot(): { graph: Graph; xy: Float32Array } | undefined {
      return graph && { graph, xy: xy.slice() };
    },
    /** Stops drawing; the layout goes on in the worker for the next view to pick up. */
    destroy() {
      loop.stop();
      if (held !== undefined) layout.unpin(held);
      layout.setLayoutHandlers(undefined);
      detachGestures();
      stopWatchingSize();
      stopWatchingTheme();
    },
  };
}
