/**
 * What a search is: the words typed and the filters chosen. It lives in the URL (?q=…&kind=…
 * &section=…) so that a search can be linked, shared and reloaded.
 */
import { filterNames } from '../index-names';
import type { PagefindFilters } from './pagefind-api';

/** The reader's search as the form holds it. */
export interface SearchState {
  query: string;
  kinds: string[];
  sections: string[];
}

/** Read a search from URL parameters (the form's own names: q, kind, section). */
export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    query: params.get('q') ?? '',
    kinds: params.getAll(filterNames.kind),
    sections: params.getAll(filterNames.section),
  };
}

/** The query string for a search; empty parts are left out so a plain /search/ stays plain. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const kind of state.kinds) params.append(filterNames.kind, kind);
  for (const section of state.sections) params.append(filterNames.section, section);
  return params;
}

/** The Pagefind filter selection for the chosen kinds and sections (none chosen: no restriction). */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  if (state.kinds.length > 0) filters[filterNames.kind] = { any: state.kinds };
  if (state.sections.length > 0) filters[filterNames.section] = { any: state.sections };
  return filters;
}
