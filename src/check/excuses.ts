// Inline excuses: a comment that names a rule and says why, and so lets the next line break it.
//   Markdown:  <!-- check-ignore-next-line language/terminology: quoting the law's name -->
//   YAML:      # check-ignore-next-line stats/stale: the only survey of its kind
// In YAML the "next line" is the whole value that starts on it, so one comment covers a block of notes.
import { isNode, isPair, visit } from 'yaml';
import { didYouMean } from '../errors/did-you-mean.js';
import type { Finding } from '../errors/finding.js';
import { SourceText, YamlSource } from '../source/source-text.js';
import { CODE } from '../errors/catalogue.js';

export interface Excuse {
  source: SourceText;
  /** Offset of the comment. */
  offset: number;
  rules: string[];
  reason: string;
  /** The lines it covers, 1-based and inclusive. */
  from: number;
  to: number;
  used: Set<string>;
}

const MARKDOWN = /<!--\s*check-ignore-next-line\b([^>]*?)-->/g;
const YAML = /#\s*check-ignore-next-line\b(.*)$/gm;

function parse(body: string): { rules: string[]; reason: string } {
  const colon = body.search(/:(?!\/)/);
  const names = colon < 0 ? body : body.slice(0, colon);
  const reason = colon < 0 ? '' : body.slice(colon + 1).trim();
  return { rules: names.split(/[\s,]+/).filter(Boolean), reason };
}

/** The last line of the YAML value that starts on `line` (a key and its value, or a list item). */
function yamlValueEnd(source: YamlSource, line: number): number {
  let end = line;
  const consider = (start: number | undefined, stop: number | undefined) => {
    if (start === undefined || stop === undefined) return;
    if (source.positionOf(start).line !== line) return;
    end = Math.max(end, source.positionOf(Math.max(start, stop - 1)).line);
  };
  visit(source.doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isNode(pair.key)) return;
      const value = isNode(pair.value) ? pair.value.range : undefined;
      consider(pair.key.range?.[0], value?.[1] ?? pair.key.range?.[1]);
    },
    Node(_, node) {
      consider(node.range?.[0], node.range?.[1]);
    },
  });
  return end;
}

function nextContentLine(source: SourceText, afterOffset: number, comment: RegExp): number {
  const lines = source.text.split('\n');
  let line = source.positionOf(afterOffset).line; // 1-based line of the end of the comment
  while (line < lines.length) {
    const text = lines[line]!; // the line after `line`
    line++;
    if (text.trim() && !comment.test(text)) return line;
  }
  return line;
}

type Found = Omit<Excuse, 'used'>;

// A file's excuses are read once: a module is checked once for each nation it keeps content to.
const excusesIn = new WeakMap<SourceText, readonly Found[]>();

function readExcuses(source: SourceText): readonly Found[] {
  const known = excusesIn.get(source);
  if (known) return known;
  const found: Found[] = [];
  const yaml = source instanceof YamlSource;
  for (const match of source.text.matchAll(yaml ? YAML : MARKDOWN)) {
    const { rules, reason } = parse(match[1]!);
    const end = match.index! + match[0].length;
    const from = nextContentLine(source, end, yaml ? /^\s*#/ : /^\s*<!--.*-->\s*$/);
    const to = yaml ? yamlValueEnd(source as YamlSource, from) : from;
    found.push({ source, offset: match.index!, rules, reason, from, to });
  }
  excusesIn.set(source, found);
  return found;
}

/** The excuses in the files, each with nothing yet excused by it. */
export function findExcuses(sources: readonly SourceText[]): Excuse[] {
  return sources.flatMap((source) => readExcuses(source).map((e) => ({ ...e, rules: [...e.rules], used: new Set<string>() })));
}

/**
 * Splits findings into those that stand and those an excuse covers, and reports excuses that are
 * incomplete (no rule, no reason), name a rule that does not exist, or excuse nothing.
 */
export function applyExcuses(
  findings: readonly Finding[],
  excuses: readonly Excuse[],
  rules: { known: readonly string[]; active: readonly string[] },
): { findings: Finding[]; excused: (Finding & { reason: string })[]; problems: Finding[] } {
  const kept: Finding[] = [];
  const excused: (Finding & { reason: string })[] = [];
  for (const finding of findings) {
    const excuse = excuses.find((e) =>
      e.source.displayPath === finding.file && finding.line >= e.from && finding.line <= e.to &&
      e.rules.includes(finding.rule));
    if (excuse) {
      excuse.used.add(finding.rule);
      excused.push({ ...finding, reason: excuse.reason });
    } else kept.push(finding);
  }

  const problems: Finding[] = [];
  const problem = (e: Excuse, message: string, hint: string) => problems.push(e.source.finding(e.offset, 'warning', CODE.checkExcuse, message, hint));
  for (const e of excuses) {
    if (!e.rules.length) {
      problem(e, 'this check-ignore-next-line names no rule', 'Write the rule and a reason: "check-ignore-next-line language/terminology: why this line is right".');
      continue;
    }
    if (!e.reason) problem(e, `the excuse for ${e.rules.join(', ')} gives no reason`, 'Say why the line is right after a colon, so the next reader knows: "check-ignore-next-line rule: reason".');
    for (const rule of e.rules) {
      if (!rules.known.includes(rule)) problem(e, `there is no check rule "${rule}"`, `${didYouMean(rule, rules.known)} The rules are listed in the README under "Rules".`);
      else if (rules.active.includes(rule) && !e.used.has(rule)) problem(e, `nothing on the next line breaks ${rule}`, 'Remove the excuse, or move it to the line just above the problem.');
    }
  }
  return { findings: kept, excused, problems };
}
