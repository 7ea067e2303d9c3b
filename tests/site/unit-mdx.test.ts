/**
 * The unit files are MDX compiled by @astrojs/mdx, not text shown as it stands: an expression or a
 * component an editor writes into a unit file renders, and the text ingest writes (hostile text
 * included) renders as exactly that text. Built in a copy of the project, from the real report,
 * after editing its unit files the way an editor would (tests/support/hostile-site.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../support/static-server';
import { hostileSite, hostileTexts as hostile, type HostileSite } from '../support/hostile-site';
import { chromiumForTests } from './helpers/chromium';

let site: HostileSite;
let baseUrl: string;
let closeServer: () => Promise<void>;
const browser = chromiumForTests();

// One build serves this file and tests/site/hostile-text.test.ts (tests/support/hostile-site.ts).
beforeAll(async () => {
  site = await hostileSite(inject('sharedBuildsDir'));
  const server = await serveStatic(site.distDir);
  baseUrl = server.url;
  closeServer = server.close;
}, 1_200_000);

afterAll(async () => {
  await closeServer?.();
});

/** The rendered unit text of a page: its paragraphs' text and HTML, and the elements it holds. */
async function unitText(url: string) {
  const page = await browser().newPage();
  await page.goto(baseUrl + url);
  const result = await page.evaluate(() => {
    const text = document.querySelector('.unit-text')!;
    return {
      paragraphs: [...text.querySelectorAll('p')].map((p) => p.textContent),
      latin: [...text.querySelectorAll('[lang="en"]')].map((element) => [element.tagName, element.getAttribute('dir'), element.textContent]),
      tags: [...new Set([...text.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()))].sort(),
    };
  });
  await page.close();
  return result;
}

describe('a unit file edited by hand', () => {
  it('renders its expression and its Latin component, and no MDX source as text', async () => {
    const { paragraphs, latin } = await unitText(site.handEditedUnit.url);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe('مكتب UNODC، التوصيات 12–34.');
    expect(latin).toContainEqual(['SPAN', 'ltr', 'UNODC']);
    expect(paragraphs.join('')).not.toMatch(/[{}]|Latin|Added by hand/);
  });
});

describe('hostile text written by ingest', () => {
  it.each(hostile.map((text, index) => [index, text] as const))('renders text %i literally, in one paragraph: %s', async (index, text) => {
    const { paragraphs, tags } = await unitText(site.hostileUnits[index]!.url);
    expect(paragraphs).toEqual([text]);
    // Only the paragraph and English runs: no GFM, so no link is made of a bare URL (src/integrations/markdown-options.ts).
    expect(tags.filter((tag) => !['p', 'span'].includes(tag))).toEqual([]);
  });
});
