/**
 * Reads a `_headers` file in the format Netlify and Cloudflare Pages share: a path pattern on a
 * line of its own, then its headers indented as "Name: value"; `#` starts a comment line.
 */

export interface HeaderRule {
  /** The path pattern ("/*", "/search/"). */
  path: string;
  /** Header names lower-cased; a name given twice keeps every value, in order. */
  headers: Map<string, string[]>;
}

/** The rules of a _headers file, in order; throws naming the line of anything it cannot read. */
export function parseHeadersFile(text: string, fileName = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`${fileName}:${index + 1}: expected "Name: value" under a path, got ${JSON.stringify(line)}`);
    const name = header[1]!.toLowerCase();
    rule.headers.set(name, [...(rule.headers.get(name) ?? []), header[2]!]);
  });
  return rules;
}
