// Handlebars reports a broken template as an exception with a stack and, at best, a line number in its
// message; it never says which file. Here each template file is parsed on its own, its partials are checked
// to exist, and a failure while rendering is traced to the partial and the helper that failed, so a
// template mistake is a finding at `templates/<format>/.../x.hbs:line:col`, exit 1, like a module's.
import Handlebars from 'handlebars';
import { CODE, type Code } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';

type Hbs = typeof Handlebars;
type AstNode = hbs.AST.Node & { [key: string]: unknown };

/** A template file as read: its path as shown to the user and its text. */
export interface TemplateFile {
  shown: string;
  text: string;
}

const finding = (file: TemplateFile, line: number, col: number, rule: Code, message: string, hint: string): Finding =>
  ({ file: file.shown, line, col, severity: 'error', rule, message, hint });

/** Where an offset in a template's text is. */
function positionOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/** The block ({{#name}} or {{^name}}) that is never closed, by a scan of the tags, ignoring comments. */
function unclosedBlock(text: string): { name: string; offset: number } | undefined {
  const open: { name: string; offset: number }[] = [];
  const tags = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*>?\s*([\w.-]+)/g;
  for (const tag of text.matchAll(tags)) {
    if (!tag[1]) continue;
    if (tag[1] === '/') {
      const at = open.map((o) => o.name).lastIndexOf(tag[2]!);
      if (at >= 0) open.splice(at);
    } else open.push({ name: tag[2]!, offset: tag.index! });
  }
  return open.at(-1);
}

/** A template that does not parse, said at the place to change. */
export function syntaxFinding(file: TemplateFile, error: Error & { lineNumber?: number; column?: number }): Finding {
  const firstLine = error.message.split('\n')[0]!;
  if (/got 'EOF'/.test(error.message)) {
    const block = unclosedBlock(file.text);
    if (block) {
      const { line, col } = positionOf(file.text, block.offset);
      return finding(file, line, col, CODE.templateSyntax, `{{#${block.name}}} is never closed`,
        `Add {{/${block.name}}} where the block should end.`);
    }
  }
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(firstLine);
  if (mismatch && error.lineNumber) {
    return finding(file, error.lineNumber, (error.column ?? 0) + 1, CODE.templateSyntax, `{{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}`,
      `Close the block with {{/${mismatch[1]}}}, and each inner block before its outer one.`);
  }
  const line = Number(/on line (\d+)/.exec(firstLine)?.[1] ?? error.lineNumber ?? 1);
  const got = /got '(\w+)'/.exec(error.message)?.[1];
  return finding(file, line, 1, CODE.templateSyntax,
    got === 'OPEN_ENDBLOCK' ? 'a closing tag {{/...}} with no block open' : `the template does not parse (${got ? `unexpected ${got.toLowerCase().replace(/_/g, ' ')}` : firstLine})`,
    got === 'OPEN_ENDBLOCK' ? 'Remove the closing tag, or open its block above it.' : 'Check that every {{ has its }} and every {{#block}} its {{/block}} on this line.');
}

/** Parses a template file, or says where it is broken. */
export function parseTemplate(hbs: Hbs, file: TemplateFile): { ast?: hbs.AST.Program; finding?: Finding } {
  try {
    return { ast: hbs.parse(file.text) };
  } catch (error) {
    return { finding: syntaxFinding(file, error as Error) };
  }
}

/** What the checks below need to know of a template: the partials it includes and the helpers it calls, with where. */
export interface TemplateFacts {
  partials: { name: string; line: number; col: number; hasFallback: boolean }[];
  /** `{{name arg}}`, `{{#name arg}}` or `(name arg)`: a call of a helper by its name. */
  calls: { name: string; line: number; col: number }[];
}

/** The partials and helper calls of a parsed template (kept with a precompiled one, see precompiled.ts). */
export function templateFacts(ast: hbs.AST.Program): TemplateFacts {
  const facts: TemplateFacts = { partials: [], calls: [] };
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as AstNode;
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && (n.name as AstNode).type === 'PathExpression') {
      facts.partials.push({ name: (n.name as unknown as { original: string }).original, line: n.loc.start.line, col: n.loc.start.column + 1, hasFallback: n.type === 'PartialBlockStatement' });
    }
    const callee = n.path as (AstNode & { parts?: string[]; data?: boolean; original?: string }) | undefined;
    const isCall = (n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') &&
      ((n.params as unknown[] | undefined)?.length || (n.hash as { pairs?: unknown[] } | undefined)?.pairs?.length || n.type === 'SubExpression');
    if (isCall && callee?.type === 'PathExpression' && !callee.data && callee.parts?.length === 1) {
      facts.calls.push({ name: callee.original!, line: n.loc.start.line, col: n.loc.start.column + 1 });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip') walk(value);
  };
  walk(ast);
  return facts;
}

/** Partials a template includes that no file provides ("@partial-block" is Handlebars' own). */
export function missingPartials(file: TemplateFile, facts: TemplateFacts, known: ReadonlySet<string>): Finding[] {
  return facts.partials
    .filter((p) => !p.hasFallback && !p.name.startsWith('@') && !known.has(p.name))
    .map((p) => finding(file, p.line, p.col, CODE.templateMissingPartial, `there is no partial "${p.name}"`,
      'Partials are the .hbs files in templates/shared, templates/<format>/partials and templates/<format>/blocks (as block-<type>): create it, or correct the name.'));
}

/**
 * Helpers a template calls that are not registered. Found before rendering, since a call inside a branch
 * that this module's data never takes would otherwise pass.
 */
export function unknownHelpers(file: TemplateFile, facts: TemplateFacts, helpers: ReadonlySet<string>): Finding[] {
  return facts.calls
    .filter((call) => !helpers.has(call.name))
    .map((call) => finding(file, call.line, call.col, CODE.templateRuntime, `there is no helper "${call.name}"`,
      'The helpers are registered in src/render/templates.ts: use one of them, or correct the name.'));
}

/** Marks an error with the template and the helper it came from, the innermost of each winning. */
const TEMPLATE = Symbol('template');
const HELPER = Symbol('helper');
type Traced = Error & { [TEMPLATE]?: TemplateFile; [HELPER]?: string };

/** A compiled template that, when it fails, says it was the one running. */
export function traced<F extends (...args: never[]) => string>(file: TemplateFile, template: F): F {
  return ((...args: Parameters<F>) => {
    try {
      return template(...args);
    } catch (error) {
      if (error instanceof Error && !(error as Traced)[TEMPLATE]) (error as Traced)[TEMPLATE] = file;
      throw error;
    }
  }) as F;
}

/** Wraps every registered helper so that a failure names the helper. */
export function traceHelpers(hbs: Hbs): void {
  for (const [name, helper] of Object.entries(hbs.helpers)) {
    hbs.helpers[name] = function (this: unknown, ...args: unknown[]) {
      try {
        return (helper as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        if (error instanceof Error && !(error as Traced)[HELPER]) (error as Traced)[HELPER] = name;
        throw error;
      }
    } as Handlebars.HelperDelegate;
  }
}

/** A failure while rendering, as a finding at the template (and the line of the helper) that failed. */
export function runtimeFinding(error: unknown): Finding | undefined {
  if (!(error instanceof Error)) return undefined;
  const file = (error as Traced)[TEMPLATE];
  if (!file) return undefined;
  const missing = /^Missing helper: "(.+)"/.exec(error.message)?.[1];
  const helper = missing ?? (error as Traced)[HELPER];
  const use = helper ? new RegExp(`\\{\\{~?[#^]?\\s*${helper.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b|\\(\\s*${helper.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(file.text) : null;
  const partial = /^The partial (.+) could not be found/.exec(error.message)?.[1];
  const partialUse = partial ? new RegExp(`\\{\\{~?#?>\\s*${partial.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(file.text) : null;
  const offset = use?.index ?? partialUse?.index;
  const { line, col } = offset !== undefined ? positionOf(file.text, offset) : { line: (error as { lineNumber?: number }).lineNumber ?? 1, col: 1 };
  if (missing) {
    return finding(file, line, col, CODE.templateRuntime, `there is no helper "${missing}"`, 'The helpers are registered in src/render/templates.ts: use one of them, or correct the name.');
  }
  if (partial) return finding(file, line, col, CODE.templateMissingPartial, `there is no partial "${partial}"`, 'Create the partial, or correct the name.');
  return finding(file, line, col, CODE.templateRuntime,
    `${helper ? `the helper "${helper}" failed` : 'the template failed'}: ${error.message.split('\n')[0]}`,
    'Check the values this template gives the helper: a helper given the wrong kind of value (a list for text, text for a number) fails this way.');
}
