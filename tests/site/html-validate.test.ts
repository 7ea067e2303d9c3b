/** Every built HTML page validates with html-validate's recommended rules. */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from './helpers/site-facts';

const distDir = inject('distDir');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` in upper case; both spellings are valid HTML.
    'doctype-style': 'off',
    // Astro's compact output leaves void elements without a closing slash, and that is fine.
    'void-style': 'off',
    // A group of checkboxes shares one name by design (the search filters: kind=…&kind=…).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // The contents' lists of unit numbers are named by kind ("التوصيات"): a list is a role that
    // ARIA lets an author name, and the Nu checker accepts it too.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
});

describe('html-validate', () => {
  it('finds no error on any page', async () => {
    const files = await htmlFiles(distDir);
    expect(files.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(distDir, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
