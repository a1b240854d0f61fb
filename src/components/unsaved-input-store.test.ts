import { beforeEach, describe, expect, it } from 'vitest';
import { hasUnsavedInput, setUnsavedInput, useUnsavedInputStore } from './unsaved-input-store';

beforeEach(() => {
  useUnsavedInputStore.setState({ dirtyKeys: new Set() });
});

describe('unsaved input', () => {
  it('is reported while any form is dirty', () => {
    expect(hasUnsavedInput()).toBe(false);
    setUnsavedInput('person-form', true);
    setUnsavedInput('log-sheet', true);
    setUnsavedInput('person-form', false);
    expect(hasUnsavedInput()).toBe(true);
    setUnsavedInput('log-sheet', false);
    expect(hasUnsavedInput()).toBe(false);
  });

  it('counts a form once however often it reports being dirty', () => {
    setUnsavedInput('log-sheet', true);
    setUnsavedInput('log-sheet', true);
    setUnsavedInput('log-sheet', false);
    expect(hasUnsavedInput()).toBe(false);
  });
});
