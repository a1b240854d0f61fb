import { createContext } from 'react';
import type { Language } from '../domain/types';
import type { MessageArgs, MessageKey } from './translate';

export type I18n = {
  language: Language;
  /** The message for `key`, with the variables its text names (none for a plain text). */
  t: <K extends MessageKey>(key: K, ...vars: MessageArgs<K>) => string;
  formatDate: (at: number, options?: Intl.DateTimeFormatOptions) => string;
  formatDateTime: (at: number) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "3 days ago", "in 2 weeks", phrased by the language. */
  formatRelativeDays: (days: number) => string;
  /** "yesterday", "3 weeks ago", "5 months ago": days ago in the unit a person would say. */
  formatDaysAgo: (days: number) => string;
  /** "Anna, Bo and Cia", joined the way the language joins lists. */
  formatList: (items: readonly string[]) => string;
};

export const I18nContext = createContext<I18n | null>(null);
