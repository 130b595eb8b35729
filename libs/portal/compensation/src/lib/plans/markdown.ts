import { marked } from 'marked';

/**
 * A plan document (Markdown) as HTML for `[innerHTML]`: Angular's sanitizer then strips scripts and
 * handlers, so the text is never trusted as-is. Synchronous, GitHub-flavoured (tables).
 */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}
