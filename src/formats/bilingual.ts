// Bilingual outputs: one audience's module in two languages (views of the same audience, tailored once per
// language), the first leading (Welsh first, as public bodies in Wales print). Each language is rendered by
// the format's own templates, exactly as it would be alone, and the two are then put together: a deck shows
// each slide in both languages, or the two one after the other when one slide cannot hold both; a handout
// sets them side by side (the first on the left) or back to back (the first on the front).
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import { languageTag, type Language } from '../i18n/messages.js';
import type { OutputFile } from '../render/assets.js';
import type { RenderOptions } from '../render/context.js';
import type { FormatTemplates } from '../render/templates.js';
import type { TailoredModule } from '../tailor/tailor.js';
import type { OutputFormat, Rendered } from './format.js';

/** One language's view of the audience, in the order the output shows them. */
export interface LanguageView {
  language: Language;
  view: TailoredModule;
}

/** How a bilingual handout lays its two languages out. */
export type HandoutLayout = 'side-by-side' | 'back-to-back';

export interface BilingualOptions extends RenderOptions {
  /** A handout's layout; side by side when not given. */
  handoutLayout?: HandoutLayout;
}

/**
 * A slide's text, either language, up to which both fit on one slide at the deck's size: about five lines of
 * 60 characters under a heading, in half a 1280 x 720 slide. Longer slides go one language after the other.
 */
export const BOTH_ON_ONE_SLIDE = { characters: 260, listItems: 4 } as const;

const PARSE = { decodeEntities: false } as const;
const html = (nodes: ChildNode | ChildNode[]) => DomUtils.getOuterHTML(nodes, PARSE);
const inner = (node: Element) => DomUtils.getInnerHTML(node, PARSE);
const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const childElements = (node: Element) => node.children.filter(isElement);
const byClass = (root: Document | Element, name: string) =>
  DomUtils.findOne((e) => (e.attribs.class ?? '').split(/\s+/).includes(name), root.children, true);
const byTag = (root: Document | Element, tag: string) => DomUtils.findOne((e) => e.name === tag, root.children, true);

/** Renders a format's file for each language with its own templates, as alone. */
async function eachLanguage(format: OutputFormat, views: readonly LanguageView[], templates: FormatTemplates, options: RenderOptions): Promise<Rendered[]> {
  if (views.length !== 2) throw new Error(`a bilingual ${format.id} takes two languages, not ${views.length}`);
  const audiences = new Set(views.map((v) => v.view.audience.id));
  if (audiences.size !== 1) throw new Error(`a bilingual ${format.id} shows one audience in two languages, not ${[...audiences].join(' and ')}`);
  const { second: _second, ...alone } = options;
  return Promise.all(views.map(({ language, view }) => format.render(view, templates, { ...alone, language })));
}

/** The two views a build gives a renderer (the one it renders, and `second` in its options), in order. */
export const editionLanguages = (lead: TailoredModule, second: TailoredModule): LanguageView[] => [
  { language: lead.language, view: lead },
  { language: second.language, view: second },
];

const htmlOf = (rendered: Rendered, path: string): string => {
  const file = rendered.files.find((f) => f.path === path);
  if (!file || typeof file.contents !== 'string') throw new Error(`the rendered output has no ${path}`);
  return file.contents;
};

/** A slide's text without its notes, and how many list items it has: what decides whether both fit. */
function slideSize(section: Element): { characters: number; listItems: number } {
  const shown = section.children.filter((c) => !(isElement(c) && c.name === 'aside'));
  const text = shown.map((c) => DomUtils.textContent(c)).join(' ').replace(/\s+/g, ' ').trim();
  return { characters: text.length, listItems: DomUtils.findAll((e) => e.name === 'li', shown).length };
}

const fitsBoth = (a: Element, b: Element) =>
  [a, b].every((s) => {
    const size = slideSize(s);
    return size.characters <= BOTH_ON_ONE_SLIDE.characters && size.listItems <= BOTH_ON_ONE_SLIDE.listItems;
  });

const attributes = (attribs: Record<string, string>) => Object.entries(attribs).map(([k, v]) => ` ${k}="${v}"`).join('');

const seconds = (sections: readonly Element[]) => sections.reduce((sum, s) => sum + Number(s.attribs['data-timing'] ?? 0), 0);

/** `total` whole seconds shared in proportion to `weights` (evenly when they are all 0), adding up exactly. */
function share(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor(sum ? (total * w) / sum : total / weights.length));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** The slides of one block, in a row: a block's slides carry its type, id and minutes (templates/deck/partials/slide-attrs.hbs). */
function blockRuns(sections: readonly Element[]): { key: string; sections: Element[] }[] {
  const runs: { key: string; sections: Element[] }[] = [];
  for (const section of sections) {
    const key = ['data-block', 'data-id', 'data-minutes'].map((name) => section.attribs[name] ?? '').join('|');
    if (runs.at(-1)?.key === key) runs.at(-1)!.sections.push(section);
    else runs.push({ key, sections: [section] });
  }
  return runs;
}

/** One slide holding both languages: each language's part, and both notes in one aside (the speaker view reads one). */
function combinedSlide(parts: { lang: string; section: Element }[]): string {
  const first = parts[0]!.section;
  const body = parts.map(({ lang, section }) =>
    `<div class="lang-part" lang="${lang}">${section.children.filter((c) => !(isElement(c) && c.name === 'aside')).map(html).join('')}</div>`).join('\n');
  const notes = parts.flatMap(({ lang, section }) => {
    const aside = section.children.find((c): c is Element => isElement(c) && c.name === 'aside');
    return aside ? [`<div lang="${lang}">${inner(aside)}</div>`] : [];
  });
  const { class: className, ...rest } = first.attribs;
  return `<section class="${[className, 'bilingual'].filter(Boolean).join(' ')}"${attributes(rest)}>\n${body}\n${notes.length ? `<aside class="notes">${notes.join('')}</aside>\n` : ''}</section>`;
}

/** A slide in one language, on its own: its seconds are `seconds`, its section tagged with its language. */
function oneLanguageSlide(lang: string, section: Element, seconds: number): string {
  return `<section${attributes({ ...section.attribs, lang, 'data-timing': String(seconds) })}>${inner(section)}</section>`;
}

/**
 * The deck: each slide in both languages, the first language first, in one section when both fit and as two
 * slides (the first language's, then the other's) when not; the time of a split slide is shared between them.
 */
export async function renderBilingualDeck(format: OutputFormat, views: readonly LanguageView[], templates: FormatTemplates, options: RenderOptions): Promise<Rendered> {
  const rendered = await eachLanguage(format, views, templates, options);
  const page = format.output;
  const documents = rendered.map((r) => parseDocument(htmlOf(r, page), PARSE));
  const slideLists = documents.map((doc) => {
    const slides = byClass(doc, 'slides');
    if (!slides) throw new Error(`the ${format.id} has no .slides`);
    return { slides, sections: childElements(slides).filter((e) => e.name === 'section') };
  });
  const [lead, other] = slideLists as [(typeof slideLists)[0], (typeof slideLists)[0]];
  const tags = views.map((v) => languageTag(v.language));
  const leadRuns = blockRuns(lead.sections);
  const otherRuns = blockRuns(other.sections);
  if (leadRuns.map((r) => r.key).join('\n') !== otherRuns.map((r) => r.key).join('\n')) {
    throw new Error(`the ${views[0]!.language} and ${views[1]!.language} decks are made of different blocks: a translation must keep the blocks of its module`);
  }
  const half = (section: Element, share: (n: number) => number) => share(Number(section.attribs['data-timing'] ?? 0) / 2);
  const slides = leadRuns.flatMap((run, r) => {
    const others = otherRuns[r]!.sections;
    // A longer language can take more slides for one block (a list or paragraph carried on): then the block's
    // slides go one language after the other, the block's time shared between them.
    if (others.length !== run.sections.length) {
      const leadSeconds = run.sections.map((s) => half(s, Math.ceil));
      const otherSeconds = share(seconds(run.sections) - leadSeconds.reduce((a, b) => a + b, 0), others.map((s) => Number(s.attribs['data-timing'] ?? 0)));
      return [...run.sections.map((s, i) => oneLanguageSlide(tags[0]!, s, leadSeconds[i]!)), ...others.map((s, i) => oneLanguageSlide(tags[1]!, s, otherSeconds[i]!))];
    }
    return run.sections.map((section, i) => {
      const pair = [section, others[i]!];
      if (fitsBoth(pair[0]!, pair[1]!)) return combinedSlide(pair.map((s, k) => ({ lang: tags[k]!, section: s })));
      return [oneLanguageSlide(tags[0]!, pair[0]!, half(pair[0]!, Math.ceil)), oneLanguageSlide(tags[1]!, pair[1]!, half(pair[0]!, Math.floor))].join('\n');
    });
  });
  lead.slides.children = parseDocument(`\n${slides.join('\n')}\n`, PARSE).children;
  for (const child of lead.slides.children) child.parent = lead.slides;
  markBilingual(documents[0]!, views);
  return { ...rendered[0]!, files: rendered[0]!.files.map((f): OutputFile => (f.path === page ? { path: page, contents: `<!doctype html>\n${html(documents[0]!.children.filter((c) => c.type !== 'directive'))}` } : f)) };
}

/** The page's title names both languages' titles; its lang is the leading language's. */
function markBilingual(doc: Document, views: readonly LanguageView[]): void {
  const root = byTag(doc, 'html');
  if (root) root.attribs.lang = languageTag(views[0]!.language);
  const body = byTag(doc, 'body');
  if (body) body.attribs.class = [body.attribs.class, 'bilingual'].filter(Boolean).join(' ');
}

/**
 * The handout: the two languages side by side (the first on the left), or back to back (the first on the
 * front, the other from a new page); each with its own places to get help and contact lines.
 */
export async function renderBilingualHandout(format: OutputFormat, views: readonly LanguageView[], templates: FormatTemplates, options: BilingualOptions): Promise<Rendered> {
  const rendered = await eachLanguage(format, views, templates, options);
  const request = rendered[0]!.print;
  if (!request) throw new Error(`the ${format.id} asks for no PDF`);
  const documents = rendered.map((r) => parseDocument(htmlOf(r, request.html), PARSE));
  const columns = documents.map((doc, i) => {
    const main = byTag(doc, 'main');
    if (!main) throw new Error(`the ${format.id} has no <main>`);
    const footer = byClass(doc, 'brand-footer');
    return `<div class="lang-column" lang="${languageTag(views[i]!.language)}">${inner(main)}${footer ? html(footer) : ''}</div>`;
  });
  const layout = options.handoutLayout ?? 'side-by-side';
  const lead = documents[0]!;
  const main = byTag(lead, 'main')!;
  main.children = parseDocument(`<div class="bilingual-${layout}">${columns.join('\n')}</div>`, PARSE).children;
  for (const child of main.children) child.parent = main;
  const footer = byClass(lead, 'brand-footer');
  if (footer) DomUtils.removeElement(footer);
  markBilingual(lead, views);
  const contents = `<!doctype html>\n${html(lead.children.filter((c) => c.type !== 'directive'))}`;
  return {
    files: rendered[0]!.files.map((f): OutputFile => (f.path === request.html ? { path: request.html, contents } : f)),
    print: { ...request, languageParts: views.map((v) => v.language) },
  };
}
