import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register/react';
import { setUnsavedInput, useUnsavedInputStore } from '../../components/unsaved-input-store';
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
  useUnsavedInputStore.setState({ dirtyKeys: new Set() });
  vi.stubGlobal('location', { reload });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

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
