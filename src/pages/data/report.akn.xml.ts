/** /data/report.akn.xml: the whole report in Akoma Ntoso 3.0 (see src/akn/ and README, "Open data"). */
import type { APIRoute } from 'astro';
import { akomaNtosoXml } from '../../akn';
import { loadReport } from '../../report/load-report';

export const GET: APIRoute = () =>
  new Response(akomaNtosoXml(loadReport()), {
    headers: { 'content-type': 'application/akn+xml; charset=utf-8' },
  });
