/** /paragraphs/<n>/text.txt: the paragraph as plain text to copy (title, text, citation, link). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReport } from '../../../lib/load-report';
import { absoluteUrl } from '../../../lib/absolute-url';
import { unitPathsOf } from '../../../lib/unit-paths';
import { unitPlainText } from '../../../plain-text/unit-plain-text';
import type { Unit } from '../../../schema/report';

export const getStaticPaths = (() => unitPathsOf('paragraph')) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = ({ props, site }) =>
  new Response(unitPlainText(loadReport().document, props.unit, absoluteUrl(props.unit.url, site)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
