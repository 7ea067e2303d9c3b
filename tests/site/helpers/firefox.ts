/**
 * A second engine: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi. No browser
 * is downloaded: the path is /usr/bin/firefox-esr unless FIREFOX_PATH says otherwise. Like
 * chromiumForTests, it launches before the file's tests and closes after them.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Preferences that keep Firefox from reaching for any network beyond the site under test. */
const quietPreferences = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

export function firefoxForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: quietPreferences,
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Firefox is not running yet: use it inside a hook or a test');
    return browser;
  };
}

/**
 * Set the window size. Some Firefox ESR releases answer the BiDi viewport command with an error
 * about screen orientation although the size applies; the size is checked instead.
 */
export async function resize(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!/orientation/i.test(String(error))) throw error;
  }
  const applied = await page.evaluate(() => window.innerWidth);
  if (applied !== width) throw new Error(`Firefox window is ${applied} px wide, not ${width}`);
}
