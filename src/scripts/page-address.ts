/**
 * Completes the addresses a page shows or copies when the build did not know the site's origin:
 * an element with `data-page-address="/recommendations/12/"` shows that path until the script
 * replaces it with the full address on the host the reader is actually at. With an origin
 * configured the build writes full addresses and no element carries the attribute.
 */

/** `path` (root-relative, maybe with a #fragment) resolved against the page's own address. */
export function addressOnThisHost(path: string): string {
  return new URL(path, location.href).href;
}

export function completePageAddresses(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-page-address]')) {
    element.textContent = addressOnThisHost(element.dataset.pageAddress!);
  }
}
