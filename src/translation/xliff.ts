// XLIFF 1.2, the version every translation tool reads: read with the line and column of every unit (so a
// missing translation is reported where the translator will fix it) and written in one fixed layout (so
// the same units give the same bytes). @xmldom/xmldom parses, with positions, and serialises, escaping.
import { DOMImplementation, DOMParser, MIME_TYPE, XMLSerializer, type Element } from '@xmldom/xmldom';
import { CODE } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';
/** workshopkit's own attribute (the hash of the English a translation was made from), in its own namespace. */
export const WORKSHOPKIT_NS = 'urn:workshopkit:xliff:1';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Notes workshopkit writes say so, so a translator's own notes are told apart and kept. */
export const NOTE_FROM = 'workshopkit';

export interface Position {
  line: number;
  col: number;
}

export interface XliffUnit {
  id: string;
  /** The module file the text is in: the unit's `<file original>`. */
  file: string;
  source: string;
  /** The hash of the English the target was made from (`wk:source-hash`), when a tool kept it. */
  sourceHash?: string;
  /** Absent when there is no `<target>`. */
  target?: string;
  /** The target's `state` (XLIFF 1.2: new, needs-translation, translated, final, signed-off, …). */
  state?: string;
  /** The translation before the English last changed, kept for reference in an `<alt-trans>`. */
  previous?: { source: string; target: string };
  /** Notes, workshopkit's (`from="workshopkit"`) and the translator's. */
  notes: { from?: string; text: string }[];
  /** Where the `<trans-unit>` starts, and its `<target>` when it has one (1-based). */
  at?: Position;
  targetAt?: Position;
}

export interface XliffDocument {
  sourceLanguage: string;
  targetLanguage: string;
  units: XliffUnit[];
  /** Where each `<file>` starts, by its `original` (read documents only). */
  fileAt?: Map<string, Position>;
}

/** States that say a translation has been reviewed: anything else is a draft. */
export const REVIEWED_STATES: readonly string[] = ['final', 'signed-off'];

/** Reads an XLIFF 1.2 file; a file that is not well-formed XLIFF 1.2 is a finding at its line. */
export function readXliff(text: string, displayPath: string): { document?: XliffDocument; findings: Finding[] } {
  const problem = (at: Position, message: string, hint: string): Finding => ({ file: displayPath, line: at.line, col: at.col, severity: 'error', rule: CODE.translationSyntax, message, hint });
  let root: Element | null;
  try {
    const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new XliffSyntaxError(message); } }).parseFromString(text, MIME_TYPE.XML_TEXT);
    root = doc.documentElement;
  } catch (error) {
    const at = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const message = (error as Error).message.replace(/\s*\n[\s\S]*$/, '').replace(/^\[xmldom \w+\]\s*/, '');
    return { findings: [problem({ line: at?.lineNumber ?? 1, col: at?.columnNumber ?? 1 }, `this is not well-formed XML: ${message}`, 'Open it in a translation tool or an XML editor and save it again, or run workshopkit translate to write it afresh (translations are kept).')] };
  }
  if (!root || root.localName !== 'xliff' || root.namespaceURI !== XLIFF_NS || root.getAttribute('version') !== '1.2') {
    return { findings: [problem(positionOf(root), 'this is not an XLIFF 1.2 file', `The root must be <xliff version="1.2" xmlns="${XLIFF_NS}">; save it from your translation tool as XLIFF 1.2.`)] };
  }
  const units: XliffUnit[] = [];
  const fileAt = new Map<string, Position>([['', positionOf(root)]]);
  let sourceLanguage = '';
  let targetLanguage = '';
  for (const file of children(root, 'file')) {
    sourceLanguage ||= file.getAttribute('source-language') ?? '';
    targetLanguage ||= file.getAttribute('target-language') ?? '';
    const original = file.getAttribute('original') ?? '';
    if (!fileAt.has(original)) fileAt.set(original, positionOf(file));
    for (const transUnit of descendants(file, 'trans-unit')) {
      const source = children(transUnit, 'source')[0];
      const target = children(transUnit, 'target')[0];
      const alt = children(transUnit, 'alt-trans')[0];
      const hash = transUnit.getAttributeNS(WORKSHOPKIT_NS, 'source-hash');
      const unit: XliffUnit = {
        id: transUnit.getAttribute('id') ?? '',
        file: original,
        source: source?.textContent ?? '',
        ...(hash ? { sourceHash: hash } : {}),
        notes: children(transUnit, 'note').map((note) => ({ ...(note.getAttribute('from') ? { from: note.getAttribute('from')! } : {}), text: note.textContent ?? '' })),
        at: positionOf(transUnit),
      };
      if (target) {
        unit.target = target.textContent ?? '';
        unit.targetAt = positionOf(target);
        if (target.getAttribute('state')) unit.state = target.getAttribute('state')!;
      }
      if (alt) unit.previous = { source: children(alt, 'source')[0]?.textContent ?? '', target: children(alt, 'target')[0]?.textContent ?? '' };
      units.push(unit);
    }
  }
  return { document: { sourceLanguage, targetLanguage, units, fileAt }, findings: [] };
}

class XliffSyntaxError extends Error {}

function positionOf(node: Element | null): Position {
  const located = node as { lineNumber?: number; columnNumber?: number } | null;
  return { line: located?.lineNumber ?? 1, col: located?.columnNumber ?? 1 };
}

function children(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) found.push(node as Element);
  }
  return found;
}

function descendants(parent: Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(XLIFF_NS, name));
}

/**
 * The XLIFF text of a document: one `<file>` per module file, in the order of the units, each unit's
 * source, target, workshopkit's note, the translator's notes and the previous translation, indented two
 * spaces, with a final newline.
 */
export function writeXliff(document: XliffDocument): string {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '1.2');
  root.setAttributeNS(XMLNS_NS, 'xmlns:wk', WORKSHOPKIT_NS);
  const indent = (parent: Element, depth: number) => parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
  const element = (parent: Element, depth: number, name: string, attributes: Record<string, string | undefined> = {}, text?: string): Element => {
    indent(parent, depth);
    const created = doc.createElementNS(XLIFF_NS, name);
    for (const [key, value] of Object.entries(attributes)) if (value !== undefined) created.setAttribute(key, value);
    if (text !== undefined) created.appendChild(doc.createTextNode(text));
    parent.appendChild(created);
    return created;
  };

  const files: string[] = [];
  for (const unit of document.units) if (!files.includes(unit.file)) files.push(unit.file);
  for (const original of files) {
    const file = element(root, 1, 'file', {
      original,
      'source-language': document.sourceLanguage,
      'target-language': document.targetLanguage,
      datatype: original.endsWith('.md') ? 'x-markdown' : 'plaintext',
    });
    const body = element(file, 2, 'body');
    for (const unit of document.units.filter((u) => u.file === original)) {
      const transUnit = element(body, 3, 'trans-unit', { id: unit.id });
      if (unit.sourceHash) transUnit.setAttributeNS(WORKSHOPKIT_NS, 'wk:source-hash', unit.sourceHash);
      transUnit.setAttributeNS(XML_NS, 'xml:space', 'preserve');
      element(transUnit, 4, 'source', {}, unit.source);
      if (unit.target !== undefined) element(transUnit, 4, 'target', { state: unit.state }, unit.target);
      for (const note of unit.notes) element(transUnit, 4, 'note', { from: note.from }, note.text);
      if (unit.previous) {
        const alt = element(transUnit, 4, 'alt-trans', { 'alt-trans-type': 'previous-version' });
        element(alt, 5, 'source', {}, unit.previous.source);
        element(alt, 5, 'target', {}, unit.previous.target);
        indent(alt, 4);
      }
      indent(transUnit, 3);
    }
    indent(body, 2);
    indent(file, 1);
  }
  indent(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
