// Long slides, split before they are drawn. A slide whose text could not fit its 16:9 frame even at the
// theme's smallest slide size is split where its block allows (a list between items, Markdown between
// paragraphs and list items) into slides that fit at the normal size; the later ones are titled
// "... (continued)". A single paragraph or item too long for any slide cannot be split: it is returned,
// for the pipeline to report at its source. The sizes are estimated from the text and the theme, with no
// browser, so every slide format (the deck, the slides PDF, the PowerPoint) splits the same way; the slides
// PDF's printing then measures every slide for real (templates/shared/fit-slides.hbs). Pure.
import { Lexer, type Token, type Tokens } from 'marked';
import type { TailoredItem } from '../tailor/tailor.js';
import { plainText } from './markdown.js';

/** The sizes that matter, from the theme (deck.size, deck.min-size, text.line-height). */
export interface SlideMetrics {
  /** The slide's text size, px. */
  size: number;
  /** The smallest the fitting script may set it, px. */
  minSize: number;
  lineHeight: number;
  /** The heading's rule, px. */
  rule: number;
  /** The font's average character width, in ems. */
  charWidth: number;
}

/** The printed slide's text box (templates/slides-print.css: 1280 x 720 less its padding), the tighter of the two layouts. */
export const SLIDE_TEXT_WIDTH = 1160;
export const SLIDE_TEXT_HEIGHT = 624;
/** What wrapping at word ends wastes of a line. */
const WRAP_LOSS = 0.94;

/** The heading of the `part`th slide of a split (2 or more): "... (continued)", in the output's language. */
export type ContinuedTitle = (part: number) => string;

/** A piece of a slide that is never cut in two: a paragraph, a heading, a list item. */
interface Piece {
  /** Its text, for measuring and for saying which one is too long. */
  text: string;
  /** Text size relative to the slide's (a heading is larger). */
  scale: number;
  /** Line height in ems of its own size. */
  lineHeight?: number;
  /** Left indent in ems (list items). */
  indent: number;
  /** Space after it, in ems of the slide's size. */
  after: number;
  /** A smaller second line under an item (its detail). */
  detail?: string;
  /** Set for a panel: each of these starts a line of its own, in a column `1 / columns` of the width,
   * with `padding` ems of its own size around it (a place to get help's card). */
  panel?: { lines: string[]; columns: number; padX: number; padY: number };
}

function linesOf(text: string, fontPx: number, width: number, m: SlideMetrics): number {
  const textWidth = text.length * m.charWidth * fontPx;
  // Only a text that wraps loses the ends of its lines.
  return textWidth <= width ? 1 : Math.ceil(textWidth / (width * WRAP_LOSS));
}

/** How tall a piece is when the slide's text is `size` px. */
function pieceHeight(piece: Piece, size: number, m: SlideMetrics): number {
  const font = Math.max(m.minSize, piece.scale * size);
  if (piece.panel) {
    const { lines, columns, padX, padY } = piece.panel;
    const column = (SLIDE_TEXT_WIDTH - (columns - 1) * font) / columns - 2 * padX * font;
    return lines.reduce((sum, line) => sum + linesOf(line, font, column, m), 0) * font * m.lineHeight + 2 * padY * font + piece.after * font;
  }
  const width = SLIDE_TEXT_WIDTH - piece.indent * size;
  let height = linesOf(piece.text, font, width, m) * font * (piece.lineHeight ?? m.lineHeight) + piece.after * size;
  if (piece.detail) {
    const small = Math.max(m.minSize, 0.78 * size);
    height += linesOf(piece.detail, small, width, m) * small * m.lineHeight;
  }
  return height;
}

/** A slide's h2: larger, tighter lines, a rule and space under it (templates/deck.css). */
function headingHeight(title: string, size: number, m: SlideMetrics): number {
  if (!title) return 0;
  const font = 1.45 * size;
  return linesOf(title, font, SLIDE_TEXT_WIDTH, m) * font * 1.15 + 0.85 * font + m.rule;
}

/** Of panels side by side in a row, the tallest: the row is as tall as it. */
export function tallest(pieces: readonly Piece[], m: SlideMetrics): Piece {
  return pieces.reduce((a, b) => (pieceHeight(b, m.minSize, m) > pieceHeight(a, m.minSize, m) ? b : a));
}

const heightOf = (pieces: readonly Piece[], size: number, m: SlideMetrics) => pieces.reduce((sum, p) => sum + pieceHeight(p, size, m), 0);

/** Whether a slide with this title and these pieces fits at `size`. */
export const fits = (title: string, pieces: readonly Piece[], size: number, m: SlideMetrics) =>
  headingHeight(title, size, m) + heightOf(pieces, size, m) <= SLIDE_TEXT_HEIGHT;

/**
 * Splits `units` (each a run of pieces that stay together) into slides, when they cannot all fit on one at
 * the smallest size (`title` is the first slide's drawn heading, if any; `continued` gives the later ones'): as few slides as hold them at the normal size, filled evenly. Returns one part when no
 * split is needed, and every unit that alone cannot fit a slide at the smallest size.
 */
export function splitUnits<U>(title: string, continued: ContinuedTitle, units: readonly U[], piecesOf: (unit: U) => Piece[], lead: Piece[], m: SlideMetrics): { parts: U[][]; tooLong: U[] } {
  const all = [...lead, ...units.flatMap(piecesOf)];
  const tooLong = units.filter((u) => !fits(continued(2), piecesOf(u), m.minSize, m));
  if (units.length < 2 || fits(title, all, m.minSize, m)) return { parts: [[...units]], tooLong };
  // Greedily, at the normal size, to learn how many slides; then the same number filled by height.
  const parts: U[][] = [[]];
  let pieces: Piece[] = [...lead];
  for (const unit of units) {
    const next = [...pieces, ...piecesOf(unit)];
    const partTitle = parts.length === 1 ? title : continued(parts.length);
    if (parts.at(-1)!.length && !fits(partTitle, next, m.size, m)) {
      parts.push([unit]);
      pieces = piecesOf(unit);
    } else {
      parts.at(-1)!.push(unit);
      pieces = next;
    }
  }
  return { parts: balance(title, continued, units, parts.length, piecesOf, lead, m) ?? parts, tooLong };
}

/** `count` slides of about equal height, in order, or undefined when an even fill would not fit. */
function balance<U>(title: string, continued: ContinuedTitle, units: readonly U[], count: number, piecesOf: (unit: U) => Piece[], lead: Piece[], m: SlideMetrics): U[][] | undefined {
  const heights = units.map((u) => heightOf(piecesOf(u), m.size, m));
  const leadHeight = heightOf(lead, m.size, m);
  const total = heights.reduce((a, b) => a + b, leadHeight);
  const parts: U[][] = [[]];
  let used = leadHeight;
  units.forEach((unit, i) => {
    const boundary = (total * parts.length) / count;
    if (parts.at(-1)!.length && parts.length < count && used + heights[i]! / 2 > boundary) parts.push([]);
    parts.at(-1)!.push(unit);
    used += heights[i]!;
  });
  const partFits = (part: U[], i: number) =>
    fits(i === 0 ? title : continued(i + 1), [...(i === 0 ? lead : []), ...part.flatMap(piecesOf)], m.size, m);
  return parts.length === count && parts.every(partFits) ? parts : undefined;
}

/** A list item as a piece. */
export const itemPiece = (item: TailoredItem): Piece => ({
  text: plainText(item.text),
  scale: 1,
  indent: 1.2,
  after: 0.45,
  ...(item.detail ? { detail: plainText(item.detail) } : {}),
});

/** A block's lead paragraph (a tips block's intro). */
export const leadPiece = (text: string): Piece => ({ text: plainText(text), scale: 1.02, indent: 0, after: 0.45 });

/** A top-level piece of Markdown: what comes between blank lines, or one item of a list. */
export interface MarkdownUnit {
  raw: string;
  /** Set for a list item: the list it belongs to, so items of one list are joined as one list again. */
  list?: number;
  /** A heading stays with what follows it. */
  heading?: boolean;
  pieces: Piece[];
}

const HEADING_SCALE: Record<number, number> = { 1: 1.45, 2: 1.45, 3: 1.05 };

function tokenText(token: Token): string {
  return plainText('text' in token && typeof token.text === 'string' ? token.text : token.raw).replace(/\s+/g, ' ');
}

// Every audience that sees a slide has it measured: its Markdown is read into units once. The units are
// never changed (a split makes new lists of them).
const unitsOf = new Map<string, readonly MarkdownUnit[]>();

/** A slide's Markdown as units that are never cut: paragraphs, headings, list items (a heading joined to what follows). */
export function markdownUnits(markdown: string): readonly MarkdownUnit[] {
  let units = unitsOf.get(markdown);
  if (!units) {
    if (unitsOf.size >= 5_000) unitsOf.clear();
    unitsOf.set(markdown, (units = readUnits(markdown)));
  }
  return units;
}

function readUnits(markdown: string): MarkdownUnit[] {
  const units: MarkdownUnit[] = [];
  let list = 0;
  for (const token of new Lexer({ gfm: true }).lex(markdown)) {
    if (token.type === 'space') continue;
    if (token.type === 'list') {
      list += 1;
      for (const item of (token as Tokens.List).items) {
        units.push({ raw: item.raw.trimEnd(), list, pieces: [{ text: tokenText(item), scale: 1, indent: 1.2, after: 0.45 }] });
      }
      continue;
    }
    const heading = token.type === 'heading';
    const scale = heading ? HEADING_SCALE[(token as Tokens.Heading).depth] ?? 1.05 : 1;
    units.push({ raw: token.raw.trim(), ...(heading ? { heading } : {}), pieces: [{ text: tokenText(token), scale, ...(heading ? { lineHeight: 1.15 } : {}), indent: 0, after: heading ? 0.6 * scale : 0.45 }] });
  }
  // A heading is never the last thing on a slide: it goes with the unit after it.
  const joined: MarkdownUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    if (unit.heading && next) {
      joined.push({ ...next, raw: `${unit.raw}\n\n${next.raw}`, heading: false, pieces: [...unit.pieces, ...next.pieces], ...(next.list ? { list: -next.list } : {}) });
      i += 1;
    } else joined.push(unit);
  }
  return joined;
}

/** Units back into Markdown: items of one list on consecutive lines, so the list stays tight. */
export function joinUnits(units: readonly MarkdownUnit[]): string {
  let text = '';
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const sameList = previous?.list !== undefined && unit.list !== undefined && Math.abs(previous.list) === Math.abs(unit.list) && unit.list > 0;
    text += i === 0 ? unit.raw : `${sameList ? '\n' : '\n\n'}${unit.raw}`;
  });
  return text;
}

/** A place to get help as a card on a slide: its name, what it is, its phone and its address, each on a line
 * (templates/deck/blocks/signposting.hbs), two to a row. */
export const cardPiece = (lines: string[]): Piece => ({ text: '', scale: 0.78, indent: 0, after: 0.5, panel: { lines, columns: 2, padX: 0.6, padY: 0.4 } });
