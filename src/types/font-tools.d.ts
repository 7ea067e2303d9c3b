// Type declarations for the two font packages that ship none, limited to what the project calls.

declare module 'subset-font' {
  interface SubsetOptions {
    /** The output format; the input's format when omitted. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
  }
  /** A subset of `font` that keeps the glyphs `text` needs, layout closure included. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  /** `font` in another container format: "sfnt" is a plain TrueType/OpenType file. */
  export function convert(font: Buffer, toFormat: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
}
