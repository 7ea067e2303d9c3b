/**
 * "Copy link" buttons, and the link to a selected passage. A button's data-url is the unit's
 * address: absolute when the build knew the origin, else root-relative and completed here from
 * the address the reader is at. What is copied is the bare URL: no invisible characters.
 *
 * Selecting words inside a unit's text shows a bar offering a link that opens the page scrolled
 * to those words and highlighting them (a URL text fragment); the link also names the unit's
 * anchor, so a browser that cannot find the words still opens the page at the unit.
 */
import { addressOnThisHost } from './page-address';
import { textFragmentDirective } from '../citing/text-fragment';

async function copy(text: string, status: Element | null | undefined, done: string, failed: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = done;
  } catch {
    if (status) status.textContent = failed;
  }
}

function unitAddress(unitId: string): string | undefined {
  const button = document.querySelector<HTMLButtonElement>(`.copy-link-button[data-unit="${CSS.escape(unitId)}"]`);
  return button?.dataset.url ? addressOnThisHost(button.dataset.url) : undefined;
}

/** The link to the selected words, when the selection lies inside one unit's text; else undefined. */
function selectionLink(): string | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const textOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.unit-text');
  const unitText = textOf(range.startContainer);
  if (!unitText || textOf(range.endContainer) !== unitText) return undefined;
  const unitId = unitText.closest('article[id]')?.id;
  if (!unitId) return undefined;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(unitText, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const directive = textFragmentDirective(
    unitText.textContent ?? '',
    offsetOf(range.startContainer, range.startOffset),
    offsetOf(range.endContainer, range.endOffset),
  );
  const address = unitAddress(unitId);
  if (!directive || !address) return undefined;
  // The unit's anchor first: the fallback when the words are not found.
  return `${address.split('#')[0]}#${unitId}${directive}`;
}

function selectionBar(): { bar: HTMLElement; button: HTMLButtonElement; status: HTMLElement } {
  const existing = document.querySelector<HTMLElement>('.selection-link');
  if (existing) {
    return { bar: existing, button: existing.querySelector('button')!, status: existing.querySelector('.selection-link-status')! };
  }
  const bar = document.createElement('div');
  bar.className = 'selection-link';
  bar.hidden = true;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'انسخ رابطاً إلى النص المحدَّد';
  const status = document.createElement('span');
  status.className = 'selection-link-status';
  status.setAttribute('role', 'status');
  bar.append(button, status);
  document.body.append(bar);
  // Keep the reader's selection when the button is pressed.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    const link = bar.dataset.link;
    if (link) void copy(link, status, 'نُسخ رابط النص المحدَّد.', 'تعذَّر النسخ.');
  });
  return { bar, button, status };
}

function watchSelection(): void {
  let pending = 0;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      const link = selectionLink();
      if (!link && !document.querySelector('.selection-link')) return;
      const { bar, status } = selectionBar();
      if (link && bar.dataset.link !== link) status.textContent = '';
      bar.hidden = !link;
      if (link) bar.dataset.link = link;
      else delete bar.dataset.link;
    }, 150);
  });
}

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-link-button')) {
    const status = button.parentElement?.querySelector('.copy-link-status');
    button.addEventListener('click', () => {
      void copy(addressOnThisHost(button.dataset.url ?? location.href), status, 'نُسخ الرابط.', 'تعذَّر النسخ؛ انسخ الرابط من شريط العنوان.');
    });
  }
  watchSelection();
} else {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-link-button')) button.hidden = true;
}
