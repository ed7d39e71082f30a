// Positions in the files a module is made of, so every problem can name its file, line and column.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Finding, Severity } from '../errors/finding.js';
import { yamlSyntaxFindings } from '../errors/yaml-errors.js';
import type { Code } from '../errors/catalogue.js';

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** A text file of the module, with a way to turn an offset into a line and column. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(
    /** As shown to the user: relative to the working directory. */
    readonly displayPath: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  positionOf(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - this.lineStarts[low]! + 1 };
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
    super(displayPath, text);
    this.doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
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
