// The keys by which two records are taken to be the same person: a LinkedIn profile or an
// import's own key (a vCard UID), an email address, and a name together with an
// organisation. Used both when an import is matched against stored people
// (interop/merge.ts) and when stored people are searched for duplicates (duplicates.ts).
// Keys are prefixed by kind, so a LinkedIn key and a vCard UID can share one map.
import { nameOf } from './contact';
import { normalizeText } from './text';
import type { Contact } from './types';

const LINKEDIN_HOST = /^(?:[a-z0-9-]+\.)?linkedin\.com$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** /in/<slug>; anything after the slug (a language, a section) is not the profile. */
const MEMBER_PATH = /^\/in\/[^/]+/;
/** The old public form /pub/<name>/<a>/<b>/<c>: the numbers tell namesakes apart. */
const PUBLIC_PATH = /^\/pub\/[^/]+(?:\/[^/]+)*/;

export const LINKEDIN_KEY_PREFIX = 'li:';
export const UID_KEY_PREFIX = 'uid:';

/**
 * A LinkedIn profile address reduced to `linkedin.com/in/slug`, so that http or https,
 * "www." or a country host, a trailing slash or section, a query and percent-encoding do not
 * matter. undefined for an empty text or an address that is not a LinkedIn profile.
 */
export function linkedInKeyOf(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  const withScheme = SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(withScheme)) return undefined;
  const parsed = new URL(withScheme);
  if (!LINKEDIN_HOST.test(parsed.hostname.toLowerCase())) return undefined;
  const path = decodedPath(parsed.pathname).toLowerCase().replace(/\/+$/, '');
  const profile = (MEMBER_PATH.exec(path) ?? PUBLIC_PATH.exec(path))?.[0];
  return profile === undefined ? undefined : `${LINKEDIN_KEY_PREFIX}linkedin.com${profile}`;
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The key of an import's own identifier: a LinkedIn address, else the text itself (a UID). */
export function sourceKeyOf(sourceKey: string | undefined): string | undefined {
  if (sourceKey === undefined) return undefined;
  const trimmed = sourceKey.trim();
  if (trimmed === '') return undefined;
  return linkedInKeyOf(trimmed) ?? `${UID_KEY_PREFIX}${trimmed}`;
}

/** Email addresses compared without case or surrounding space. */
export function emailKeyOf(email: string): string | undefined {
  const key = email.trim().toLowerCase();
  return key === '' ? undefined : key;
}

type NamedPerson = Pick<Contact, 'givenName' | 'familyName' | 'displayName' | 'organisation'>;

/**
 * Normalised name + organisation keys of a person: one for the shown name and one for
 * given + family name when that differs ("Annie" shown, "Anna Berg" as names). The
 * organisation may be empty on both sides: re-importing a phone's cards, which seldom
 * name one, must still find the people it added before.
 */
export function nameOrgKeysOf(person: NamedPerson): string[] {
  const organisation = normalizeText(person.organisation);
  const names = new Set([
    normalizeText(nameOf(person)),
    normalizeText(`${person.givenName} ${person.familyName}`),
  ]);
  names.delete('');
  return [...names].map((name) => `${name}\u0000${organisation}`);
}

export type KeyedPerson = NamedPerson &
  Pick<Contact, 'linkedInUrl' | 'emails'> & {
    sourceKey?: string | undefined;
  };

/** The strongest keys of a person: their LinkedIn profile and their import key. */
export function sourceKeysOf(person: KeyedPerson): string[] {
  const keys = new Set<string>();
  const fromSource = sourceKeyOf(person.sourceKey);
  if (fromSource !== undefined) keys.add(fromSource);
  const fromProfile = linkedInKeyOf(person.linkedInUrl);
  if (fromProfile !== undefined) keys.add(fromProfile);
  return [...keys];
}

/** A person's distinct email keys. */
export function emailKeysOf(person: Pick<Contact, 'emails'>): string[] {
  const keys = new Set<string>();
  for (const email of person.emails) {
    const key = emailKeyOf(email.value);
    if (key !== undefined) keys.add(key);
  }
  return [...keys];
}
