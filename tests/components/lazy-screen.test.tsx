import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen, preloadScreens } from '../../src/app/lazy-screen';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const Hello = () => <p>Hello</p>;

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
