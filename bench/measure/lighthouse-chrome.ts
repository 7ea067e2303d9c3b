/**
 * The Chromium command line `npm run lighthouse` uses: chrome-launcher's defaults for tools (no
 * background networking, no throttling of background tabs, no first-run UI) plus the project's
 * own flags, with one change. chrome-launcher switches the RenderDocument feature off, and in
 * Chromium 156 that holds some pages' first frame back for one or two whole seconds after
 * everything has loaded (the renderer's main thread sits idle; the trace shows no main frame
 * until a one-second timer). A reader's Chromium runs with RenderDocument on, so the harness does
 * too. docs/PERFORMANCE.md has the measurements.
 */
import { Launcher } from 'chrome-launcher';

/** Features kept on although chrome-launcher's defaults switch them off, with the reason above. */
export const featuresLeftOn = ['RenderDocument'];

/** `--disable-features=A,B,C` without the features in `keep`; the switch is dropped if none remain. */
export function withoutDisabledFeatures(flags: readonly string[], keep: readonly string[]): string[] {
  const prefix = '--disable-features=';
  return flags.flatMap((flag) => {
    if (!flag.startsWith(prefix)) return [flag];
    const features = flag
      .slice(prefix.length)
      .split(',')
      .filter((feature) => feature && !keep.includes(feature));
    return features.length > 0 ? [prefix + features.join(',')] : [];
  });
}

/** The whole command line, to launch with `ignoreDefaultFlags: true`. */
export function lighthouseChromeFlags(projectFlags: readonly string[]): string[] {
  return [...withoutDisabledFeatures(Launcher.defaultFlags(), featuresLeftOn), ...projectFlags, '--headless=new'];
}
