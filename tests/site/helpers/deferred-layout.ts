/**
 * Lays out, once, every part of a page whose layout the browser defers (`content-visibility: auto`
 * in src/styles/global.css: the chapters of the contents on /, the units of a long page, what
 * follows a unit, the footer), as a reader scrolling through the page would, then scrolls back.
 *
 * Why: while such a part is far from the screen the browser gives it an estimated height (its
 * `contain-intrinsic-size`, or the height it had the last time it was laid out) and does not lay
 * out its content; asked for the position of a link inside it, the browser lays the link out
 * inside that estimated box, so the content of a part spills over the next part's, and links of
 * two chapters seem to lie on top of each other. Nobody meets that: the part is not drawn until
 * it comes near the screen, and then it has its real height. Whether a part has had its real
 * height once depends on timing: on a quiet machine the whole page is parsed before the first
 * frame and every part is laid out in it; on a loaded one a part may be laid out half-parsed, or
 * never. axe-core measures whatever the browser answers (its target-size rule then saw the
 * contents' link to /paragraphs/7/ covered by the one to /paragraphs/18/; axe-core issue 2768 on
 * content-visibility). Once every part has been on screen, each keeps its real height when it
 * goes off screen again, so geometry measured anywhere in the page is the geometry a reader meets.
 *
 * Runs inside the browser (page.evaluate), so it must not reference anything outside itself.
 */
export async function layOutDeferredParts(): Promise<number> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const deferred = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
  // A part is laid out when the browser no longer skips its content: a child with a box is visible.
  const laidOut = (part: HTMLElement) =>
    [...part.children].some((child) => getComputedStyle(child).display !== 'none' && child.checkVisibility({ contentVisibilityAuto: true }));
  const withBoxes = deferred.filter((part) => [...part.children].some((child) => getComputedStyle(child).display !== 'none'));
  const done = new Set<HTMLElement>();
  const start = { left: scrollX, top: scrollY };
  for (const part of withBoxes) {
    if (done.has(part)) continue;
    part.scrollIntoView({ block: 'start', behavior: 'instant' });
    // The browser decides in a frame which parts are near the screen and lays them out in the next.
    for (let frames = 0; !laidOut(part); frames++) {
      if (frames > 600) throw new Error(`the browser never laid out ${part.tagName.toLowerCase()}.${part.className} after scrolling to it`);
      await frame();
    }
    // One more frame, in which the browser records the height it laid each part out at.
    await frame();
    await frame();
    for (const other of withBoxes) if (laidOut(other)) done.add(other);
  }
  scrollTo({ ...start, behavior: 'instant' });
  await frame();
  await frame();
  return done.size;
}
