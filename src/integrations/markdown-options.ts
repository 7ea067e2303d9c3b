/**
 * How the site renders the unit files' text (astro.config.mjs `markdown`, which @astrojs/mdx
 * extends). The text is the report's, serialized by ingest, not Markdown someone wrote: it must
 * come out exactly as it went in.
 *
 * - No smartypants: no "smart" quotes or dashes in the document's characters.
 * - No GitHub-flavoured Markdown: GFM turns a bare URL, `www.` or e-mail address in the text into
 *   a link, and does so after parsing, so no escape in the file can stop it; and its `~`
 *   strikethrough would eat characters. CommonMark and MDX, whose syntax the serializer
 *   (src/ingest/mdx.ts) escapes, are all the files need.
 */
import rehypeSlug from 'rehype-slug';

export const markdownOptions = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [],
  rehypePlugins: [rehypeSlug],
};
