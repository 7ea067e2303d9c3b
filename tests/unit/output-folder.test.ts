import { describe, expect, it } from 'vitest';
import { contentRefusal, placeRefusal } from '../../src/output/output-folder';

const place = (out: string) => ({
  out,
  inputs: [
    { name: 'content/source/report.txt', path: '/home/maintainer/site/content/source/report.txt' },
    { name: 'content/repairs.json', path: '/home/maintainer/site/content/repairs.json' },
  ],
  repositoryRoot: '/home/maintainer/site',
  home: '/home/maintainer',
});

describe('placeRefusal', () => {
  it.each([
    ['/', 'it holds the repository'],
    ['/home', 'it holds the repository'],
    ['/home/maintainer', 'it holds the repository'],
    ['/home/maintainer/site', 'it is the root of the repository'],
    ['/home/maintainer/site/content', 'it holds the input content/source/report.txt'],
    ['/home/maintainer/site/content/source/report.txt', 'it is the input content/source/report.txt'],
    ['/home/maintainer/site/content/repairs.json/out', 'it is inside the input content/repairs.json'],
  ])('refuses %s: %s', (out, reason) => {
    expect(placeRefusal(place(out))).toBe(reason);
  });

  it('refuses the home folder and what holds it when the repository is elsewhere', () => {
    const elsewhere = { ...place('/home/maintainer'), repositoryRoot: '/srv/site', inputs: [] };
    expect(placeRefusal(elsewhere)).toBe('it is the home folder');
    expect(placeRefusal({ ...elsewhere, out: '/home' })).toBe('it holds the home folder');
  });

  it.each(['/home/maintainer/site/content/generated', '/home/maintainer/site/content/source2', '/tmp/generated', '/home/maintainer/site-output'])(
    'leaves %s to what it holds',
    (out) => {
      expect(placeRefusal(place(out))).toBeUndefined();
    },
  );
});

describe('contentRefusal', () => {
  it('accepts a missing or empty folder and an earlier output, marked or in the shape ingest writes', () => {
    expect(contentRefusal({ kind: 'missing' })).toBeUndefined();
    expect(contentRefusal({ kind: 'folder', entries: [] })).toBeUndefined();
    expect(contentRefusal({ kind: 'folder', entries: ['.ingest-output', 'report.json', 'notes.txt'] })).toBeUndefined();
    expect(contentRefusal({ kind: 'folder', entries: ['report.json', 'damage-report.json', 'units/', 'units/paragraph-1.mdx'] })).toBeUndefined();
  });

  it.each([
    [['report.json', 'notes.txt']],
    [['units/', 'units/drafts/']],
    [['units/', 'units/paragraph-1.txt']],
    [['.git/']],
  ])('refuses a folder holding %j without the marker', (entries) => {
    expect(contentRefusal({ kind: 'folder', entries })).toBe(
      'it is not empty and was not written by ingest (it has no .ingest-output file); name a new or empty folder',
    );
  });

  it('refuses a file and a path through a file', () => {
    expect(contentRefusal({ kind: 'file' })).toBe('it is a file, not a folder');
    expect(contentRefusal({ kind: 'inside-a-file', file: '/tmp/x.txt' })).toBe('/tmp/x.txt is a file, not a folder');
  });
});
