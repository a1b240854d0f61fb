// People stored twice: the same LinkedIn profile, the same import key (vCard UID), the same
// email address, or the same name at the same organisation (person-keys.ts). Linear in the
// number of people: each key is a map bucket, and every other person in a bucket is paired
// with the bucket's first, so an address shared by many (info@…) gives n − 1 pairs, not n².
// Merging the pairs one by one into the same person clears the whole bucket.
import { nameOf } from './contact';
import { emailKeysOf, LINKEDIN_KEY_PREFIX, nameOrgKeysOf, sourceKeysOf } from './person-keys';
import { compareNames } from './name-order';
import type { Contact, Id, Language } from './types';

export type DuplicateReason = 'linkedin' | 'source-key' | 'email' | 'name-org';

/** Strongest first: the order pairs are listed in and reasons are given in. */
export const DUPLICATE_REASONS: readonly DuplicateReason[] = [
  'linkedin',
  'source-key',
  'email',
  'name-org',
];

export type DuplicatePair = {
  /** The suggested person to keep: more touches, then added earlier, then by id. */
  keepId: Id;
  /** The suggested person to merge into keepId. */
  mergeId: Id;
  /** Every reason the two look like one person, strongest first. */
  reasons: DuplicateReason[];
};

type DuplicateCandidate = Pick<
  Contact,
  | 'id'
  | 'createdAt'
  | 'deletedAt'
  | 'touchCount'
  | 'givenName'
  | 'familyName'
  | 'displayName'
  | 'organisation'
  | 'linkedInUrl'
  | 'emails'
  | 'sourceKey'
>;

function keysWithReasons(contact: DuplicateCandidate): [string, DuplicateReason][] {
  return [
    ...sourceKeysOf(contact).map((key): [string, DuplicateReason] => [
      key,
      key.startsWith(LINKEDIN_KEY_PREFIX) ? 'linkedin' : 'source-key',
    ]),
    ...emailKeysOf(contact).map((key): [string, DuplicateReason] => [`email:${key}`, 'email']),
    ...nameOrgKeysOf(contact).map((key): [string, DuplicateReason] => [`name:${key}`, 'name-org']),
  ];
}

/** Which of two people to keep: the one with more touches, then the older, then by id. */
function isBetterKeeper(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  if (a.touchCount !== b.touchCount) return a.touchCount > b.touchCount;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt;
  return a.id < b.id;
}

/** Pairs of people (deleted ones left out) that look like the same person, strongest first. */
export function findDuplicates(
  contacts: readonly DuplicateCandidate[],
  language: Language,
): DuplicatePair[] {
  const firstWithKey = new Map<string, DuplicateCandidate>();
  const pairs = new Map<
    string,
    { a: DuplicateCandidate; b: DuplicateCandidate; reasons: Set<DuplicateReason> }
  >();
  for (const contact of contacts) {
    if (contact.deletedAt !== undefined) continue;
    for (const [key, reason] of keysWithReasons(contact)) {
      const first = firstWithKey.get(key);
      if (!first) {
        firstWithKey.set(key, contact);
        continue;
      }
      if (first.id === contact.id) continue;
      const pairKey =
        first.id < contact.id ? `${first.id}\u0000${contact.id}` : `${contact.id}\u0000${first.id}`;
      const pair = pairs.get(pairKey);
      if (pair) pair.reasons.add(reason);
      else pairs.set(pairKey, { a: first, b: contact, reasons: new Set([reason]) });
    }
  }
  const result = [...pairs.values()].map(({ a, b, reasons }) => {
    const [keep, merge] = isBetterKeeper(a, b) ? [a, b] : [b, a];
    return {
      pair: {
        keepId: keep.id,
        mergeId: merge.id,
        reasons: DUPLICATE_REASONS.filter((reason) => reasons.has(reason)),
      },
      name: nameOf(keep),
    };
  });
  result.sort((x, y) => {
    const strength =
      DUPLICATE_REASONS.indexOf(x.pair.reasons[0] ?? 'name-org') -
      DUPLICATE_REASONS.indexOf(y.pair.reasons[0] ?? 'name-org');
    if (strength !== 0) return strength;
    return compareNames(language, x.name, y.name) || (x.pair.keepId < y.pair.keepId ? -1 : 1);
  });
  return result.map(({ pair }) => pair);
}
