import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOAST_DURATION_MS, showToast, useToastStore } from './toast-store';
import { NARROW_SCREEN, Toasts } from './toasts';

/** A matchMedia that answers the narrow-screen query as a phone or a desktop would. */
function pretendScreen(isPhone: boolean) {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: query === NARROW_SCREEN && isPhone,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  );
}

function showThree(onUndo: () => void) {
  act(() => {
    showToast({ message: 'Logged a coffee with Anna', actionLabel: 'Undo', onAction: onUndo });
    showToast({ message: 'Skipped Bo this week', actionLabel: 'Undo', onAction: () => undefined });
    showToast({ message: 'Cia is snoozed until Monday' });
  });
}

beforeEach(() => {
  useToastStore.setState({ toasts: [] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('toasts', () => {
  it('show one at a time on a phone, the newest, saying how many wait behind it', () => {
    pretendScreen(true);
    render(<Toasts />);
    showThree(() => undefined);
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('Cia is snoozed until Monday');
    expect(region).toHaveTextContent('2 more messages waiting');
    expect(region).not.toHaveTextContent('Skipped Bo');
    expect(region).not.toHaveTextContent('Logged a coffee');
    expect(within(region).queryAllByRole('button', { name: 'Undo' })).toHaveLength(0);
  });

  it('bring a waiting Undo back with its full time once the newer ones are gone', async () => {
    pretendScreen(true);
    vi.useFakeTimers();
    const undo = vi.fn();
    render(<Toasts />);
    showThree(undo);
    // Longer than a toast's time: the newest goes, and so would the others if their timers
    // ran while they waited.
    act(() => {
      vi.advanceTimersByTime(TOAST_DURATION_MS - 1);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Cia is snoozed');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Skipped Bo this week');
    act(() => {
      vi.advanceTimersByTime(TOAST_DURATION_MS);
    });
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('Logged a coffee with Anna');
    expect(region).not.toHaveTextContent('waiting');
    act(() => {
      vi.advanceTimersByTime(TOAST_DURATION_MS - 1);
    });
    vi.useRealTimers();
    await userEvent.click(within(region).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
    expect(region).toBeEmptyDOMElement();
  });

  it('stack on a wide screen', () => {
    pretendScreen(false);
    render(<Toasts />);
    showThree(() => undefined);
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('Logged a coffee with Anna');
    expect(region).toHaveTextContent('Skipped Bo this week');
    expect(region).toHaveTextContent('Cia is snoozed until Monday');
    expect(within(region).getAllByRole('button', { name: 'Undo' })).toHaveLength(2);
    expect(region).not.toHaveTextContent('waiting');
  });
});
