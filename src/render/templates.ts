// Loads one format's Handlebars templates (a layout, shared partials and one partial per block type) into
// an isolated Handlebars environment with the project's helpers. Read once per build.
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { BLOCK_TYPES } from '../schema/module-schema.js';
import { plainText, renderInline, renderMarkdown } from './markdown.js';
import { qrSvg } from './qr.js';
import { LANGUAGES, listOf, t, type Language } from '../i18n/messages.js';
import { ContentError, type Finding } from '../errors/finding.js';
import { displayPath } from '../source/paths.js';
import { COMPILE_OPTIONS, precompiledFor } from './precompiled.js';
import { missingPartials, parseTemplate, runtimeFinding, templateFacts, traced, traceHelpers, unknownHelpers, type TemplateFacts, type TemplateFile } from './template-errors.js';
import { chunkEvenly } from './slide-plan.js';

export interface FormatTemplates {
  format: string;
  render: (context: object) => string;
}

/** Block types the pipeline adds itself, which need a partial too. */
const GENERATED_BLOCK_TYPES = ['sources'];

/** Longer parts of an address than this may not fit a help card's line, so they are allowed to break. */
const URL_PART_MAX = 30;

/** A URL as people read it aloud or type it: no scheme, no "www.", no trailing slash. */
function shortUrlOf(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}

/** The language a template is rendered in: its context's `language` (src/render/context.ts), else English. */
function languageOfRender(options: Handlebars.HelperOptions | undefined): Language {
  const language = (options?.data as { root?: { language?: unknown } } | undefined)?.root?.language;
  return LANGUAGES.includes(language as Language) ? (language as Language) : 'en';
}

export function registerHelpers(hbs: typeof Handlebars): void {
  /** {{t "key" name=value}} (or {{t "key" in="cy"}}): a message of the catalogue in the output's language. Values are escaped unless
      they are already HTML ({{t "definition.what-is" term=(mdi term)}}); the messages themselves are HTML-safe. */
  hbs.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) => {
    // `in` names another language than the output's: a bilingual mark or notice says both.
    const { in: language, ...hash } = options.hash as Record<string, unknown>;
    const values = Object.fromEntries(Object.entries(hash).map(([name, value]) => [
      name,
      value instanceof hbs.SafeString ? value.toHTML() : typeof value === 'number' ? value : hbs.escapeExpression(value as string),
    ]));
    const chosen = LANGUAGES.includes(language as Language) ? (language as Language) : languageOfRender(options);
    return new hbs.SafeString(t(chosen, String(key), values));
  });
  /** {{names resources}}: their names, "A, B, C", each escaped (a list that goes on). */
  hbs.registerHelper('names', (items: unknown) =>
    new hbs.SafeString(Array.isArray(items) ? items.map((item: { name?: unknown }) => hbs.escapeExpression(String(item.name ?? ''))).join(', ') : ''));
  /** {{presenterNames people}}: each as "Name (role)" in the output's language, for {{list}}. */
  hbs.registerHelper('presenterNames', (people: unknown, options: Handlebars.HelperOptions) =>
    (Array.isArray(people) ? people : []).map((p: { name: string; role?: string }) =>
      new hbs.SafeString(p.role ? t(languageOfRender(options), 'title.presenter-role', { name: hbs.escapeExpression(p.name), role: hbs.escapeExpression(p.role) }) : hbs.escapeExpression(p.name))));
  /** {{json value}}: a value as a JavaScript literal, for a template's inline script ("</" cannot end it). */
  hbs.registerHelper('json', (value: unknown) =>
    new hbs.SafeString(JSON.stringify(value instanceof hbs.SafeString ? value.toHTML() : value).replace(/<\//g, '<\\/')));
  /** {{list names}}: "A, B and C" in the output's language, each name escaped. */
  hbs.registerHelper('list', (items: unknown, options: Handlebars.HelperOptions) =>
    new hbs.SafeString(listOf(languageOfRender(options), Array.isArray(items) ? items.map((item) => (item instanceof hbs.SafeString ? item.toHTML() : hbs.escapeExpression(String(item)))) : [])));
  /** {{md text}}; in documents where slides sit under other headings, {{md text shift=2 drop=label}} moves
      headings down two levels and drops a leading heading that repeats the step's own title. */
  hbs.registerHelper('md', (text: unknown, options?: { hash?: { shift?: number; drop?: string } }) => {
    if (typeof text !== 'string') return '';
    const { shift = 0, drop } = options?.hash ?? {};
    let markdown = text;
    if (drop !== undefined) {
      const leading = /^\s*#{1,6}\s+(.+?)\s*(?:\n|$)/.exec(markdown);
      if (leading && plainText(leading[1]!) === plainText(drop)) markdown = markdown.slice(leading[0].length);
    }
    if (shift) markdown = markdown.replace(/^(#{1,6})(?=\s)/gm, (hashes) => '#'.repeat(Math.min(6, hashes.length + shift)));
    return new hbs.SafeString(renderMarkdown(markdown));
  });
  hbs.registerHelper('mdi', (text: unknown) => new hbs.SafeString(typeof text === 'string' ? renderInline(text) : ''));
  hbs.registerHelper('plain', (text: unknown) => (typeof text === 'string' ? plainText(text) : ''));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).find(Boolean));
  hbs.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hbs.registerHelper('startsWithHeading', (text: unknown) => typeof text === 'string' && /^\s*#{1,6}\s/.test(text));
  hbs.registerHelper('add', (a: number, b: number) => a + b);
  /** Splits a list into as few slides as hold at most `size` entries each, evenly (the slide plan's own split). */
  hbs.registerHelper('chunk', (list: unknown, size: number) => (Array.isArray(list) ? chunkEvenly(list, size) : []));
  hbs.registerHelper('count', (...lists: unknown[]) => lists.slice(0, -1).reduce<number>((n, l) => n + (Array.isArray(l) ? l.length : 0), 0));
  hbs.registerHelper('gt', (a: number, b: number) => a > b);
  hbs.registerHelper('shortUrl', (url: unknown) => (typeof url === 'string' ? shortUrlOf(url) : ''));
  /** The short URL for print: it breaks after a "/", and inside a part (even at a hyphen) only when the part
      is too long for any line. */
  hbs.registerHelper('printUrl', (url: unknown) =>
    new hbs.SafeString(
      typeof url === 'string'
        ? shortUrlOf(url)
            .split('/')
            .map((part) => `<span class="url-part${part.length > URL_PART_MAX ? ' long' : ''}">${hbs.escapeExpression(part)}</span>`)
            .join('/<wbr>')
        : '',
    ));
  /** A QR code as inline SVG, made locally: phones open the link without anyone typing it. */
  hbs.registerHelper('qr', (url: unknown, options: Handlebars.HelperOptions) =>
    new hbs.SafeString(typeof url === 'string' ? qrSvg(url, t(languageOfRender(options), 'help.qr-label', { url })) : ''));
  hbs.registerHelper('telHref', (phone: unknown) => (typeof phone === 'string' ? `tel:${phone.replace(/[^\d+]/g, '')}` : ''));
}

export class MissingTemplateError extends Error {}

/**
 * Loads a format's layout. `blocksFrom` names the format whose block partials it reuses: the slides PDF and
 * the presenter script print the deck's own slides, so they can never drift from the deck.
 */
export function loadFormatTemplates(templatesDir: string, format: string, blocksFrom = format): FormatTemplates {
  const dir = path.join(templatesDir, format);
  const layoutFile = path.join(dir, 'layout.hbs');
  if (!fs.existsSync(layoutFile)) throw new MissingTemplateError(`the template ${layoutFile} is missing`);
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  traceHelpers(hbs);
  const partials = new Map<string, string>(); // name -> file
  const partialDirs = [path.join(templatesDir, 'shared'), path.join(templatesDir, blocksFrom, 'partials'), path.join(dir, 'partials')];
  for (const partialDir of partialDirs) {
    if (!fs.existsSync(partialDir)) continue;
    for (const file of fs.readdirSync(partialDir).filter((f) => f.endsWith('.hbs')).sort()) partials.set(path.basename(file, '.hbs'), path.join(partialDir, file));
  }
  const blocksDir = path.join(templatesDir, blocksFrom, 'blocks');
  {
    const missing = [...BLOCK_TYPES, ...GENERATED_BLOCK_TYPES].filter((type) => !fs.existsSync(path.join(blocksDir, `${type}.hbs`)));
    if (missing.length) throw new MissingTemplateError(`templates/${blocksFrom}/blocks/ has no partial for: ${missing.join(', ')}`);
    for (const file of fs.readdirSync(blocksDir).filter((f) => f.endsWith('.hbs')).sort()) partials.set(`block-${path.basename(file, '.hbs')}`, path.join(blocksDir, file));
  }

  // Every file parsed on its own first, so a mistake names its file; all of them reported at once. A file
  // precompiled with dist/ (precompiled.ts) is not parsed again.
  const findings: Finding[] = [];
  const ready = new Map<string, { file: TemplateFile; facts: TemplateFacts; compile: () => Handlebars.TemplateDelegate }>();
  for (const [name, file] of [...partials, ['', layoutFile] as const]) {
    const template = { shown: displayPath(file), text: fs.readFileSync(file, 'utf8') };
    const precompiled = precompiledFor(template.text);
    if (precompiled) {
      ready.set(name, { file: template, facts: precompiled.facts, compile: () => hbs.template(precompiled.spec) });
      continue;
    }
    const { ast, finding } = parseTemplate(hbs, template);
    if (finding) findings.push(finding);
    // Compiled from the tree parsed here: parsing each file again would be a third of the time it takes.
    else ready.set(name, { file: template, facts: templateFacts(ast!), compile: () => hbs.compile(ast!, COMPILE_OPTIONS) });
  }
  const known = new Set(partials.keys());
  const helpers = new Set(Object.keys(hbs.helpers));
  for (const { file, facts } of ready.values()) findings.push(...missingPartials(file, facts, known), ...unknownHelpers(file, facts, helpers));
  if (findings.length) throw new ContentError(findings);

  for (const [name, entry] of ready) if (name) hbs.registerPartial(name, traced(entry.file, entry.compile()));
  const layout = traced(ready.get('')!.file, ready.get('')!.compile());
  return {
    format,
    render: (context) => {
      try {
        return layout(context);
      } catch (error) {
        const finding = runtimeFinding(error);
        throw finding ? new ContentError([finding], { cause: error }) : error;
      }
    },
  };
}
