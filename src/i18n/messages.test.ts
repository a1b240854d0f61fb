import { describe, expect, it } from 'vitest';
import type { Message } from './define';
import { areas } from './messages/areas';

const placeholders = (message: Message): string[] => {
  const text = typeof message === 'string' ? message : `${message.one} ${message.other}`;
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
};

describe.each(Object.entries(areas))('the %s messages', (_area, { en, sv }) => {
  const enEntries = Object.entries(en as Record<string, Message>);
  const svMessages = sv as Record<string, Message | undefined>;

  it('have a Swedish text for every English key and no extra ones', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(enEntries)('%s is translated with the same placeholders', (key, message) => {
    const swedish = svMessages[key];
    expect(swedish, `missing Swedish text for ${key}`).toBeDefined();
    if (swedish === undefined) return;
    const texts = typeof swedish === 'string' ? [swedish] : [swedish.one, swedish.other];
    for (const text of texts) expect(text.trim()).not.toBe('');
    expect(placeholders(swedish)).toEqual(placeholders(message));
  });
});
