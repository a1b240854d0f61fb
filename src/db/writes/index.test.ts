import { describe, expect, it } from 'vitest';
import { WRITES } from './index';

/** The modules of this folder that hold writes (not the list, the runner or a log helper). */
const modules = import.meta.glob<Record<string, unknown>>(
  ['./*.ts', '!./*.test.ts', '!./index.ts', '!./run-write.ts', '!./touch-logs.ts'],
  { eager: true },
);

const isClass = (value: unknown) =>
  typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));

describe('the list of writes', () => {
  it('lists every write the folder exports, and nothing else', () => {
    const exported = Object.values(modules).flatMap((module) =>
      Object.entries(module)
        // Classes are the errors writes raise; is… functions tell those errors apart.
        .filter(([, value]) => typeof value === 'function' && !isClass(value))
        .filter(([name]) => !/^is[A-Z]/.test(name))
        .map(([name]) => name),
    );
    expect(exported.sort()).toEqual(Object.keys(WRITES).sort());
  });
});
