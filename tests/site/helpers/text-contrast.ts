/**
 * WCAG contrast of every piece of visible text, measured in the page. axe-core's color-contrast
 * rule skips Arabic text set in Noto Naskh: its icon-ligature heuristic takes the font's many
 * ligatures for an icon font (axe-core lib/commons/text/is-icon-ligature.js). This check has no
 * such heuristic: it reads each text's colour and the solid backgrounds behind it.
 *
 * Runs inside the browser (page.evaluate), so it must not reference anything outside itself.
 */
export interface LowContrastText {
  text: string;
  ratio: number;
  required: number;
  color: string;
  background: string;
}

/** Text nodes whose contrast is below 4.5:1 (3:1 for large text); returns them with their ratio. */
export function findLowContrastText(): LowContrastText[] {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba => {
    const numbers = value.match(/[\d.]+/g)!.map(Number);
    return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
  };
  // Paint `top` over `bottom` (both may be translucent; bottom ends opaque at the page).
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    const mix = (index: number) => (top[index]! * top[3] + bottom[index]! * bottom[3] * (1 - top[3])) / (alpha || 1);
    return [mix(0), mix(1), mix(2), alpha];
  };
  const luminance = ([red, green, blue]: Rgba) => {
    const linear = (channel: number) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  };
  const backgroundOf = (element: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let current: Element | null = element; current; current = current.parentElement) {
      layers.push(parse(getComputedStyle(current).backgroundColor));
    }
    let colour: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const failures: LowContrastText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const element = node.parentElement!;
    if (!text) continue;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || element.closest('[hidden], [aria-hidden="true"]')) continue;
    const background = backgroundOf(element);
    const color = over(parse(style.color), background);
    const [lighter, darker] = [luminance(color), luminance(background)].sort((a, b) => b - a);
    const ratio = (lighter! + 0.05) / (darker! + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const required = large ? 3 : 4.5;
    if (ratio < required) {
      failures.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, required, color: style.color, background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})` });
    }
  }
  return failures;
}
