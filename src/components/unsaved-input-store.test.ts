import { beforeEach, describe, expect, it } from 'vitest';
import { hasUnsavedInput, setUnsavedInput, useUnsavedInputStore } from './unsaved-input-store';

beforeEach(() => {
  useUnsavedInputStore.setState({ dirtyKeys: new Set(), lostOnReloadKeys: new Set() });
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

describe('input a reload would lose', () => {
  const isLostOnReload = () => useUnsavedInputStore.getState().lostOnReloadKeys.size > 0;

  it('is any dirty form that does not keep its draft across a reload', () => {
    setUnsavedInput('person-form', true);
    expect(isLostOnReload()).toBe(true);
    setUnsavedInput('person-form', false);
    expect(isLostOnReload()).toBe(false);
  });

  it('leaves out a form whose draft comes back after a reload', () => {
    setUnsavedInput('log-sheet', true, { isKeptOnReload: true });
    expect(hasUnsavedInput()).toBe(true);
    expect(isLostOnReload()).toBe(false);
    setUnsavedInput('person-form', true);
    expect(isLostOnReload()).toBe(true);
  });
});
