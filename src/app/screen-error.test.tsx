// A screen that cannot render a stored value shows what happened and ways on, never a blank
// page: a person whose last touch is at 1e300 ms (past what a Date holds, as a damaged
// backup once let in) takes the People screen's tie health down, and the boundary around
// each routed screen catches it while the navigation stays usable.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import { ErrorBoundary, ScreenError } from './screen-error-boundary';
import { db } from '../db/db';
import { I18nProvider } from '../i18n/i18n-provider';
import { freshDatabase, makePerson, seedPeople } from '../../tests/support/log-seed';

const SLOW = { timeout: 10_000 };
/** The whole app renders, its screens loading lazily from the database: about a second here. */
const APP_BUDGET = { timeout: 30_000 };

beforeEach(async () => {
  // jsdom has no matchMedia; the install hint asks it whether the app runs standalone.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  // React and the boundary report what they caught; the test looks at the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await freshDatabase();
  await db.settings.update('settings', { onboardedAt: 1_000 });
  await seedPeople(makePerson('Anna', 'Berg', { lastTouchAt: 1e300, touchCount: 1 }));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.history.pushState({}, '', '/');
});

describe('a screen that fails on a stored value', APP_BUDGET, () => {
  it('says so, keeps the navigation, and leads back to This week', async () => {
    window.history.pushState({}, '', '/people');
    render(<App />);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'This screen could not be shown' },
        SLOW,
      ),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something stored in Ties could not be shown here. Your data has not been changed.',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });

    await userEvent.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' }, SLOW)).toBeVisible();
    expect(screen.queryByText('This screen could not be shown')).not.toBeInTheDocument();

    await userEvent.click(within(nav).getByRole('link', { name: 'People' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Go to This week' }, SLOW));
    expect(await screen.findByRole('heading', { level: 1, name: 'This week' }, SLOW)).toBeVisible();
    expect(window.location.pathname).toBe('/');
  });

  it('says so in Swedish', async () => {
    await db.settings.update('settings', { language: 'sv' });
    window.history.pushState({}, '', '/network');
    render(<App />);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Den här sidan kunde inte visas' },
        SLOW,
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Till veckan' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeVisible();
  });
});

describe('the last resort around the whole shell', () => {
  it('shows the same message, with a link that loads the home screen', () => {
    function Broken(): never {
      throw new RangeError('Invalid time value');
    }
    render(
      <I18nProvider language="en">
        <ErrorBoundary fallback={<ScreenError isOutsideRouter />}>
          <Broken />
        </ErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'This screen could not be shown' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to This week' })).toHaveAttribute('href', '/');
  });
});
