/** The service worker's list and version (src/offline/manifest.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineManifest, serviceWorkerSource, urlOfBuiltFile } from '../../src/offline/manifest';

const bytes = (text: string) => new TextEncoder().encode(text);
const site = [
  { path: 'index.html', bytes: bytes('<p>home') },
  { path: 'recommendations/12/index.html', bytes: bytes('<p>12') },
  { path: 'data/report.json', bytes: bytes('{}') },
  { path: 'sw.js', bytes: bytes('old worker') },
];
/** The manifest of these files, their bytes read by path as the build folder's are. */
const manifestOf = (files: typeof site) =>
  offlineManifest(
    files.map((file) => file.path),
    (path) => files.find((file) => file.path === path)!.bytes,
  );

describe('offlineManifest', () => {
  it('lists every file as the URL a reader asks for, and not the worker itself', () => {
    expect(manifestOf(site).urls).toEqual(['/data/report.json', '/', '/recommendations/12/']);
    expect(urlOfBuiltFile('404.html')).toBe('/404.html');
  });

  it('changes version when any byte of the site changes, and only then', () => {
    const { version } = manifestOf(site);
    expect(manifestOf([...site].reverse()).version).toBe(version);
    expect(manifestOf(site.map((file) => (file.path === 'sw.js' ? { ...file, bytes: bytes('new worker') } : file))).version).toBe(version);
    const edited = site.map((file) => (file.path === 'data/report.json' ? { ...file, bytes: bytes('{ }') } : file));
    expect(manifestOf(edited).version).not.toBe(version);
  });

  it('writes the version and URLs into the real worker template as JSON', () => {
    const template = readFileSync(path.join(import.meta.dirname, '../../src/offline/service-worker.js'), 'utf8');
    const source = serviceWorkerSource(template, { version: 'abc', urls: ['/', '/a "b"/'] });
    expect(source).toContain('const version = "abc";');
    expect(source).toContain('const urls = ["/","/a \\"b\\"/"];');
    expect(() => serviceWorkerSource('self.__OFFLINE_VERSION__', { version: 'x', urls: [] })).not.toThrow();
    expect(() => serviceWorkerSource('self.__OFFLINE_URLS__ self.__OFFLINE_MISSING__', { version: 'x', urls: [] })).toThrow(/placeholder/);
  });
});
