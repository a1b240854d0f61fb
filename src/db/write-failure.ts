// Why a write to the database failed, as a reason code the screens turn into words. Browsers
// and Dexie wrap the cause: IndexedDB aborts a transaction with an AbortError whose inner
// error is the QuotaExceededError, and Dexie keeps the cause as `inner`. So the whole chain
// of causes is read, not only the outer name.

export type WriteFailureReason =
  /** The device (or the browser's share of it) has no room left for Ties' data. */
  | 'out-of-space'
  /** The database was closed under the write: another tab upgraded it, or it was deleted. */
  | 'database-closed'
  /** Anything else: the screens say the write could not be finished. */
  | 'unknown';

const OUT_OF_SPACE_NAMES = new Set(['QuotaExceededError']);
const CLOSED_NAMES = new Set(['DatabaseClosedError', 'VersionChangeError', 'InvalidStateError']);

/** The error and every cause it wraps (Dexie's `inner`, the standard `cause`), outermost first. */
function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !chain.includes(current)) {
    chain.push(current);
    const wrapper = current as { inner?: unknown; cause?: unknown };
    current = wrapper.inner ?? wrapper.cause;
  }
  return chain;
}

function nameOf(error: unknown): string {
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

/** The reason a write failed, read from the error it threw. */
export function writeFailureOf(error: unknown): WriteFailureReason {
  const names = causesOf(error).map(nameOf);
  // Chromium reports a full disk on commit as an UnknownError naming the quota.
  const messages = causesOf(error).map((cause) => String((cause as { message?: unknown }).message));
  if (names.some((name) => OUT_OF_SPACE_NAMES.has(name))) return 'out-of-space';
  if (messages.some((message) => /quota/i.test(message))) return 'out-of-space';
  if (names.some((name) => CLOSED_NAMES.has(name))) return 'database-closed';
  return 'unknown';
}
