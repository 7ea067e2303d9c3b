/**
 * What the search page shows of each result (URL, title, filters, lemma codes), by Pagefind's
 * result id, in one file written at build time from Pagefind's own fragment files. Pagefind
 * otherwise fetches one fragment per result shown (ten requests after the lookup, on the critical
 * path of every first search); the same data for all units, gzipped, is about the size of ten
 * fragments, and arrives with the rest of the search's files when the reader goes to the box.
 */
import { gunzipSync } from 'node:zlib';

/** One result's data, as Pagefind's `result.data()` gives it (the fields the page reads). */
export interface ResultData {
  url: string;
  /** The lemma code of each word piece, space-separated (records.ts). */
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

/** The file: Pagefind's result id (its fragment's name) → the result's data. */
export type ResultDataFile = Record<string, ResultData>;

/** Pagefind writes a fragment as gzip of this signature followed by the fragment's JSON. */
const fragmentSignature = 'pagefind_dcd';

/** One fragment file: its name without extension (the result id) and its bytes. */
export interface FragmentFile {
  id: string;
  bytes: Uint8Array;
}

function isResultData(value: unknown): value is ResultData {
  const data = value as ResultData;
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof data.url === 'string' &&
    typeof data.content === 'string' &&
    typeof data.meta === 'object' &&
    data.meta !== null &&
    typeof data.filters === 'object' &&
    data.filters !== null
  );
}

/**
 * The result data of every fragment. `urls` are the records indexed: each must have exactly one
 * fragment, or the page would find a unit it cannot show; an error names the fragment or URL.
 */
export function resultDataOf(fragments: FragmentFile[], urls: string[]): ResultDataFile {
  const file: ResultDataFile = {};
  const byUrl = new Map<string, string>();
  for (const { id, bytes } of fragments) {
    const text = new TextDecoder().decode(gunzipSync(bytes));
    if (!text.startsWith(fragmentSignature)) throw new Error(`Pagefind fragment ${id}: does not start with "${fragmentSignature}"`);
    const data: unknown = JSON.parse(text.slice(fragmentSignature.length));
    if (!isResultData(data)) throw new Error(`Pagefind fragment ${id}: no url, content, meta or filters`);
    const other = byUrl.get(data.url);
    if (other) throw new Error(`Pagefind fragments ${other} and ${id} are both ${data.url}`);
    byUrl.set(data.url, id);
    file[id] = { url: data.url, content: data.content, meta: { title: data.meta.title }, filters: data.filters };
  }
  const missing = urls.filter((url) => !byUrl.has(url));
  if (missing.length > 0) throw new Error(`Pagefind wrote no fragment for ${missing.join(', ')}`);
  const extra = [...byUrl.keys()].filter((url) => !urls.includes(url));
  if (extra.length > 0) throw new Error(`Pagefind fragments for pages not indexed: ${extra.join(', ')}`);
  return file;
}
