// Markdown from a module becomes HTML through marked, then through a sanitiser that keeps only text
// formatting and links: no scripts, styles, frames, forms, event handlers or images.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false });

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'blockquote', 'code', 'pre', 'br', 'hr',
    'span', 'sup', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr', 'del', 'mark',
  ],
  allowedAttributes: { a: ['href', 'title'], span: ['class', 'lang'], strong: ['class'], abbr: ['title'], th: ['scope'], p: ['lang'], ol: ['start'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

export function sanitise(html: string): string {
  return sanitizeHtml(html, SANITISE);
}

/** Block Markdown (paragraphs, lists, headings) to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return sanitise(marked.parse(markdown, { async: false })).trim();
}

/** One line of Markdown (a list item, a title) to safe HTML without a wrapping paragraph. */
export function renderInline(markdown: string): string {
  return sanitise(marked.parseInline(markdown, { async: false })).trim();
}

// The slide plan asks for the plain text of the same items and paragraphs for every audience and format.
const plainTexts = new Map<string, string>();

/** Plain text for places that take no markup (a <title>, PDF metadata). */
export function plainText(markdown: string): string {
  let plain = plainTexts.get(markdown);
  if (plain === undefined) {
    if (plainTexts.size >= 20_000) plainTexts.clear();
    plainTexts.set(markdown, (plain = plainTextOnce(markdown)));
  }
  return plain;
}

function plainTextOnce(markdown: string): string {
  return sanitizeHtml(renderInline(markdown), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
