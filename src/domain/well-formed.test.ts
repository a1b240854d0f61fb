import { describe, expect, it } from 'vitest';
import { isWellFormed, toWellFormed } from './well-formed';

describe('toWellFormed', () => {
  it('replaces a lone high or low surrogate with U+FFFD', () => {
    expect(toWellFormed('a\uD83Db')).toBe('a\uFFFDb');
    expect(toWellFormed('\uDE00')).toBe('\uFFFD');
    expect(toWellFormed('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
  });

  it('keeps emoji, joined emoji, flags, right-to-left text and combining marks', () => {
    const text = '😀 👩‍👩‍👧 🇸🇪 שלום e\u0301 \u200B';
    expect(toWellFormed(text)).toBe(text);
    expect(isWellFormed(text)).toBe(true);
    expect(isWellFormed('x\uD800')).toBe(false);
  });
});

describe('without the engine’s own methods', () => {
  it('finds and replaces lone surrogates the same way', () => {
    const names = ['isWellFormed', 'toWellFormed'] as const;
    const saved = names.map((name) => Object.getOwnPropertyDescriptor(String.prototype, name));
    for (const name of names) Reflect.deleteProperty(String.prototype, name);
    try {
      expect(isWellFormed('😀 ok')).toBe(true);
      expect(isWellFormed('a\uD83D')).toBe(false);
      expect(toWellFormed('a\uD83Db 😀 \uDE00')).toBe('a\uFFFDb 😀 \uFFFD');
    } finally {
      names.forEach((name, index) => {
        const descriptor = saved[index];
        if (descriptor) Object.defineProperty(String.prototype, name, descriptor);
      });
    }
  });
});
