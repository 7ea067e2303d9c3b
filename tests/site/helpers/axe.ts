/**
 * axe-core's WCAG 2.2 AA rules, run in a page. Evaluated through DevTools: an injected <script>
 * would be refused by the page's Content-Security-Policy. axe skips Arabic text set in Noto Naskh
 * in its color-contrast rule (see ./text-contrast.ts, which covers it). Before axe measures, every
 * part of the page whose layout the browser defers has been laid out once (./deferred-layout.ts
 * says why: without it the geometry axe reads depends on the machine's load).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { layOutDeferredParts } from './deferred-layout';

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Each violation as "rule: help (targets)"; empty when axe finds none. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(layOutDeferredParts);
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
