// The graph's canvas in React: creates the graph view (graph-view.ts) on mount, hands it
// each new graph, scene and selection, and saves the positions when the screen is left (the
// worker saves them each time the layout settles). Keyboard: the canvas is one tab stop; arrow keys move the
// selection to the nearest person that way, Enter opens them, Escape clears, + − 0 zoom.
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { WriteErrorReason } from '../../db/write-errors';
import { saveGraphLayout } from '../../db/writes/graph-layout';
import { useI18n } from '../../i18n/use-i18n';
import { createGraphView, ZOOM_STEP, type GraphView } from './graph-view';
import type { Direction } from './hit-grid';
import type { LayoutClient, LoadedGraph } from './layout-client';
import type { Scene } from './scene';
import './network-messages';

type GraphCanvasProps = {
  layout: LayoutClient;
  /** The graph the worker built (and lays out). */
  loaded: LoadedGraph;
  scene: Scene;
  /** With reduced motion the worker sends the settled picture only: no progress to show. */
  isMotionReduced: boolean;
  selected: number;
  neighbourhood: Uint8Array | undefined;
  /** People shown (the user not counted), for the canvas's accessible name. */
  shownCount: number;
  /** A person to glide to (search, insights); `onFocused` says it was done. */
  focus: number | undefined;
  onFocused: () => void;
  onSelect: (node: number | undefined) => void;
  onOpen: (node: number) => void;
};

const ARROWS: Partial<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * Progress is shown in steps of 10%, so a running layout re-renders the bar about ten times:
 * each re-render is main-thread work inside a frame of the motion.
 */
const PROGRESS_STEP = 0.1;

function saveSnapshot(view: GraphView): void {
  const snapshot = view.snapshot();
  if (!snapshot || !snapshot.xy.some((value) => !Number.isNaN(value))) return;
  const ids = snapshot.graph.nodes.map((node) => node.id);
  saveGraphLayout(ids, snapshot.xy).catch((error: unknown) => {
    // A cache: losing it only means a fresh layout next time.
    console.warn('Ties could not keep the graph layout', error);
  });
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { layout, loaded, scene, isMotionReduced, selected, neighbourhood, shownCount, focus } =
    props;
  const { t } = useI18n();
  const helpId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewRef = useRef<GraphView | null>(null);
  /** The layout run whose positions the view has (LoadedGraph.layoutId). */
  const shownLayoutRef = useRef<number | undefined>(undefined);
  const [progress, setProgress] = useState<number | null>(0);
  const [layoutError, setLayoutError] = useState<WriteErrorReason | null>(null);

  const onTap = useEffectEvent((node: number | undefined) => {
    props.onSelect(node);
  });
  const onProgress = useEffectEvent((next: number | null) => {
    setProgress((previous) =>
      next === null || previous === null || Math.abs(next - previous) >= PROGRESS_STEP
        ? next
        : previous,
    );
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const view = createGraphView({
      canvas,
      meLabel: t('network.me'),
      isReducedMotion: isMotionReduced,
      layout,
      onTap,
      onProgress,
      onLayoutError: setLayoutError,
    });
    viewRef.current = view;
    return () => {
      saveSnapshot(view);
      view.destroy();
      viewRef.current = null;
      shownLayoutRef.current = undefined;
    };
    // The view lives as long as the canvas; the language's "You" is fixed for that time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    // The worker lays out a graph anew only when its people or links changed; otherwise the
    // positions the view has still fit.
    if (shownLayoutRef.current === loaded.layoutId) {
      view.updateGraph(loaded.graph, scene, loaded.runId);
    } else {
      view.setGraph(loaded.graph, scene, loaded.initial, loaded.runId);
    }
    shownLayoutRef.current = loaded.layoutId;
    // A new scene alone is handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  useEffect(() => {
    viewRef.current?.setScene(scene);
  }, [scene]);

  useEffect(() => {
    viewRef.current?.setSelection(selected, neighbourhood);
  }, [selected, neighbourhood]);

  const onFocused = useEffectEvent(() => {
    props.onFocused();
  });
  useEffect(() => {
    if (focus === undefined || !viewRef.current) return;
    viewRef.current.reveal(focus, false);
    onFocused();
  }, [focus]);

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const view = viewRef.current;
    if (!view || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = selected < 0 ? 0 : view.nextInDirection(selected, direction);
      if (next === undefined) return;
      props.onSelect(next);
      view.reveal(next, true);
    } else if (event.key === 'Enter' && selected >= 0) {
      event.preventDefault();
      props.onOpen(selected);
    } else if (event.key === 'Escape' && selected >= 0) {
      event.preventDefault();
      props.onSelect(undefined);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      view.zoomBy(ZOOM_STEP);
    } else if (event.key === '-') {
      event.preventDefault();
      view.zoomBy(1 / ZOOM_STEP);
    } else if (event.key === '0') {
      event.preventDefault();
      view.fit();
    }
  };

  return (
    <div className="graph-stage">
      <canvas
        ref={canvasRef}
        className="graph-canvas"
        tabIndex={0}
        // The graph is a keyboard widget of its own (arrows, +/−, Enter): an application.
        // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
        role="application"
        aria-roledescription={t('network.view.graph')}
        aria-label={t('network.canvasLabel', { count: shownCount })}
        aria-describedby={helpId}
        data-shown-count={shownCount}
        data-layout={progress === null ? 'settled' : 'running'}
        onKeyDown={onKeyDown}
      />
      <p id={helpId} className="visually-hidden">
        {t('network.canvasHelp')}
      </p>
      {progress !== null && layoutError === null && (
        <div className="graph-progress" role="status">
          <span className="muted">{t('network.loading')}</span>
          <progress
            max={1}
            value={isMotionReduced ? undefined : progress}
            aria-label={t('network.layoutProgress')}
          />
        </div>
      )}
      {layoutError !== null && (
        <p className="graph-error card" role="alert">
          {t('network.layoutFailed')}
        </p>
      )}
      <div className="graph-zoom" role="group" aria-label={t('network.controls')}>
        <button
          type="button"
          className="button"
          aria-label={t('network.zoomIn')}
          title={t('network.zoomIn')}
          onClick={() => viewRef.current?.zoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('network.zoomOut')}
          title={t('network.zoomOut')}
          onClick={() => viewRef.current?.zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('network.fit')}
          title={t('network.fit')}
          onClick={() => viewRef.current?.fit()}
        >
          ⤢
        </button>
      </div>
    </div>
  );
}
