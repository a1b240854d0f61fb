import { deserialize, serialize } from 'node:v8';

// jsdom has no structuredClone, which fake-indexeddb needs; Node's serializer does the same job.
const cloneInNode: <T>(value: T) => T =
  typeof globalThis.structuredClone === 'function'
    ? globalThis.structuredClone.bind(globalThis)
    : <T>(value: T): T => deserialize(serialize(value)) as T;

globalThis.structuredClone = <T>(value: T): T => inThisRealm(cloneInNode(value)) as T;

/**
 * Node's clone makes typed arrays of Node's own realm, not of the jsdom window's, which the
 * tests' globals come from. Dexie keeps a typed array of the window's realm as it is when it
 * copies a live query's result, but copies any other object field by field, which leaves a
 * typed array from another realm an empty shell. A browser's clone never crosses realms,
 * so the typed arrays are made again in the window's realm here.
 */
function inThisRealm(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    const name = Object.prototype.toString.call(value).slice(8, -1);
    const Local = (globalThis as unknown as Record<string, unknown>)[name];
    if (name === 'DataView' || typeof Local !== 'function' || value instanceof Local) return value;
    return new (Local as new (source: ArrayLike<number>) => unknown)(
      value as unknown as ArrayLike<number>,
    );
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = inThisRealm(value[i]);
    return value;
  }
  // Plain objects only (their prototype may be another realm's Object.prototype).
  if (Object.prototype.toString.call(value) === '[object Object]') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = inThisRealm(record[key]);
  }
  return value;
}
