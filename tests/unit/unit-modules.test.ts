import { describe, expect, it } from 'vitest';
import { unitModulesSource } from '../../src/integrations/unit-modules';

describe('virtual:unit-modules', () => {
  it('imports each unit file by its name, in order, and nothing else in the folder', async () => {
    const source = unitModulesSource('/project/content/generated/units', ['paragraph-2.mdx', 'notes.txt', 'recommendation-12.mdx', 'paragraph-10.mdx']);
    const imports: Record<string, string> = {};
    // The module's source read back: each property's name and the path it imports.
    for (const [, name, file] of source.matchAll(/^ {2}("[^"]+"): \(\) => import\(("[^"]+")\),$/gm)) imports[JSON.parse(name!)] = JSON.parse(file!);
    expect(imports).toEqual({
      'paragraph-10': '/project/content/generated/units/paragraph-10.mdx',
      'paragraph-2': '/project/content/generated/units/paragraph-2.mdx',
      'recommendation-12': '/project/content/generated/units/recommendation-12.mdx',
    });
    expect(Object.keys(imports)).toEqual(['paragraph-10', 'paragraph-2', 'recommendation-12']);
    expect(source.startsWith('export default {\n')).toBe(true);
  });

  it('writes a folder name that needs escaping as a string the module reads back', () => {
    const source = unitModulesSource('/tmp/a "quoted" \\ folder', ['paragraph-1.mdx']);
    const [, file] = /import\(("(?:[^"\\]|\\.)*")\)/.exec(source)!;
    expect(JSON.parse(file!)).toBe('/tmp/a "quoted" \\ folder/paragraph-1.mdx');
  });
});
