import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen, preloadScreens } from './lazy-screen';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const Hello = () => <p>Hello</p>;

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((value) => value + 1)}>
      Count {count}
    </button>
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('lazyScreen', () => {
  it('suspends a screen whose code has not arrived, then shows it', async () => {
    const code = deferred<{ default: typeof Hello }>();
    const Screen = lazyScreen(() => code.promise);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    await act(async () => {
      code.resolve({ default: Hello });
      await code.promise;
    });
    expect(await screen.findByText('Hello')).toBeTruthy();
  });

  it('keeps a screen that went through the fallback mounted, with its state, once loaded', async () => {
    const code = deferred<{ default: typeof Counter }>();
    const Screen = lazyScreen(() => code.promise);
    const shell = (label: string) => (
      <Suspense fallback={<p>Loading</p>}>
        <p>{label}</p>
        <Screen />
      </Suspense>
    );
    const { rerender } = render(shell('first'));
    await act(async () => {
      code.resolve({ default: Counter });
      await code.promise;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Count 0' }));
    expect(screen.getByRole('button', { name: 'Count 1' })).toBeTruthy();
    // The shell renders again after the code has arrived: the screen is not mounted afresh.
    rerender(shell('second'));
    expect(screen.getByText('second')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Count 1' })).toBeTruthy();
  });

  it('renders a preloaded screen in its first render, with no fallback', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Hello }));
    const Screen = lazyScreen(load);
    await Screen.preload();
    await Screen.preload();
    expect(load).toHaveBeenCalledTimes(1);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.queryByText('Loading')).toBeNull();
    expect(screen.getByText('Hello')).toBeTruthy();
  });

  it('tries a failed load again, and its preload never rejects', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Hello }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: Hello });
    const Screen = lazyScreen(load);
    await expect(Screen.preload()).resolves.toBeUndefined();
    await Screen.preload();
    expect(load).toHaveBeenCalledTimes(2);
    render(<Screen />);
    expect(screen.getByText('Hello')).toBeTruthy();
  });
});

describe('preloadScreens', () => {
  it('loads the first screen at once, then its prefetch and the next when idle', async () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const screenNamed = (name: string) =>
      lazyScreen(
        () => {
          order.push(`${name} code`);
          return Promise.resolve({ default: Hello });
        },
        () => {
          order.push(`${name} data`);
          return Promise.resolve();
        },
      );
    const stop = preloadScreens([screenNamed('people'), screenNamed('log')]);
    expect(order).toEqual(['people code']);
    await vi.runAllTimersAsync();
    expect(order).toEqual(['people code', 'people data', 'log code', 'log data']);
    stop();
  });

  it('stops when cancelled', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.resolve({ default: Hello }));
    const stop = preloadScreens([lazyScreen(load), lazyScreen(load)]);
    expect(load).toHaveBeenCalledTimes(1);
    stop();
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
