/**
 * Markdown → HTML for text that is data, not code: level hints and solutions, and (later)
 * teachers' text. micromark escapes raw HTML (allowDangerousHtml is off) and drops dangerous
 * URL protocols (javascript:, data:, vbscript:); every link gets rel="noopener nofollow" and
 * opens nothing new. Never MDX: nothing in the text is executed.
 */
import { micromark } from 'micromark';

/** Upper bound on the input, so a hostile document cannot make rendering slow. */
export const MARKDOWN_MAX = 20_000;

/** Safe HTML for a Markdown string (block level: paragraphs, lists, emphasis, code, links). */
export function renderMarkdown(markdown: string): string {
  const html = micromark(markdown.slice(0, MARKDOWN_MAX), { allowDangerousHtml: false, allowDangerousProtocol: false });
  return html.replace(/<a href="/g, '<a rel="noopener nofollow" href="');
}

/** Inline variant: a single paragraph's content without the wrapping <p>. */
export function renderInlineMarkdown(markdown: string): string {
  const html = renderMarkdown(markdown).trim();
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return m && !m[1].includes('<p>') ? m[1] : html;
}
