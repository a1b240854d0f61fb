// Shared setup for the network screen's component tests. jsdom has no canvas, no Worker
// and no matchMedia: getContext answers null (the view then keeps its state and handles
// input without drawing), matchMedia says no to every query, and the layout worker is the
// real engine (src/workers/force-layout.ts) on this thread: it reads the test's database,
// builds the graph, finds the real clusters and bridges and saves the layout, with one
// difference: instead of the forces, one tick puts each person where the test says.
// Messages cross as structured clones, a task later, as they would to and from a worker.
import { render, screen } from '@testing-library/react';
import { forceSimulation } from 'd3-force';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { closeLogSheet } from '../../src/components/log-sheet-store';
import { ME_NODE_ID } from '../../src/domain/graph';
import type { Id } from '../../src/domain/types';
import NetworkPage from '../../src/features/network/network-page';
import { NO_FILTERS, useNetworkStore } from '../../src/features/network/network-store';
import {
  createLayoutEngine,
  type LayoutEngineOptions,
  type LayoutScheduler,
} from '../../src/workers/force-layout';
import type { LayoutRequest, LayoutResponse } from '../../src/workers/layout-protocol';
import { freshDatabase } from './log-seed';

/** Where the layout puts people, by id; anyone else goes on a circle. The user: (0, 0). */
export const layoutPositions = new Map<Id, [number, number]>();
/** When set, every layout run fails with this error. */
export const layoutFailure: { message: string | undefined } = { message: undefined };
/** Every message the screen sent to a layout worker, in order. */
export const sentToWorker: LayoutRequest[] = [];
/** Every message a layout worker sent the screen, in order. */
export const receivedFromWorker: LayoutResponse[] = [];
/** How many layout workers the screen started and ended. */
export const workerLog = { started: 0, terminated: 0 };

/** In place of the forces: the first tick puts everyone in place and the run settles. */
const placeAsTestSays: NonNullable<LayoutEngineOptions['createSimulation']> = (bodies) => {
  if (layoutFailure.message !== undefined) throw new Error(layoutFailure.message);
  return forceSimulation(bodies)
    .stop()
    .alphaDecay(1)
    .force('place', () => {
      bodies.forEach((body, index) => {
        const angle = (2 * Math.PI * index) / bodies.length;
        const [x, y] =
          body.id === ME_NODE_ID
            ? [0, 0]
            : (layoutPositions.get(body.id) ?? [200 * Math.cos(angle), 200 * Math.sin(angle)]);
        body.x = x;
        body.y = y;
        body.vx = 0;
        body.vy = 0;
      });
    });
};

class FakeLayoutWorker {
  private readonly listeners: ((event: MessageEvent<LayoutResponse>) => void)[] = [];
  private isTerminated = false;
  // Nothing runs once the worker is ended, as with a real one.
  private readonly scheduler: LayoutScheduler = {
    schedule: (task) => {
      const timer = setTimeout(() => {
        if (!this.isTerminated) task();
      }, 0);
      return () => {
        clearTimeout(timer);
      };
    },
    now: () => performance.now(),
  };
  private readonly engine = createLayoutEngine(
    (message) => {
      const data = structuredClone(message);
      setTimeout(() => {
        if (this.isTerminated) return;
        receivedFromWorker.push(data);
        for (const listener of this.listeners) {
          listener(new MessageEvent<LayoutResponse>('message', { data }));
        }
      }, 0);
    },
    { scheduler: this.scheduler, createSimulation: placeAsTestSays },
  );

  constructor() {
    workerLog.started++;
  }

  addEventListener(type: string, listener: (event: MessageEvent<LayoutResponse>) => void) {
    if (type === 'message') this.listeners.push(listener);
  }

  removeEventListener(type: string, listener: (event: MessageEvent<LayoutResponse>) => void) {
    const index = this.listeners.indexOf(listener);
    if (type === 'message' && index >= 0) this.listeners.splice(index, 1);
  }

  postMessage(request: LayoutRequest) {
    sentToWorker.push(request);
    void this.engine.handle(structuredClone(request));
  }

  terminate() {
    workerLog.terminated++;
    this.isTerminated = true;
  }
}

/** A fresh database, stores and stubs for one test. */
export async function setUpNetworkTest(): Promise<void> {
  await freshDatabase();
  layoutPositions.clear();
  layoutFailure.message = undefined;
  sentToWorker.length = 0;
  receivedFromWorker.length = 0;
  workerLog.started = 0;
  workerLog.terminated = 0;
  closeLogSheet();
  useNetworkStore.setState({
    view: 'graph',
    filters: NO_FILTERS,
    query: '',
    selectedId: null,
    focusRequest: null,
  });
  vi.stubGlobal('Worker', FakeLayoutWorker);
  stubScreen();
}

/** jsdom's screen as the module comment says: no 2D context, no media query matches. */
export function stubScreen(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
}

/** The network screen at /network, with a stand-in page for each of `personIds` to land on. */
export function renderNetwork(personIds: readonly Id[] = []) {
  return render(
    <MemoryRouter initialEntries={['/network']}>
      <Routes>
        <Route path="/network" element={<NetworkPage />} />
        {personIds.map((id) => (
          <Route key={id} path={`/people/${id}`} element={<h1>Person {id}</h1>} />
        ))}
      </Routes>
    </MemoryRouter>,
  );
}

/** The canvas, once its first layout has settled. */
export async function settledCanvas(): Promise<HTMLElement> {
  const canvas = await screen.findByRole('application', { name: /^Network graph of/ });
  await vi.waitFor(() => {
    if (canvas.getAttribute('data-layout') !== 'settled') throw new Error('still laying out');
  });
  return canvas;
}
