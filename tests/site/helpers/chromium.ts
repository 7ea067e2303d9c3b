/**
 * Chromium for the tests of a file (or of a describe block, when called inside it): connected
 * before them, disconnected after them. Call it before the file's own hooks, which then run with
 * the browser up. It returns a getter because the browser exists only once the hook has run.
 *
 * The Chromium is the one the global setup started for the run (tests/support/build-and-serve.ts):
 * every page a file opens is in a browser context of the file's own (Playwright's newPage makes
 * one per page, newContext one per call), as isolated from the other files' pages as in a browser
 * of its own, and disconnecting closes the contexts the file made. One browser for the run, not
 * one per file: starting Chromium cost each of the two dozen files a few seconds of the 2-core
 * machine's time.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectChromium } from '../../../support/browser';

export function chromiumForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectChromium(inject('chromiumEndpoint'));
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
