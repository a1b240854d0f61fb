import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register/react';
import { setUnsavedInput, useUnsavedInputStore } from '../../components/unsaved-input-store';
import { db } from '../../db/db';
import { UpdatePrompt } from './update-prompt';

// The real hook talks to a service worker, which jsdom has not got. This stand-in keeps
// the same contract: a needRefresh state, updateServiceWorker, and the options it got.
const sw = vi.hoisted(() => ({
  isWaiting: false,
  options: undefined as RegisterSWOptions | undefined,
  updateServiceWorker: vi.fn(() => Promise.resolve()),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: RegisterSWOptions) => {
    sw.options = options;
    const needRefresh = useState(sw.isWaiting);
    const offlineReady = useState(false);
    return { needRefresh, offlineReady, updateServiceWorker: sw.updateServiceWorker };
  },
}));

const reload = vi.fn();

beforeEach(() => {
  sw.isWaiting = false;
  sw.options = undefined;
  sw.updateServiceWorker.mockClear();
  reload.mockClear();
  useUnsavedInputStore.setState({ dirtyKeys: new Set(), lostOnReloadKeys: new Set() });
  vi.stubGlobal('location', { reload });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  // A test that closed the database for good hands the next one a fresh connection.
  if (db.connectionLoss !== null) {
    await db.open();
    db.close();
  }
});

/**
 * The page's service-worker container, which jsdom has not got: `controller` is the worker
 * controlling the page, `active` the registration's active worker when the page loaded.
 */
function stubServiceWorkers({
  isControlled,
  hasActive,
}: {
  isControlled: boolean;
  hasActive: boolean;
}) {
  const worker = { scriptURL: '/sw.js' };
  const container = Object.assign(new EventTarget(), {
    controller: isControlled ? worker : null,
    getRegistration: () => Promise.resolve(hasActive ? { active: worker } : undefined),
  });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container });
  return {
    /** A newer worker takes control, as when another tab activated the update. */
    takeControl: () => {
      container.controller = { scriptURL: '/sw.js' };
      container.dispatchEvent(new Event('controllerchange'));
    },
  };
}

describe('the update prompt', () => {
  it('stays hidden while no new version is waiting', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByText('A new version of Ties is ready.')).not.toBeInTheDocument();
  });

  it('activates the waiting version when Reload is pressed and nothing is unsaved', async () => {
    sw.isWaiting = true;
    render(<UpdatePrompt />);
    expect(screen.getByText('A new version of Ties is ready.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('asks to save or discard first instead of reloading over unsaved input', async () => {
    sw.isWaiting = true;
    setUnsavedInput('person-form', true);
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Save or discard your changes first.');

    act(() => {
      setUnsavedInput('person-form', false);
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('goes away on Later without updating', async () => {
    sw.isWaiting = true;
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version of Ties is ready.')).not.toBeInTheDocument();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('does not reload by itself when the new version takes over a page with unsaved input', () => {
    setUnsavedInput('log-sheet', true);
    render(<UpdatePrompt />);
    act(() => {
      sw.options?.onNeedReload?.();
    });
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByText('A new version of Ties is ready.')).toBeVisible();
  });

  it('reloads when the new version takes over a page with nothing unsaved', () => {
    render(<UpdatePrompt />);
    act(() => {
      sw.options?.onNeedReload?.();
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('an update taken in another tab', () => {
  it('is offered in this tab with its unsaved input, though this tab never saw it waiting', () => {
    const workers = stubServiceWorkers({ isControlled: true, hasActive: true });
    setUnsavedInput('person-form', true);
    render(<UpdatePrompt />);
    act(() => {
      workers.takeControl();
    });
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByText('A new version of Ties is ready.')).toBeVisible();
  });

  it('reloads a tab with nothing unsaved once, however many reports come', () => {
    const workers = stubServiceWorkers({ isControlled: true, hasActive: true });
    render(<UpdatePrompt />);
    act(() => {
      workers.takeControl();
      sw.options?.onNeedReload?.();
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is not the first install taking control of a page that had no worker', async () => {
    const workers = stubServiceWorkers({ isControlled: false, hasActive: false });
    setUnsavedInput('person-form', true);
    render(<UpdatePrompt />);
    // Lets the check for an active worker come back first.
    await act(() => navigator.serviceWorker.getRegistration());
    act(() => {
      workers.takeControl();
    });
    expect(reload).not.toHaveBeenCalled();
    expect(screen.queryByText('A new version of Ties is ready.')).not.toBeInTheDocument();
  });

  it('is counted on a page that a forced reload left without a controller', async () => {
    const workers = stubServiceWorkers({ isControlled: false, hasActive: true });
    setUnsavedInput('person-form', true);
    render(<UpdatePrompt />);
    await act(() => navigator.serviceWorker.getRegistration());
    act(() => {
      workers.takeControl();
    });
    expect(screen.getByText('A new version of Ties is ready.')).toBeVisible();
  });

  it('leaves the reload to the database banner once this tab can no longer save', () => {
    sw.isWaiting = true;
    render(<UpdatePrompt />);
    expect(screen.getByText('A new version of Ties is ready.')).toBeVisible();
    act(() => {
      db.closeForGood('newer-version');
    });
    expect(screen.queryByText('A new version of Ties is ready.')).not.toBeInTheDocument();
  });
});
