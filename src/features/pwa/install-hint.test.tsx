import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InstallHint } from './install-hint';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const DESKTOP_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

function pretendBrowser(userAgent: string, { isStandalone = false } = {}) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: isStandalone && query.includes('standalone'),
        media: query,
      }) as MediaQueryList,
  );
}

function firePromptEvent(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  const prompt = vi.fn(() => Promise.resolve());
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome }) });
  act(() => {
    window.dispatchEvent(event);
  });
  return { event, prompt };
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the install hint', () => {
  it('tells iPhone users how to add Ties to the home screen', () => {
    pretendBrowser(IPHONE_SAFARI);
    render(<InstallHint />);
    expect(screen.getByText('Install Ties: tap Share, then Add to Home Screen.')).toBeVisible();
  });

  it('stays away once dismissed, also after a restart', async () => {
    pretendBrowser(IPHONE_SAFARI);
    const { unmount } = render(<InstallHint />);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByText(/Add to Home Screen/)).not.toBeInTheDocument();
    unmount();
    render(<InstallHint />);
    expect(screen.queryByText(/Add to Home Screen/)).not.toBeInTheDocument();
  });

  it('says nothing on an iPhone where Ties already runs from the home screen', () => {
    pretendBrowser(IPHONE_SAFARI, { isStandalone: true });
    render(<InstallHint />);
    expect(screen.queryByRole('region', { name: 'Install Ties' })).not.toBeInTheDocument();
  });

  it('says nothing on a desktop browser that does not offer installing', () => {
    pretendBrowser(DESKTOP_CHROME);
    render(<InstallHint />);
    expect(screen.queryByRole('region', { name: 'Install Ties' })).not.toBeInTheDocument();
  });

  it('offers an Install button when Chromium can install, and opens its prompt', async () => {
    pretendBrowser(DESKTOP_CHROME);
    render(<InstallHint />);
    const { event, prompt } = firePromptEvent('accepted');
    expect(event.defaultPrevented).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: 'Install Ties' })).not.toBeInTheDocument();
  });

  it('does not offer installing again after the user said no', async () => {
    pretendBrowser(DESKTOP_CHROME);
    render(<InstallHint />);
    firePromptEvent('dismissed');
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    firePromptEvent('accepted');
    expect(screen.queryByRole('button', { name: 'Install' })).not.toBeInTheDocument();
  });
});
