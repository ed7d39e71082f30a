// Reading text as prose: Markdown syntax, links and comments blanked out without moving anything, so an
// index into the prose is an index into the text; and the small questions rules ask of a match (is it in
// quotation marks, is it negated, which sentence is it in).

/**
 * Remembers a function's answers for the texts it was asked about. Each audience of a module reads mostly the
 * same texts, so the rules ask the same questions of them several times over.
 */
export function cachedByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    if (cache.size >= limit) cache.clear();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}

/** Replaces every character of a match, except line breaks, with a space. */
function blank(text: string, pattern: RegExp, keep?: (match: RegExpExecArray) => [number, number] | undefined): string {
  let out = '';
  let done = 0;
  const spaces = (from: number, to: number) => text.slice(from, to).replace(/[^\n]/g, ' ');
  for (const match of text.matchAll(pattern)) {
    const start = match.index!;
    const end = start + match[0].length;
    const kept = keep?.(match as RegExpExecArray);
    out += text.slice(done, start);
    if (kept) out += spaces(start, start + kept[0]) + text.slice(start + kept[0], start + kept[1]) + spaces(start + kept[1], end);
    else out += spaces(start, end);
    done = end;
  }
  return done ? out + text.slice(done) : text;
}

const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const AUTOLINK = /<(?:https?:|mailto:|tel:)[^>\s]*>/gi;
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/g;
const LINK = /\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s)>\]]+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LINE_MARKER = /^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)/gm;
const INLINE_MARKUP = /[*`~\\]|\b_+|_+\b/g;

/** The text with Markdown syntax, HTML, comments, URLs and e-mail addresses replaced by spaces. */
export const maskMarkup = cachedByText(maskMarkupOnce);

function maskMarkupOnce(text: string): string {
  let out = blank(text, HTML_COMMENT);
  out = blank(out, AUTOLINK);
  out = blank(out, HTML_TAG);
  out = blank(out, LINK, (m) => [1, 1 + m[1]!.length]);
  out = blank(out, URL);
  out = blank(out, EMAIL);
  out = blank(out, LINE_MARKER);
  return blank(out, INLINE_MARKUP);
}

/** Replaces the given ranges with spaces. */
export function blankRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (!ranges.length) return text;
  const units = text.split('');
  for (const { start, end } of ranges) for (let i = start; i < end; i++) if (units[i] !== '\n') units[i] = ' ';
  return units.join('');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a phrase as a whole word or words: any case, spaces or hyphens between words, straight or
 * curly apostrophes.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.trim().split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+').replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

const matchesByPattern = new WeakMap<RegExp, (text: string) => readonly Match[]>();

/** Every match of a pattern in a text (remembered per pattern and text: the matches are read, never changed). */
export function findAll(text: string, pattern: RegExp): readonly Match[] {
  let find = matchesByPattern.get(pattern);
  if (!find) {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    find = cachedByText((t) => [...t.matchAll(global)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] })), 5_000);
    matchesByPattern.set(pattern, find);
  }
  return find(text);
}

const testsByPattern = new WeakMap<RegExp, (text: string) => boolean>();

/** True when a pattern matches anywhere in a text (remembered per pattern and text, like findAll). */
export function hasMatch(text: string, pattern: RegExp): boolean {
  let test = testsByPattern.get(pattern);
  if (!test) {
    // A global or sticky pattern keeps a lastIndex between tests; a copy without those flags does not.
    const plain = pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern;
    test = cachedByText((t) => plain.test(t), 5_000);
    testsByPattern.set(pattern, test);
  }
  return test(text);
}

/** Where the paragraph (or list item, or line) around an index starts and ends. */
export function lineAround(text: string, index: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return { start, end: newline < 0 ? text.length : newline };
}

const SENTENCE_END = /[.!?]["'”’)]*(?=\s|$)/g;

/** The sentences of a text: split at full stops, question and exclamation marks, and line breaks. */
export const sentences: (text: string) => readonly Match[] = cachedByText(sentencesOnce);

function sentencesOnce(text: string): Match[] {
  const found: Match[] = [];
  const push = (start: number, end: number) => {
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const trimmed = chunk.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) found.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    for (const end of line.matchAll(SENTENCE_END)) {
      const stop = lineStart + end.index! + end[0].length;
      push(start, stop);
      start = stop;
    }
    push(start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return found;
}

export function sentenceAround(text: string, index: number): Match {
  return sentences(text).find((s) => s.start <= index && index < s.end) ?? { start: index, end: index, text: '' };
}

/** True when a match sits inside quotation marks: "…", “…”, or directly between single quotes. */
export function isQuoted(text: string, start: number, end: number): boolean {
  const line = lineAround(text, start);
  const before = text.slice(line.start, start);
  const after = text.slice(end, line.end);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && after.includes('"')) return true;
  if (before.lastIndexOf('“') > before.lastIndexOf('”') && after.includes('”')) return true;
  if (before.lastIndexOf('‘') > before.lastIndexOf('’') && /’(?![\p{L}])/u.test(after)) return true;
  return /['‘]$/.test(before) && /^['’]/.test(after);
}

const NEGATION = /\b(?:not|never|no|nobody|no one|isn['’]t|aren['’]t|wasn['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|nothing)\b[^.!?;:]{0,30}$/i;

/** True when a match follows a negation in the same clause ("it is never your own fault"). */
export function isNegated(text: string, start: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, start - 60), start));
}

/** Words of a text, for counting. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** A short quotation of a sentence for a message. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}"`;
}
