// Positions in the files workshopkit reads (modules, themes, brands, the project config), so every problem
// can name its file, line and column. Lines are counted by yaml's own LineCounter.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding, Severity } from '../errors/finding.js';
import { yamlSyntaxFindings } from './yaml-errors.js';
import type { Code } from '../errors/catalogue.js';

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** A text file, with a way to turn an offset into a line and column. */
export class SourceText {
  protected readonly lines: LineCounter;

  constructor(
    /** As shown to the user: relative to the working directory. */
    readonly displayPath: string,
    readonly text: string,
    /** Already filled, when a YAML parse counted the lines. */
    lines?: LineCounter,
  ) {
    this.lines = lines ?? countLines(text);
  }

  positionOf(offset: number): Position {
    return this.lines.linePos(offset);
  }

  finding(offset: number, severity: Severity, rule: Code, message: string, hint?: string): Finding {
    const { line, col } = this.positionOf(offset);
    return { file: this.displayPath, line, col, severity, rule, message, ...(hint ? { hint } : {}) };
  }
}

/** A YAML file parsed with its positions kept. */
export class YamlSource extends SourceText {
  readonly doc: Document.Parsed;

  constructor(displayPath: string, text: string) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    super(displayPath, text, lines);
    this.doc = doc;
  }

  /** The YAML node at a path, or the nearest ancestor that exists. */
  nodeAt(path: Path): Node | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in (node as object)) return node as Node;
    }
    return (this.doc.contents as Node | null) ?? undefined;
  }

  /** Where the value at `path` starts (or its nearest ancestor). */
  offsetAt(path: Path): number {
    return this.nodeAt(path)?.range?.[0] ?? 0;
  }

  /** Where the key `key` of the map at `path` starts: the place to point at for an unknown key. */
  keyOffset(path: Path, key: string): number {
    const map = this.doc.getIn(path, true);
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair.key.range?.[0] ?? 0;
      }
    }
    return this.offsetAt(path);
  }

  /**
   * Where a character of a string value is, for pointing inside long text. Exact for plain and quoted
   * one-line scalars; for block scalars (| and >), the line of the text is found by searching for it.
   */
  offsetInValue(path: Path, index: number, needle: string): number {
    const node = this.doc.getIn(path, true);
    if (!isScalar(node) || !node.range) return this.offsetAt(path);
    const [start, , end] = node.range;
    const found = this.text.slice(start, end).indexOf(needle);
    if (found >= 0) return start + found;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
    return start + quoted + index;
  }

  findingAt(path: Path, severity: Severity, rule: Code, message: string, hint?: string): Finding {
    return this.finding(this.offsetAt(path), severity, rule, message, hint);
  }

  /** YAML syntax errors and warnings (duplicate keys among them) as findings, in plain words. */
  syntaxFindings(): Finding[] {
    return yamlSyntaxFindings(this);
  }
}

/** The line starts of a text that is not YAML (a Markdown file), in yaml's LineCounter. */
function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}
