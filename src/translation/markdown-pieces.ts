// A Markdown text cut into the pieces a translator translates whole: each heading, paragraph and list item
// (a table or a quotation as one piece), with its inline Markdown kept in its text. Each piece knows its
// span in the text, so a translation is put back in the same place and the Markdown around it (list
// markers, heading hashes, indentation) is kept as written.
import { marked, type Token, type Tokens } from 'marked';

export interface MarkdownPiece {
  /** What the translator sees: the piece's text with its continuation lines' indentation or "> " taken off. */
  text: string;
  /** The piece's span in the text it was cut from. */
  start: number;
  end: number;
  /** Put before each line after the first when a translation is put back (a list item's indentation). */
  continuation: string;
}

const LIST_MARKER = /^[ \t]{0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)/;

/** The pieces of a Markdown text, in reading order (files are read with "\n" line endings). */
export function markdownPieces(markdown: string): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = [];
  let cursor = 0;
  for (const token of marked.lexer(markdown)) {
    const at = markdown.indexOf(token.raw, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + token.raw.length;
    pieces.push(...piecesOf(token, markdown, start));
  }
  return pieces.filter((p) => p.text.trim());
}

function piecesOf(token: Token, markdown: string, start: number): MarkdownPiece[] {
  const raw = token.raw;
  switch (token.type) {
    case 'heading': {
      const text = (token as Tokens.Heading).text;
      const at = raw.indexOf(text);
      return at < 0 ? [] : [{ text, start: start + at, end: start + at + text.length, continuation: '' }];
    }
    case 'paragraph':
    case 'table':
      return [span(markdown, start, start + raw.trimEnd().length, '')];
    case 'blockquote': {
      const lead = /^[ \t]{0,3}>[ \t]?/.exec(raw)?.[0].length ?? 0;
      const piece = span(markdown, start + lead, start + raw.trimEnd().length, '> ');
      return [{ ...piece, text: piece.text.split('\n').map((line) => line.replace(/^[ \t]*>[ \t]?/, '')).join('\n') }];
    }
    case 'list':
      return listPieces(token as Tokens.List, markdown, start);
    default:
      return []; // spaces, rules, code and HTML (comments that excuse a check) are not translated
  }
}

function listPieces(list: Tokens.List, markdown: string, start: number): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = [];
  let cursor = start;
  for (const item of list.items) {
    const at = markdown.indexOf(item.raw, cursor);
    const itemStart = at < 0 ? cursor : at;
    cursor = itemStart + item.raw.length;
    const marker = LIST_MARKER.exec(item.raw)?.[0] ?? '';
    const nested = item.tokens.find((t): t is Tokens.List => t.type === 'list');
    const nestedAt = nested ? item.raw.indexOf(nested.raw, marker.length) : -1;
    const ownEnd = nestedAt >= 0 ? nestedAt : item.raw.length;
    const own = item.raw.slice(0, ownEnd).trimEnd().length;
    if (own > marker.length) {
      const piece = span(markdown, itemStart + marker.length, itemStart + own, ' '.repeat(marker.length));
      pieces.push({ ...piece, text: piece.text.split('\n').map((line, i) => (i ? line.trimStart() : line)).join('\n') });
    }
    if (nested && nestedAt >= 0) pieces.push(...listPieces(nested, markdown, itemStart + nestedAt));
  }
  return pieces;
}

function span(markdown: string, start: number, end: number, continuation: string): MarkdownPiece {
  return { text: markdown.slice(start, end), start, end, continuation };
}

/** The text with each piece replaced by what `translate` gives for it, the Markdown around them kept. */
export function replacePieces(markdown: string, pieces: readonly MarkdownPiece[], translate: (piece: MarkdownPiece, index: number) => string): string {
  let result = '';
  let last = 0;
  pieces.forEach((piece, index) => {
    result += markdown.slice(last, piece.start) + translate(piece, index).split('\n').join(`\n${piece.continuation}`);
    last = piece.end;
  });
  return result + markdown.slice(last);
}
