// A form's unsaved input, kept per tab in sessionStorage: it survives that tab's reload and
// an app update (which reloads the page), and no other tab sees, clears or replaces it. A
// duplicated tab starts with a copy, as the browser copies sessionStorage. Each form names
// its drafts and checks what it reads back (people/person-draft-storage.ts,
// goals/goal-draft.ts).

/** The tab's draft under `key`, as `sanitize` reads it; null when there is none or it cannot be read. */
export function readTabDraft<T>(key: string, sanitize: (value: unknown) => T | null): T | null {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? null : sanitize(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Keeps the draft for this tab. Storage can refuse (full, blocked): the input then stays on
 * screen only.
 */
export function writeTabDraft(key: string, draft: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch (error) {
    console.warn('Ties could not keep the unsaved input for this tab', error);
  }
}

export function removeTabDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing was kept if storage cannot be reached.
  }
}
