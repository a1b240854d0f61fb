import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, usePeriodicUpdateCheck } from './use-periodic-update-check';

function fakeRegistration() {
  const update = vi.fn(() => Promise.resolve());
  const registration = { installing: null, update } as unknown as ServiceWorkerRegistration;
  return { registration, update };
}

function setOnline(isOnline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(isOnline);
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the periodic update check', () => {
  it('asks for a new version every hour while online', () => {
    setOnline(true);
    const { registration, update } = fakeRegistration();
    renderHook(() => {
      usePeriodicUpdateCheck(registration);
    });
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('does not ask while offline, and asks as soon as the device is back online', () => {
    setOnline(false);
    const { registration, update } = fakeRegistration();
    renderHook(() => {
      usePeriodicUpdateCheck(registration);
    });
    vi.advanceTimersByTime(3 * UPDATE_CHECK_INTERVAL_MS);
    expect(update).not.toHaveBeenCalled();
    setOnline(true);
    window.dispatchEvent(new Event('online'));
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('stops asking once the app is gone', () => {
    setOnline(true);
    const { registration, update } = fakeRegistration();
    const { unmount } = renderHook(() => {
      usePeriodicUpdateCheck(registration);
    });
    unmount();
    vi.advanceTimersByTime(2 * UPDATE_CHECK_INTERVAL_MS);
    expect(update).not.toHaveBeenCalled();
  });
});
