import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { writeFailureOf } from './write-failure';

function domError(name: string, message = ''): Error {
  return Object.assign(new Error(message), { name });
}

describe('writeFailureOf', () => {
  it('names a full disk thrown as it is', () => {
    expect(writeFailureOf(domError('QuotaExceededError'))).toBe('out-of-space');
  });

  it('names a full disk behind an aborted transaction', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', domError('QuotaExceededError'));
    expect(writeFailureOf(aborted)).toBe('out-of-space');
  });

  it('names a full disk that Chromium reports as an unknown error about the quota', () => {
    expect(writeFailureOf(domError('UnknownError', 'Quota exceeded.'))).toBe('out-of-space');
  });

  it('names a database closed under the write', () => {
    expect(writeFailureOf(new Dexie.DatabaseClosedError())).toBe('database-closed');
  });

  it('calls anything else unknown, including values that are not errors', () => {
    expect(writeFailureOf(new Error('boom'))).toBe('unknown');
    expect(writeFailureOf('boom')).toBe('unknown');
    expect(writeFailureOf(null)).toBe('unknown');
  });

  it('stops on an error that wraps itself', () => {
    const loop = domError('AbortError') as Error & { inner?: unknown };
    loop.inner = loop;
    expect(writeFailureOf(loop)).toBe('unknown');
  });
});
