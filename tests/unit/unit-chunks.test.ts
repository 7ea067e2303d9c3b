import { describe, expect, it } from 'vitest';
import { unitChunkName } from '../../src/integrations/unit-chunks';

describe('server chunks of the unit files', () => {
  const units = '/project/content/generated/units';

  it('puts a hundred compiled units of one kind into one chunk', () => {
    expect(unitChunkName(`${units}/recommendation-12.mdx`)).toBe('units-recommendation-0');
    expect(unitChunkName(`${units}/recommendation-99.mdx`)).toBe('units-recommendation-0');
    expect(unitChunkName(`${units}/recommendation-100.mdx`)).toBe('units-recommendation-1');
    expect(unitChunkName(`${units}/paragraph-1234.mdx`)).toBe('units-paragraph-12');
  });

  it("leaves Astro's per-unit wrapper, and every other module, to Rollup", () => {
    expect(unitChunkName(`${units}/paragraph-5.mdx?astroPropagatedAssets`)).toBeUndefined();
    expect(unitChunkName('/project/src/pages/index.astro')).toBeUndefined();
    expect(unitChunkName('/project/src/content/notes/note-1.mdx')).toBeUndefined();
  });
});
