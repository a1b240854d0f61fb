// Drives the layout engine (src/workers/force-layout.ts) in a test: its batches wait in a
// queue until the test runs them, and everything it posts is kept.
import { createLayoutEngine, type LayoutScheduler } from '../../src/workers/force-layout';
import type { LayoutResponse } from '../../src/workers/layout-protocol';

/**
 * A scheduler the test drives: tasks wait in a queue until run, and the clock moves 1 ms
 * each time it is read, so a batch holds about BATCH_BUDGET_MS ticks whatever the machine.
 */
export function manualScheduler() {
  const queue: { task: () => void; isCancelled: boolean }[] = [];
  let clock = 0;
  const scheduler: LayoutScheduler = {
    schedule(task) {
      const entry = { task, isCancelled: false };
      queue.push(entry);
      return () => {
        entry.isCancelled = true;
      };
    },
    now: () => (clock += 1),
  };
  /** Runs the next waiting task; false when none is left. */
  const runNext = (): boolean => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      if (entry.isCancelled) continue;
      entry.task();
      return true;
    }
    return false;
  };
  const runAll = (): void => {
    for (let guard = 0; runNext(); guard++) {
      if (guard > 10_000) throw new Error('The layout never settled');
    }
  };
  const pending = (): number => queue.filter((entry) => !entry.isCancelled).length;
  return { scheduler, runNext, runAll, pending };
}

export type Posted = { message: LayoutResponse; transfer: Transferable[] | undefined };

export function setUpEngine() {
  const posted: Posted[] = [];
  const driver = manualScheduler();
  const engine = createLayoutEngine(
    (message, transfer) => {
      posted.push({ message, transfer });
    },
    { scheduler: driver.scheduler },
  );
  return { ...driver, engine, posted, messages: () => posted.map(({ message }) => message) };
}
