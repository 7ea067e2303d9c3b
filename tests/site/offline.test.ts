/**
 * Reading offline, in Chromium: after one visit the service worker has cached the site and the
 * footer says so; with the network cut, every kind of page, the data files and search still work.
 * An older build's cache is deleted when this build's worker takes over.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();

describe('offline', () => {
  it('after one visit, reads pages, data and search with the network cut', { timeout: 300_000 }, async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // A cache left by an older build: this build's worker must delete it.
    await page.goto(`${baseUrl}/recommendations/12/`);
    await page.evaluate(async () => {
      const old = await caches.open('site-older-build');
      await old.put('/old.txt', new Response('old'));
    });
    await page.reload();
    const status = page.locator('[data-offline-status]');
    await expect.poll(() => status.isVisible(), { timeout: 120_000, interval: 500 }).toBe(true);
    expect(await status.textContent()).toContain('دون اتصال');
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames.filter((name) => name.startsWith('site-'))).toHaveLength(1);
    expect(cacheNames).not.toContain('site-older-build');

    await context.setOffline(true);
    expect(await page.evaluate(() => fetch('/data/report.json').then((response) => response.ok, () => false))).toBe(true);
    for (const [path, heading] of [
      ['/paragraphs/16/', 'الفقرة ١٦'],
      ['/report/', 'مشروع التقرير – إضافة'],
      ['/sections/ii-b/', 'توصيات بشأن تدابير منع الجريمة'],
      ['/numbers/', 'الوحدات حسب الرقم'],
    ] as const) {
      await page.goto(baseUrl + path);
      expect(await page.locator('h1').textContent(), path).toContain(heading);
    }
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('النمسا')}`);
    await page.locator('.search-results a[href="/paragraphs/16/"]').waitFor({ timeout: 60_000 });
    // Really offline: an address the site does not have cannot be fetched.
    expect(await page.evaluate(() => fetch('/not-cached.txt').then(() => 'answered', () => 'failed'))).toBe('failed');
    await context.close();
  });
});
