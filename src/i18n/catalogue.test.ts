// Each test starts from a catalogue with nothing loaded (the test setup loads every
// language for the other tests, into a module instance of its own).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CatalogueModule from './catalogue';

let catalogue: typeof CatalogueModule;

beforeEach(async () => {
  vi.resetModules();
  catalogue = await import('./catalogue');
});

describe('loading the messages of one language', () => {
  it('loads the first screen’s messages of that language only', async () => {
    expect(catalogue.isLanguageLoaded('sv')).toBe(false);
    await catalogue.loadLanguage('sv');
    expect(catalogue.isLanguageLoaded('sv')).toBe(true);
    expect(catalogue.messageOf('sv', 'nav.people')).toBe('Personer');
    expect(catalogue.isLanguageLoaded('en')).toBe(false);
    expect(catalogue.messageOf('en', 'nav.people')).toBeUndefined();
  });

  it('leaves the screens’ own areas out until a screen asks for them', async () => {
    await catalogue.loadLanguage('en');
    expect(catalogue.messageOf('en', 'network.title')).toBeUndefined();
    expect(catalogue.messageOf('en', 'yourData.title')).toBeUndefined();
  });

  it('loads an area a screen asks for in the language in use, and not in the other', async () => {
    await catalogue.loadLanguage('en');
    catalogue.loadArea('network');
    expect(catalogue.isLanguageLoaded('en')).toBe(false);
    await catalogue.messagesLoaded();
    expect(catalogue.isLanguageLoaded('en')).toBe(true);
    expect(catalogue.messageOf('en', 'network.title')).toBe('Network');
    expect(catalogue.messageOf('sv', 'network.title')).toBeUndefined();
  });

  it('loads every area asked for so far when another language is chosen', async () => {
    await catalogue.loadLanguage('en');
    catalogue.loadArea('yourData');
    await catalogue.messagesLoaded();
    await catalogue.loadLanguage('sv');
    expect(catalogue.isLanguageLoaded('sv')).toBe(true);
    expect(catalogue.messageOf('sv', 'yourData.title')).toBe('Import, export och säkerhetskopia');
    expect(catalogue.messageOf('sv', 'network.title')).toBeUndefined();
  });
});
