import { describe, expect, it } from 'vitest';
import { isIos, shouldShowIosHint, type InstallPlatform } from './platform';

const browser = (overrides: Partial<InstallPlatform>): InstallPlatform => ({
  userAgent: '',
  maxTouchPoints: 0,
  isNavigatorStandalone: false,
  isDisplayStandalone: false,
  ...overrides,
});

const IPAD_AS_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';

describe('install platform detection', () => {
  it('recognises an iPhone', () => {
    expect(
      isIos(browser({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)' })),
    ).toBe(true);
  });

  it('recognises an iPad that reports itself as a Mac by its touch screen', () => {
    expect(isIos(browser({ userAgent: IPAD_AS_MAC, maxTouchPoints: 5 }))).toBe(true);
  });

  it('does not take a real Mac for an iPad', () => {
    expect(isIos(browser({ userAgent: IPAD_AS_MAC, maxTouchPoints: 0 }))).toBe(false);
  });

  it('shows the iOS hint only when Ties is not already on the home screen', () => {
    const iphone = { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)' };
    expect(shouldShowIosHint(browser(iphone))).toBe(true);
    expect(shouldShowIosHint(browser({ ...iphone, isNavigatorStandalone: true }))).toBe(false);
    expect(shouldShowIosHint(browser({ ...iphone, isDisplayStandalone: true }))).toBe(false);
  });
});
