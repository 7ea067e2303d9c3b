/**
 * /data/source.txt: the extracted text the site was made from, byte for byte, so a reader can
 * look up the line numbers the editorial notes cite and compare them with the PDF.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { loadReport } from '../../report/load-report';

export const GET: APIRoute = () =>
  new Response(readFileSync(path.resolve(loadReport().document.source)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
