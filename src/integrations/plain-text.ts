/**
 * Writes each unit's plain-text copy (/recommendations/12/text.txt, /paragraphs/5/text.txt) after
 * Astro has written the site. These are plain files made from report.json; as Astro routes they
 * doubled the number of routes to render (8,200 at 100 times the report) for no markup at all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { absoluteUrl } from '../citing/absolute-url';
import { loadReport } from '../report/load-report';
import { unitPlainText } from '../citing/unit-plain-text';
import { plainTextUrl } from '../report/addresses';

/**
 * Many hosts (Python's http.server among them) serve .txt without a charset, and browsers then
 * read the bytes as windows-1252: Arabic turns to mojibake. A UTF-8 byte order mark makes every
 * browser read the file as UTF-8 whatever the host says.
 */
const byteOrderMark = '\uFEFF';

/** The Astro integration; register it in astro.config.mjs. */
export default function plainTextCopies(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'plain-text-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { document, units } = loadReport();
        // Synchronously, one file after another: 4,100 asynchronous writes at 100 times this
        // report's size were each a round trip through the thread pool.
        for (const unit of units) {
          const file = path.join(outDir, plainTextUrl(unit));
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, byteOrderMark + unitPlainText(document, unit, absoluteUrl(unit.url, site)));
        }
        logger.info(`wrote the plain text of ${units.length} units`);
      },
    },
  };
}
