// The provider starts from a catalogue with nothing loaded (the test setup loads every
// language for the other tests, into a module instance of its own).
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ProviderModule from './i18n-provider';
import type * as UseI18nModule from './use-i18n';

let I18nProvider: typeof ProviderModule.I18nProvider;
let useI18n: typeof UseI18nModule.useI18n;

beforeEach(async () => {
  vi.resetModules();
  ({ I18nProvider } = await import('./i18n-provider'));
  ({ useI18n } = await import('./use-i18n'));
});

function Heading() {
  const { t } = useI18n();
  return <h1>{t('nav.people')}</h1>;
}

describe('showing a language whose messages load on demand', () => {
  it('shows nothing until the language’s messages are there, never a bare key', async () => {
    const { container } = render(
      <I18nProvider language="sv">
        <Heading />
      </I18nProvider>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(await screen.findByRole('heading', { name: 'Personer' })).toBeInTheDocument();
  });

  it('keeps the language shown until the one chosen has loaded', async () => {
    const { rerender } = render(
      <I18nProvider language="sv">
        <Heading />
      </I18nProvider>,
    );
    await screen.findByRole('heading', { name: 'Personer' });
    rerender(
      <I18nProvider language="en">
        <Heading />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Personer');
    expect(await screen.findByRole('heading', { name: 'People' })).toBeInTheDocument();
  });
});
