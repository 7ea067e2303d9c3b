/**
 * Results as DOM nodes. Text from the index only ever becomes text nodes; the excerpt's marks come
 * from the lemma codes (excerpt.ts) and are built as <mark> elements.
 */
import { excerptRuns, scriptSegments } from '../excerpt';
import { filterNames } from '../index-names';
import { searchMessages } from '../messages';
import type { PagefindResultData } from './pagefind-api';

/** Text nodes for a run, with each Latin phrase in its own lang="en" dir="ltr" span. */
function textWithScripts(text: string): Node[] {
  return scriptSegments(text).map((segment) => {
    if (!segment.latin) return document.createTextNode(segment.text);
    const span = document.createElement('span');
    span.lang = 'en';
    span.dir = 'ltr';
    span.textContent = segment.text;
    return span;
  });
}

/** The excerpt as a paragraph: the unit's words around the first match, the matched words in <mark>. */
export function renderExcerpt(text: string, data: PagefindResultData, codes: ReadonlySet<string>): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-result-excerpt';
  for (const run of excerptRuns(text, data.content.split(' '), codes)) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.append(...textWithScripts(run.text));
      paragraph.append(mark);
    } else {
      paragraph.append(...textWithScripts(run.text));
    }
  }
  return paragraph;
}

/** How a result matched, when it is a partial match. */
export interface ResultMatch {
  codes: ReadonlySet<string>;
  partial?: { has: string[]; lacks: string[] };
}

/** One result: the unit's title as a link, its section, a partial-match label if any, and the excerpt. */
export function renderResult(data: PagefindResultData, text: string, match: ResultMatch): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';

  const heading = document.createElement('h2');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  // Pagefind returns the root-relative URL given at indexing time; keep it on this site.
  link.href = data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '/';
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);

  const section = document.createElement('p');
  section.className = 'search-result-section';
  section.textContent = data.filters[filterNames.section]?.[0] ?? '';
  item.append(heading, section);

  if (match.partial) {
    item.dataset.partial = '';
    const label = document.createElement('p');
    label.className = 'search-result-partial';
    label.textContent = searchMessages.partialMatch(match.partial.has, match.partial.lacks);
    item.append(label);
  }
  item.append(renderExcerpt(text, data, match.codes));
  return item;
}
