// Shared setup for the network screen's component tests. jsdom has no canvas, no Worker
// and no matchMedia: getContext answers null (the view then keeps its state and handles
// input without drawing), matchMedia says no to every query, and a fake layout worker
// answers like the real one, placing each person where the test says and computing the
// real clusters and bridges.
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { closeLogSheet } from '../../../src/components/log-sheet-store';
import { computeInsights, ME_NODE_ID } from '../../../src/domain/graph';
import type { Id } from '../../../src/domain/types';
import NetworkPage from '../../../src/features/network/network-page';
import { NO_FILTERS, useNetworkStore } from '../../../src/features/network/network-store';
import type { LayoutRequest, LayoutResponse } from '../../../src/workers/layout-protocol';
import { freshDatabase } from '../../support/log-seed';

/** Where the fake layout puts people, by id; anyone else goes on a circle. The user: (0, 0). */
export const layoutPositions = new Map<Id, [number, number]>();
/** When set, the fake worker answers every layout start with this error. */
export const layoutFailure: { message: string | undefined } = { message: undefined };
/** Every message the screen sent to a layout worker, in order. */
export const sentToWorker: LayoutRequest[] = [];
/** How many layout workers the screen started and ended. */
export const workerLog = { started: 0, terminated: 0 };

class FakeLayoutWorker {
  private readonly listeners: ((event: MessageEvent<LayoutResponse>) => void)[] = [];

  constructor() {
    workerLog.started++;
  }

  addEventListener(type: string, listener: (event: MessageEvent<LayoutResponse>) => void) {
    if (type === 'message') this.listeners.push(listener);
  }

  postMessage(request: LayoutRequest) {
    sentToWorker.push(request);
    const answer = answerTo(request);
    if (!answer) return;
    setTimeout(() => {
      for (const listener of this.listeners) {
        listener(new MessageEvent<LayoutResponse>('message', { data: answer }));
      }
    }, 0);
  }

  terminate() {
    workerLog.terminated++;
  }
}

function answerTo(request: LayoutRequest): LayoutResponse | undefined {
  if (request.type === 'insights') {
    return {
      type: 'insights',
      runId: request.runId,
      insights: computeInsights(request.graph, request.groupNames),
    };
  }
  if (request.type !== 'start') return undefined;
  if (layoutFailure.message !== undefined) {
    return { type: 'error', runId: request.runId, message: layoutFailure.message };
  }
  const xy = new Float32Array(request.nodes.length * 2);
  request.nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / request.nodes.length;
    const [x, y] =
      node.id === ME_NODE_ID
        ? [0, 0]
        : (layoutPositions.get(node.id) ?? [200 * Math.cos(angle), 200 * Math.sin(angle)]);
    xy[2 * index] = x;
    xy[2 * index + 1] = y;
  });
  return { type: 'settled', runId: request.runId, xy, ticks: 1, elapsedMs: 1 };
}

/** A fresh database, stores and stubs for one test. */
export async function setUpNetworkTest(): Promise<void> {
  await freshDatabase();
  layoutPositions.clear();
  layoutFailure.message = undefined;
  sentToWorker.length = 0;
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
