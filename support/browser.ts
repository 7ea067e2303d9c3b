/**
 * Launch Debian's Chromium through playwright-core. No browser is downloaded: the path is
 * /usr/bin/chromium unless CHROMIUM_PATH says otherwise. The flags keep Chromium from reaching
 * for any network beyond the site under test.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags shared by the tests and `npm run lighthouse`: no sandbox, no network of its own. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}
