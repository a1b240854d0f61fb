// The compiler holds every call of `t` to the placeholders of the message's English text:
// each `@ts-expect-error` below fails the typecheck (npm run typecheck) if the call it
// marks ever compiles. The assertions show what such a call would have put on screen.
import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { defineMessages, defineTranslation } from './define';

const { t } = createI18n('en');

describe('a message’s variables, typed from its English text', () => {
  it('fills every placeholder the message names', () => {
    expect(t('people.person.actionFailed', { reason: 'the disk is full' })).toBe(
      'That did not work: the disk is full',
    );
  });

  it('refuses a misspelt variable, which would leave the placeholder on screen', () => {
    // @ts-expect-error 'reasn' is no placeholder of the message, and {reason} is not given
    expect(t('people.person.actionFailed', { reasn: 'the disk is full' })).toBe(
      'That did not work: {reason}',
    );
  });

  it('refuses a call that leaves a variable out', () => {
    // @ts-expect-error the message names {reason}
    expect(t('people.person.actionFailed')).toBe('That did not work: {reason}');
    // @ts-expect-error the message names {count} and {total}
    expect(t('thisWeek.progress.handled', { count: 2 })).toBe('2 of {total} handled');
  });

  it('refuses variables for a message without placeholders', () => {
    // @ts-expect-error 'Save' names nothing
    expect(t('common.save', { name: 'Anna' })).toBe('Save');
  });

  it('asks plural forms for a number to choose by', () => {
    expect(t('toast.waiting', { count: 1 })).toBe('1 more message waiting');
    // @ts-expect-error a count in words cannot choose a plural form
    expect(t('toast.waiting', { count: 'two' })).toBe('two more messages waiting');
  });
});

describe('another language’s messages, checked against English', () => {
  const english = defineMessages({
    'example.greeting': 'Hello {name}',
    'example.count': { one: 'One person', other: '{count} people' },
  });

  it('take the same keys with the same placeholders', () => {
    const swedish = defineTranslation<typeof english>()({
      'example.greeting': 'Hej {name}',
      'example.count': { one: 'En person', other: '{count} personer' },
    });
    expect(Object.keys(swedish)).toEqual(Object.keys(english));
  });

  it('refuse a misspelt placeholder, a missing key and an extra one', () => {
    defineTranslation<typeof english>()({
      // @ts-expect-error {namn} is not the English {name}
      'example.greeting': 'Hej {namn}',
      'example.count': { one: 'En person', other: '{count} personer' },
    });
    // @ts-expect-error 'example.count' is missing
    defineTranslation<typeof english>()({ 'example.greeting': 'Hej {name}' });
    defineTranslation<typeof english>()({
      'example.greeting': 'Hej {name}',
      'example.count': { one: 'En person', other: '{count} personer' },
      // @ts-expect-error English has no such key
      'example.extra': 'Extra',
    });
    expect(english['example.greeting']).toBe('Hello {name}');
  });
});
