/**
 * The card beside the report's contents: while a unit's number is hovered or focused, it shows
 * the unit's title and first words ("التوصية ١٢: ينبغي للدول…"), and the link is described by it
 * (aria-describedby). The words come from /data/first-words.json, fetched on the first hover or
 * focus. Without JavaScript the numbers are links named by their unit; only the card is missing.
 */
type FirstWords = Record<string, { title: string; firstWords: string }>;

let words: Promise<FirstWords | undefined> | undefined;

function loadWords(): Promise<FirstWords | undefined> {
  words ??= fetch('/data/first-words.json')
    .then((response) => (response.ok ? (response.json() as Promise<FirstWords>) : undefined))
    .catch(() => undefined);
  return words;
}

export function startPreviewCard(contents: HTMLElement): void {
  const card = document.createElement('p');
  card.className = 'nav-card';
  card.id = 'nav-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const title = document.createElement('strong');
  const text = document.createElement('span');
  card.append(title, ': ', text);
  contents.append(card);

  let shown: HTMLAnchorElement | undefined;

  async function show(link: HTMLAnchorElement): Promise<void> {
    shown = link;
    const entry = (await loadWords())?.[link.getAttribute('href') ?? ''];
    if (!entry || shown !== link) return;
    title.textContent = entry.title;
    text.textContent = entry.firstWords;
    card.hidden = false;
    link.setAttribute('aria-describedby', card.id);
  }

  function hide(link: HTMLAnchorElement): void {
    if (shown !== link) return;
    shown = undefined;
    card.hidden = true;
    link.removeAttribute('aria-describedby');
  }

  const unitLink = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest<HTMLAnchorElement>('.nav-units a') ?? undefined) : undefined;
  for (const [enter, leave] of [
    ['mouseover', 'mouseout'],
    ['focusin', 'focusout'],
  ] as const) {
    contents.addEventListener(enter, (event) => {
      const link = unitLink(event.target);
      if (link) void show(link);
    });
    contents.addEventListener(leave, (event) => {
      const link = unitLink(event.target);
      if (link) hide(link);
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown) hide(shown);
  });
}
