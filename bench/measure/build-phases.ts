/**
 * Where an `astro build` spends its time, read from its log: each line is stamped (in ms) by
 * the benchmark as it arrives, and the phases run from one landmark line to the next.
 */

/** A log line and the time it arrived, in ms since the build started. */
export interface StampedLine {
  at: number;
  text: string;
}

/** Build phases in ms; null when the log lacks the landmark that ends the phase. */
export interface BuildPhases {
  /** Config, content layer sync and type generation, up to "Building static entrypoints". */
  setup: number | null;
  /** Vite's server and client bundles (every page and MDX module compiled and bundled). */
  bundle: number | null;
  /** Part of setup: the content layer's sync (every unit file read, its frontmatter parsed). */
  contentSync?: number | null;
  /** Part of bundle: the server build alone (each unit's MDX compiled, Rollup's chunks written). */
  serverBundle?: number | null;
  /** Rendering every route to HTML. */
  render: number | null;
  /** Pagefind indexing and writing (the search integration's astro:build:done hook). */
  pagefind: number | null;
  /** The rest: sitemap, other hooks, exit. */
  other: number | null;
  total: number;
}

const landmarks = {
  syncStart: /\[content\] Syncing content/,
  syncEnd: /\[content\] Synced content/,
  bundleStart: /\[build\] Building static entrypoints/,
  viteBuilt: /\[vite\] ✓ built in/,
  renderStart: /generating static routes/,
  renderEnd: /✓ Completed in/,
  pagefindEnd: /\[search-index\] indexed/,
} as const;

/** Splits the stamped log of one build into phases; `total` is the build's wall time in ms. */
export function buildPhases(lines: readonly StampedLine[], total: number): BuildPhases {
  const first = (pattern: RegExp, after = -1) => {
    const index = lines.findIndex((line, position) => position > after && pattern.test(line.text));
    return index === -1 ? undefined : index;
  };
  const bundleStart = first(landmarks.bundleStart);
  const renderStart = first(landmarks.renderStart, bundleStart);
  const renderEnd = renderStart === undefined ? undefined : first(landmarks.renderEnd, renderStart);
  const pagefindEnd = first(landmarks.pagefindEnd, renderEnd);
  const at = (index: number | undefined) => (index === undefined ? undefined : lines[index]!.at);
  const span = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? null : to - from);
  // Pagefind runs after the other integrations' build:done hooks; it starts with the line just
  // before its own report, leaving out Astro's "Waiting for integration …" notice, which Astro
  // prints while a hook is still running.
  let pagefindStartIndex = pagefindEnd === undefined ? undefined : pagefindEnd - 1;
  while (pagefindStartIndex !== undefined && pagefindStartIndex > 0 && /Waiting for integration/.test(lines[pagefindStartIndex]!.text)) pagefindStartIndex--;
  const pagefindStart = at(pagefindStartIndex);
  const setup = span(0, at(bundleStart));
  const bundle = span(at(bundleStart), at(renderStart));
  const render = span(at(renderStart), at(renderEnd));
  const pagefind = span(pagefindStart, at(pagefindEnd));
  const known = [setup, bundle, render, pagefind];
  const syncStart = first(landmarks.syncStart);
  const contentSync = span(at(syncStart), at(syncStart === undefined ? undefined : first(landmarks.syncEnd, syncStart)));
  const serverBundle = span(at(bundleStart), at(bundleStart === undefined ? undefined : first(landmarks.viteBuilt, bundleStart)));
  const other = known.every((value) => value !== null) ? total - known.reduce<number>((sum, value) => sum + value!, 0) : null;
  return { setup, bundle, render, pagefind, other, total, contentSync, serverBundle };
}
