/** /data/report.json: the document tree exactly as ingest validated it (see src/report/schema.ts). */
import type { APIRoute } from 'astro';
import { loadReport } from '../../report/load-report';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadReport(), null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
