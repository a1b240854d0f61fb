// The messages loaded so far, by language. Each language's messages are modules of their own
// (messages/en, messages/sv), loaded on demand, so the app's script carries no language's
// texts and a user loads only the language they use:
// - the first screen's messages, before the app shows anything in that language
//   (I18nProvider waits for them, keeping the language it showed until then);
// - an area that loads with its screen (network, your data), once a module of its feature
//   asks for it (loadArea), in every language in use. A screen loaded on demand waits for
//   the areas its code asked for before it renders (app/lazy-screen.tsx), so no screen shows
//   a bare key while its messages are on their way.
// Choosing another language loads the first screen's messages and every area asked for so
// far in it. The service worker precaches every built script, so this works offline too.
import type { Message, Messages } from './define';
import type { LaterArea, MessageKey } from './messages/keys';
import type { Language } from '../domain/types';

type Area = 'firstScreen' | LaterArea;
type Load = () => Promise<Messages>;

const LOADERS: Record<Area, Record<Language, Load>> = {
  firstScreen: {
    en: () => import('./messages/en/first-screen').then((module) => module.firstScreen),
    sv: () => import('./messages/sv/first-screen').then((module) => module.firstScreen),
  },
  network: {
    en: () => import('./messages/en/network').then((module) => module.network),
    sv: () => import('./messages/sv/network').then((module) => module.network),
  },
  yourData: {
    en: () => import('./messages/en/your-data').then((module) => module.yourData),
    sv: () => import('./messages/sv/your-data').then((module) => module.yourData),
  },
  goals: {
    en: () => import('./messages/en/goals').then((module) => module.goals),
    sv: () => import('./messages/sv/goals').then((module) => module.goals),
  },
  share: {
    en: () => import('./messages/en/share').then((module) => module.share),
    sv: () => import('./messages/sv/share').then((module) => module.share),
  },
};

const CATALOGUES: Record<Language, Partial<Record<MessageKey, Message>>> = { en: {}, sv: {} };

/** The areas asked for so far: the first screen's always, the later ones once asked. */
const wantedAreas = new Set<Area>(['firstScreen']);
/** The language asked for last: the one shown, or about to be. Later areas load in it. */
let current: Language | undefined;
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();

const partOf = (area: Area, language: Language) => `${area}:${language}`;

function loadPart(area: Area, language: Language): Promise<void> {
  const part = partOf(area, language);
  if (loaded.has(part)) return Promise.resolve();
  let pending = loading.get(part);
  if (!pending) {
    pending = LOADERS[area][language]()
      .then((messages) => {
        Object.assign(CATALOGUES[language], messages);
        loaded.add(part);
      })
      .finally(() => {
        // A failed load (offline before the service worker had the file) may be tried again.
        loading.delete(part);
      });
    loading.set(part, pending);
  }
  return pending;
}

/** The message for `key` in `language`, if its area has been loaded. */
export function messageOf(language: Language, key: MessageKey): Message | undefined {
  return CATALOGUES[language][key];
}

/** True once every area asked for so far has been loaded in `language`. */
export function isLanguageLoaded(language: Language): boolean {
  return [...wantedAreas].every((area) => loaded.has(partOf(area, language)));
}

/**
 * Makes `language` the one in use and loads its first screen's messages, and every area
 * asked for so far. Rejects when a part could not be loaded; asking again tries again.
 */
export async function loadLanguage(language: Language): Promise<void> {
  current = language;
  await Promise.all([...wantedAreas].map((area) => loadPart(area, language)));
}

/**
 * Asks for an area that loads with its screen, in the language in use (and, from now on,
 * in any language chosen). Call it from a module that every file using the area's keys
 * imports (a unit test holds them to that); the screen then waits for it (messagesLoaded).
 */
export function loadArea(area: LaterArea): void {
  wantedAreas.add(area);
  if (current === undefined) return;
  loadPart(area, current).catch((error: unknown) => {
    console.error(`Ties could not load the ${area} messages`, error);
  });
}

/**
 * Resolves once every area asked for so far is loaded in the language in use, trying again
 * any part whose load failed; rejects if one still cannot be loaded.
 */
export async function messagesLoaded(): Promise<void> {
  if (current !== undefined) await loadLanguage(current);
}
