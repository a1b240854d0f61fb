import { deserialize, serialize } from 'node:v8';

// jsdom has no structuredClone, which fake-indexeddb needs; Node's serializer does the same job.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}
