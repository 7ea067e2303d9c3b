/** The Chromium command line of `npm run lighthouse`: chrome-launcher's defaults, RenderDocument left on. */
import { Launcher } from 'chrome-launcher';
import { describe, expect, it } from 'vitest';
import { lighthouseChromeFlags, withoutDisabledFeatures } from '../measure/lighthouse-chrome';
import { chromiumFlags } from '../../support/browser';

describe('withoutDisabledFeatures', () => {
  it('drops only the kept features from --disable-features and leaves other flags alone', () => {
    expect(withoutDisabledFeatures(['--mute-audio', '--disable-features=Translate,RenderDocument,MediaRouter'], ['RenderDocument'])).toEqual([
      '--mute-audio',
      '--disable-features=Translate,MediaRouter',
    ]);
  });

  it('drops the switch when nothing is left to disable', () => {
    expect(withoutDisabledFeatures(['--disable-features=RenderDocument', '--no-first-run'], ['RenderDocument'])).toEqual(['--no-first-run']);
  });
});

describe('lighthouseChromeFlags', () => {
  const flags = lighthouseChromeFlags(chromiumFlags);
  const disabled = flags.filter((flag) => flag.startsWith('--disable-features=')).flatMap((flag) => flag.split('=')[1]!.split(','));

  it('keeps every feature chrome-launcher disables except RenderDocument', () => {
    const launcherDisabled = Launcher.defaultFlags()
      .filter((flag) => flag.startsWith('--disable-features='))
      .flatMap((flag) => flag.split('=')[1]!.split(','));
    expect(launcherDisabled).toContain('RenderDocument');
    expect(disabled).not.toContain('RenderDocument');
    expect(disabled.sort()).toEqual(launcherDisabled.filter((feature) => feature !== 'RenderDocument').sort());
  });

  it('has a single --disable-features switch, so none overrides another', () => {
    expect(flags.filter((flag) => flag.startsWith('--disable-features='))).toHaveLength(1);
  });

  it('includes the project flags and the other launcher defaults', () => {
    for (const flag of chromiumFlags) expect(flags).toContain(flag);
    expect(flags).toContain('--disable-background-timer-throttling');
    expect(flags).toContain('--headless=new');
  });
});
