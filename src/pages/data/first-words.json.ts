/**
 * /data/first-words.json: each unit's title and first words by URL, for the card the report's
 * contents show on hover or focus (src/scripts/preview-card.ts fetches it once per visit).
 */
import type { APIRoute } from 'astro';
import { loadReport } from '../../report/load-report';
import { firstWords } from '../../text/first-words';
import { unitsInOrder } from '../../report/navigation';

/** About two lines in the card. */
const previewLength = 110;

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      Object.fromEntries(unitsInOrder(loadReport()).map((unit) => [unit.url, { title: unit.title, firstWords: firstWords(unit.text, previewLength) }])),
    ) + '\n',
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
