/**
 * One Chromium for the tests of a file (or of a describe block, when called inside it): launched
 * before them, closed after them. Call it before the file's own hooks, which then run with the
 * browser up. It returns a getter because the browser exists only once the hook has run.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
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

/**
 * New pages for the tests of a file, each in the one browser context kept for its options (window
 * size, colour scheme, zoom): as in one reader's browser, a page opened after another finds what
 * the first one fetched and cached (the site's service worker keeps the whole site), and opening a
 * page costs no new context, which Chromium makes slowly. A test about a first visit, or one that
 * leaves state behind (a saved theme, a permission), makes a context of its own instead. The
 * contexts, and the service worker in each, stay open until the browser closes: pages of a server
 * the file closes itself (a server's close waits for its connections) belong in a page's own context.
 */
export function pagesForTests(browser: () => Browser): (options?: BrowserContextOptions) => Promise<Page> {
  const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();
  return async (options = {}) => {
    const current = browser();
    let byOptions = contexts.get(current);
    if (!byOptions) contexts.set(current, (byOptions = new Map()));
    const key = JSON.stringify(options);
    let context = byOptions.get(key);
    if (!context) byOptions.set(key, (context = current.newContext(options)));
    return (await context).newPage();
  };
}
