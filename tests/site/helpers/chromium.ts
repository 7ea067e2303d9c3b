/**
 * One Chromium for the tests of a file (or of a describe block, when called inside it): launched
 * before them, closed after them. Call it before the file's own hooks, which then run with the
 * browser up. It returns a getter because the browser exists only once the hook has run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../support/browser';

export function chromiumForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet: use it inside a hook or a test');
    return browser;
  };
}
