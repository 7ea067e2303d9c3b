/**
 * Which way a small drawn mark points, read from a screenshot of it (a PNG), in the page itself so
 * that any engine can decode it. Runs inside the browser (page.evaluate): it must not reference
 * anything outside itself.
 */
export async function chevronDirection(pngBase64: string): Promise<'left' | 'right' | 'unclear'> {
  const image = new Image();
  image.src = `data:image/png;base64,${pngBase64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  // Ink is any pixel clearly darker or lighter than the corner pixel (the background).
  const lightness = (x: number, y: number) => {
    const at = (y * width + x) * 4;
    return data[at]! + data[at + 1]! + data[at + 2]!;
  };
  const background = lightness(0, 0);
  const rows: { y: number; min: number; max: number }[] = [];
  for (let y = 0; y < height; y++) {
    let min = Infinity;
    let max = -Infinity;
    for (let x = 0; x < width; x++) {
      if (Math.abs(lightness(x, y) - background) > 150) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    if (min <= max) rows.push({ y, min, max });
  }
  if (rows.length < 3) return 'unclear';
  // A "<" has its tip (the leftmost ink) half-way down and its ends further right; ">" the mirror.
  const top = rows[0]!;
  const bottom = rows[rows.length - 1]!;
  const middle = rows[Math.floor(rows.length / 2)]!;
  if (middle.min < top.min && middle.min < bottom.min) return 'left';
  if (middle.max > top.max && middle.max > bottom.max) return 'right';
  return 'unclear';
}
