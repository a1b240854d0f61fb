// A LinkedIn profile is the natural merge key. The same profile is written as
// https://www.linkedin.com/in/jane-doe, linkedin.com/in/Jane-Doe/, or with a country host
// (se.linkedin.com) and tracking query; the key reduces all of these to one form.

/** /in/<slug> (anything after the slug, like a language, is not part of the profile). */
const MEMBER_PATH = /^\/in\/[^/]+/i;
/** The old public form /pub/<name>/<a>/<b>/<c>: the numbers tell namesakes apart. */
const PUBLIC_PATH = /^\/pub\/[^/]+(\/[^/]+)*/i;

function profilePath(url: URL): string | undefined {
  if (!isLinkedInHost(url.hostname)) return undefined;
  return (MEMBER_PATH.exec(url.pathname) ?? PUBLIC_PATH.exec(url.pathname))?.[0];
}

function parseWebUrl(text: string): URL | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

function isLinkedInHost(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === 'linkedin.com' || lower.endsWith('.linkedin.com');
}

/** True for a LinkedIn member profile URL (/in/… or the old /pub/…). */
export function isLinkedInProfileUrl(text: string): boolean {
  const url = parseWebUrl(text);
  return url !== undefined && profilePath(url) !== undefined;
}

/**
 * The canonical key of a LinkedIn profile URL: https://www.linkedin.com/in/<slug>, lower
 * case, without query, fragment or trailing slash. Undefined for anything else.
 */
export function linkedInProfileKey(text: string): string | undefined {
  const url = parseWebUrl(text);
  const path = url && profilePath(url);
  return path === undefined ? undefined : `https://www.linkedin.com${path}`.toLowerCase();
}
