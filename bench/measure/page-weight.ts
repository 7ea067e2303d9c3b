/**
 * What a reader downloads for one page: every response Chromium receives while loading it,
 * grouped by type (HTML, CSS, JS, fonts, other), raw and gzipped (node:zlib, level 9 — what a
 * static host would serve).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** Bytes of one resource type. */
export interface Weight {
  raw: number;
  gzip: number;
  requests: number;
}

export const resourceTypes = ['html', 'css', 'js', 'font', 'other'] as const;
export type ResourceType = (typeof resourceTypes)[number];

/** Bytes per resource type, and the hosts the page requested anything from. */
export interface PageWeight {
  byType: Record<ResourceType, Weight>;
  hosts: string[];
}

function typeOf(resourceType: string, url: string): ResourceType {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (resourceType === 'script' || /\.m?js$/.test(url)) return 'js';
  if (resourceType === 'font' || /\.woff2?$/.test(url)) return 'font';
  return 'other';
}

/** Loads `url` in a fresh context (empty cache) and weighs every response. */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const byType = Object.fromEntries(resourceTypes.map((type) => [type, { raw: 0, gzip: 0, requests: 0 }])) as Record<
    ResourceType,
    Weight
  >;
  const hosts = new Set<string>();
  const pending: Promise<void>[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) hosts.add(new URL(request.url()).host);
  });
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const weight = byType[typeOf(response.request().resourceType(), response.url())];
          weight.raw += body.length;
          weight.gzip += gzipSync(body, { level: 9 }).length;
          weight.requests += 1;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return { byType, hosts: [...hosts].sort() };
}
