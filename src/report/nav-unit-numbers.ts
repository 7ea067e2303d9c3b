/**
 * The HTML of one section's row of unit numbers in the report's contents
 * (src/components/NavUnitNumbers.astro): a list named by the units' kind, each unit a link showing
 * its number, the page's own unit marked aria-current.
 *
 * The contents are on every page, so the rows hold every unit of the report on every page: for a
 * report of 4,100 units, 4,100 links on each of 4,153 pages, and rendering each link as an Astro
 * template node on every page grew with the square of the report. Here each row is built once as
 * an HTML tree and serialized by hast-util-to-html, then reused on every page; only the row that
 * holds the page's own unit is serialized again, with the mark. The HTML is the same, byte for byte,
 * as the component wrote before.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Unit } from './schema';
import { toArabicIndicDigits } from '../text/arabic/digits';
import { unitListName, unitWords } from '../text/labels';

/** A row without a current unit, by the ids of its units. */
const unmarkedRows = new Map<string, string>();

/** The row of `units` as HTML, with `currentId`'s link marked as the page's own. */
export function navUnitNumbersHtml(units: readonly Unit[], currentId?: string): string {
  if (units.length === 0) return '';
  const holdsCurrent = currentId !== undefined && units.some((unit) => unit.id === currentId);
  if (holdsCurrent) return toHtml(navUnitNumbersTree(units, currentId));
  const key = units.map((unit) => unit.id).join(' ');
  let html = unmarkedRows.get(key);
  if (html === undefined) {
    html = toHtml(navUnitNumbersTree(units, undefined));
    unmarkedRows.set(key, html);
  }
  return html;
}

/** The row as a tree: `<ol class="nav-units" aria-label="…"><li><a href="…">١٢</a></li>…</ol>`. */
export function navUnitNumbersTree(units: readonly Unit[], currentId: string | undefined): Element {
  // Where a section mixes kinds (ii-c holds paragraph 1 among recommendations), the units of the
  // rarer kind carry its initial (ف for فقرة, ت for توصية), so "١" is not read as a recommendation.
  const count = (kind: Unit['kind']) => units.filter((unit) => unit.kind === kind).length;
  const usual: Unit['kind'] = count('recommendation') >= count('paragraph') ? 'recommendation' : 'paragraph';
  const listName = unitListName(usual, count(usual === 'recommendation' ? 'paragraph' : 'recommendation') > 0);
  const items: ElementContent[] = units.map((unit) => {
    const label: ElementContent[] = [{ type: 'text', value: toArabicIndicDigits(unit.number) }];
    if (unit.kind !== usual) label.unshift(element('span', {}, [{ type: 'text', value: unitWords[unit.kind].initial }]));
    const properties = unit.id === currentId ? { href: unit.url, ariaCurrent: 'page' } : { href: unit.url };
    return element('li', {}, [element('a', properties, label)]);
  });
  return element('ol', { className: ['nav-units'], ariaLabel: listName }, items);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
