// The YAML parser's complaints, said as what to change. The parser reports a mistake in its own terms
// ("Nested mappings are not allowed in compact mappings") and often several times as it recovers; a user
// gets one finding for one mistake, in plain words, with the fix.
import { isPair, isScalar, parseDocument, visit, type ErrorCode, type YAMLError } from 'yaml';
import { CODE } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import type { YamlSource } from './source-text.js';

/** Aliases (*name) a file may use: far more than any module needs, far fewer than an alias bomb needs. */
export const MAX_ALIASES = 100;

interface Said {
  message: string;
  hint: string;
}

/** The text of the line an offset is on. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

/** `key: value: more` is one value with a colon in it, nearly always: show it quoted. */
function quoteTheValue(line: string): string {
  const match = /^(\s*(?:-\s+)?)([^:#]+):\s+(.*\S)\s*$/.exec(line);
  if (!match) return 'Put the value in double quotes.';
  const [, , key, value] = match;
  return `Put the value in quotes: ${key!.trim()}: "${value!.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}". If you meant a mapping inside it, start that on the next line, indented.`;
}

const GENERIC_HINT = 'Check the indentation and the quotes around this line; a value that contains ": " needs quotes.';

/** What each of the parser's error codes means for someone writing a module. */
const PLAIN: Partial<Record<ErrorCode, (e: YAMLError, line: string) => Said>> = {
  BLOCK_AS_IMPLICIT_KEY: (_e, line) => ({
    message: 'this value has ": " in it, which YAML reads as the start of another key',
    hint: quoteTheValue(line),
  }),
  MULTILINE_IMPLICIT_KEY: (_e, line) => ({
    message: /^\s*-\s/.test(line)
      ? 'a list item ("- ...") where a "key: value" line was expected'
      : 'this line is neither "key: value" nor indented under the line above',
    hint: /^\s*-\s/.test(line)
      ? 'A list belongs under a key that ends with ":", indented further than that key.'
      : 'Text that goes on from the line above must be indented further than its key; or write "key: >" and put the text on the lines below it, indented.',
  }),
  BAD_INDENT: (e) =>
    /Flow (sequence|mapping)/.test(e.message)
      ? {
          message: `the ${e.message.includes('sequence') ? '[ list ]' : '{ mapping }'} that starts here is not closed`,
          hint: `Close it with "${e.message.includes('sequence') ? ']' : '}'}" on the same line, or write it one "- item" per line.`,
        }
      : {
          message: `this ${e.message.includes('sequence') ? 'list item' : 'key'} is not lined up with the ${e.message.includes('sequence') ? 'items' : 'keys'} above it`,
          hint: 'Indent it with exactly as many spaces as the others at its level; YAML counts the spaces.',
        },
  TAB_AS_INDENT: () => ({ message: 'this line is indented with a tab', hint: 'YAML indents with spaces only: replace the tab with spaces (your editor can do it for the whole file).' }),
  MISSING_CHAR: (e) =>
    /quote/i.test(e.message)
      ? { message: 'a quoted value is not closed', hint: 'Add the closing quote at the end of the value. For a quote inside, use the other kind, or double it inside single quotes (\'it\'\'s\').' }
      : /map values/.test(e.message)
        ? { message: 'this line has a key without the ":" after it', hint: 'Write "key: value"; text on its own line belongs indented under a key.' }
        : { message: e.message.replace(/^Missing /, 'a missing '), hint: GENERIC_HINT },
  BAD_DQ_ESCAPE: (e) => ({
    message: `"${/\\\S*/.exec(e.message)?.[0] ?? '\\'}" is not an escape YAML knows inside double quotes`,
    hint: 'Use single quotes, where a backslash is just a backslash, or write the backslash twice (\\\\).',
  }),
  BAD_SCALAR_START: (e) => ({
    message: `a value cannot start with "${e.message.slice(-1)}" unless it is quoted`,
    hint: 'Put the value in double quotes.',
  }),
  UNEXPECTED_TOKEN: (e) =>
    /scalar at node end/.test(e.message)
      ? { message: 'there is more text after the closing quote', hint: 'Put the whole value inside the quotes.' }
      : { message: 'YAML did not expect this here', hint: GENERIC_HINT },
  MULTIPLE_DOCS: () => ({
    message: 'a line "---" starts a second document in this file',
    hint: 'A YAML file of a module is one document: remove the "---" line (and any "..." line).',
  }),
  BLOCK_IN_FLOW: () => ({
    message: 'an indented list or mapping inside [ ] or { }',
    hint: 'Inside [ ] and { }, write the items on one line, separated by commas; or drop the brackets and write one "- item" per line.',
  }),
  KEY_OVER_1024_CHARS: () => ({ message: 'a key longer than 1024 characters', hint: 'A line of text probably lost its "key:" or its indentation: check the line above.' }),
  MULTIPLE_ANCHORS: () => ({ message: 'two anchors (&name) on one value', hint: 'Keep one anchor.' }),
  MULTIPLE_TAGS: () => ({ message: 'two tags (!tag) on one value', hint: 'Keep one tag, or quote the value if the "!" is text.' }),
  TAG_RESOLVE_FAILED: () => ({ message: 'a value with a tag (!tag) that cannot be read', hint: 'workshopkit needs no tags: remove it, or quote the value if the "!" is text.' }),
};

/** The key name a duplicate-key error points at, and where the first one with that name is. */
function firstOfDuplicate(source: YamlSource, offset: number): { key: string; first?: number } {
  let found: { key: string; first?: number } = { key: lineAt(source.text, offset).slice(source.positionOf(offset).col - 1).split(':')[0]!.trim() };
  visit(source.doc, {
    Map(_, map) {
      const pairs = map.items.filter((p) => isPair(p) && isScalar(p.key));
      const dup = pairs.find((p) => (p.key as { range?: number[] }).range?.[0] === offset);
      if (!dup) return undefined;
      const key = (dup.key as { value: unknown }).value;
      const first = pairs.find((p) => (p.key as { value: unknown }).value === key);
      found = { key: String(key), ...(first ? { first: (first.key as { range: number[] }).range[0]! } : {}) };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The parser reports some mistakes where it noticed them, not where they are: an unclosed quote or bracket
 * at the end of the file, a misaligned key at the start of its line. Point at what to change instead.
 */
function whereTheMistakeIs(text: string, e: YAMLError): number {
  const at = e.pos[0];
  if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) {
    const quote = e.message.includes("'") ? "'" : '"';
    const opening = text.lastIndexOf(quote, at - 1);
    return opening >= 0 ? opening : at;
  }
  if (e.code === 'BAD_INDENT' && /Flow (sequence|mapping)/.test(e.message)) {
    const opening = text.lastIndexOf(e.message.includes('sequence') ? '[' : '{', at - 1);
    return opening >= 0 ? opening : at;
  }
  if (e.code === 'BAD_INDENT' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    let first = at;
    while (text[first] === ' ') first += 1;
    return text[first] === '\n' ? at : first;
  }
  return at;
}

/** One parser error in plain words, at the place to change (an offset in `text`). */
export function explainYamlError(text: string, e: YAMLError): Said & { offset: number } {
  const offset = whereTheMistakeIs(text, e);
  const said = PLAIN[e.code]?.(e, lineAt(text, offset));
  return { offset, ...(said ?? { message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), hint: GENERIC_HINT }) };
}

/**
 * A file's syntax errors as findings: every duplicate key (each its own mistake), and the first other
 * error only, since what the parser says after it is usually the same mistake seen again.
 */
export function yamlSyntaxFindings(source: YamlSource): Finding[] {
  const all = [...source.doc.errors, ...source.doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const firstOther = all.find((e) => e.code !== 'DUPLICATE_KEY');
  const kept = all.filter((e) => e === firstOther || (e.code === 'DUPLICATE_KEY' && (!firstOther || e.pos[0] < firstOther.pos[0])));
  return kept.map((e) => {
    if (e.code === 'DUPLICATE_KEY') {
      const { key, first } = firstOfDuplicate(source, e.pos[0]);
      const where = first === undefined ? 'above' : `at line ${source.positionOf(first).line}`;
      return source.finding(e.pos[0], 'error', CODE.yamlDuplicateKey, `"${key}" is already defined ${where}`,
        'YAML keeps only one of the two: remove one, or merge what they say.');
    }
    const { offset, message, hint } = explainYamlError(source.text, e);
    return source.finding(offset, 'error', CODE.yamlSyntax, message, hint);
  });
}

/**
 * The file's data, or a finding when it cannot be built: too many aliases (a file made to exhaust
 * memory) or an alias to an anchor that is not defined above it.
 */
export function yamlData(source: YamlSource): { data?: unknown; findings: Finding[] } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: MAX_ALIASES }), findings: [] };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases: { name: string; offset: number }[] = [];
    visit(source.doc, { Alias: (_, node) => void aliases.push({ name: node.source, offset: node.range?.[0] ?? 0 }) });
    if (/alias count/i.test(error.message)) {
      return { findings: [source.finding(aliases[0]?.offset ?? 0, 'error', CODE.yamlAliases,
        `this file's aliases (*name) expand past ${MAX_ALIASES} copies`, 'A module needs no aliases at all: write the values out where they are used.')] };
    }
    const name = /: (\S+)$/.exec(error.message)?.[1];
    const alias = aliases.find((a) => a.name === name) ?? aliases[0];
    return { findings: [source.finding(alias?.offset ?? 0, 'error', CODE.yamlSyntax, `*${name ?? alias?.name ?? ''} refers to no anchor &${name ?? alias?.name ?? ''} above it`,
      'Define the anchor (&name) before the alias that uses it, or write the value out.')] };
  }
}

/** A Markdown section's front matter: its data, or its first mistake in plain words and where it is. */
export function readFrontMatter(text: string): { data: unknown } | { error: string; offset: number } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const { offset, message, hint } = explainYamlError(text, first);
    return { error: `${message}. ${hint}`, offset };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {} };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { error: 'an alias (*name) that expands too far or refers to nothing: write the values out', offset: 0 };
  }
}
