// A Welsh output's own words are all Welsh: the shipped module and the every-block fixture rendered in
// Welsh in every format, with the module's own (English) content taken out, hold none of the catalogue's
// English. Rendering only (no browser): the PDFs print this same HTML.
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { allFormats } from '../../../src/formats/registry.js';
import { messages, t } from '../../../src/i18n/messages.js';
import { loadModule } from '../../../src/module/load.js';
import { validateModule } from '../../../src/module/validate.js';
import { TEMPLATES_DIR } from '../../../src/project-root.js';
import type { RenderOptions } from '../../../src/render/context.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { htmlText } from '../../../src/render/slide-plan.js';
import { loadFormatTemplates } from '../../../src/render/templates.js';
import { tailorModule, type TailoredModule } from '../../../src/tailor/tailor.js';
import { GOOD } from '../../support/cli.js';

const ROOT = path.resolve('.');
const options: RenderOptions = { theme: 'default', generator: 'workshopkit test' };

/** The literal words of a message, between its arguments, in every plural and select branch. */
function literals(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((e) => (e.type === TYPE.literal ? [e.value] : e.type === TYPE.plural || e.type === TYPE.select ? Object.values(e.options).flatMap((o) => literals(o.value)) : []));
}

/** Every piece of English the catalogue has that its Welsh does not share (proper names, brackets, numbers). */
function englishPieces(): string[] {
  const cy = messages('cy');
  const pieces = new Set<string>();
  for (const [key, text] of messages('en')) {
    const welsh = cy.get(key)!;
    for (const literal of literals(parse(text))) {
      for (const piece of literal.split(/[()[\]%:,.?]/).map((p) => p.trim())) {
        // Short words ("Do", "in", "of") are left out: they are also Welsh words, or inside names.
        if ((/\s/.test(piece) || piece.length >= 4) && /[A-Za-z]{2}/.test(piece) && !welsh.includes(piece)) pieces.add(piece);
      }
    }
  }
  return [...pieces];
}

/** Every string a tailored view carries: the module's own words, which a translation (not this test) makes Welsh. */
function contentStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) contentStrings(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) contentStrings(v, into);
  return into;
}

/** The text a reader meets in HTML: text, alt text and labels, and the words a page's own script writes. */
function readerText(html: string): string {
  const attributes = [...html.matchAll(/\s(?:alt|aria-label|title)="([^"]*)"/g)].map((m) => m[1]);
  const scriptWords = [.../var words = \{([\s\S]*?)\};/.exec(html)?.[1]?.matchAll(/"((?:[^"\\]|\\.)*)"/g) ?? []].map((m) => JSON.parse(`"${m[1]}"`) as string);
  const body = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?(?:div|section|aside|td|th|caption|ul|ol|header|footer|main|table|tr|title|h[1-6]|p|li)\b[^>]*>/g, '</p>');
  return [...htmlText(body), ...attributes, ...scriptWords].join('\n');
}

async function renderedText(view: TailoredModule): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  // The one-file deck is the deck's HTML with its files put inside: its words are the deck's.
  for (const format of allFormats().filter((f) => f.id !== 'deck-file')) {
    const templates = loadFormatTemplates(TEMPLATES_DIR, format.layoutFrom ?? format.id, format.blocksFrom ?? format.id);
    const rendered = await format.render(view, templates, { ...options, language: 'cy' });
    for (const file of rendered.files) {
      if (file.path.endsWith('.html')) texts.set(`${format.id}/${file.path}`, readerText(file.contents as string));
      if (file.path.endsWith('.pptx')) {
        const zip = await JSZip.loadAsync(file.contents as Uint8Array);
        const xml = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$|^docProps\/core\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
        // A paragraph's runs joined, so a sentence split by bold or a link reads whole.
        const paragraphs = (x: string) => [...x.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((r) => r[1]).join(''));
        const named = (x: string) => [...x.matchAll(/descr="([^"]*)"|<dc:(?:subject|title)>([^<]*)</g)].map((m) => m[1] ?? m[2] ?? "");
        texts.set(`${format.id}/${file.path}`, htmlText(xml.flatMap((x) => [...paragraphs(x), ...named(x)]).map((line) => `<p>${line.replace(/&apos;/g, "'")}</p>`).join('')).join('\n'));
      }
    }
  }
  return texts;
}

/** The text with every piece of module content taken out, as the content renders (Markdown to text). */
function withoutContent(text: string, view: TailoredModule, ownLabel: string | undefined): string {
  const content = contentStrings({ blocks: view.blocks, module: view.module, figures: view.figures, audience: { objectives: view.audience.objectives, outcomes: view.audience.outcomes, label: ownLabel }, lead: view.safeguardingLead })
    // As written, as Markdown renders it, and lower-cased (a PDF's subject says "for parents and carers").
    .flatMap((s) => [s, ...htmlText(renderMarkdown(s)), s.toLowerCase()])
    .filter((s) => s.length > 2)
    .sort((a, b) => b.length - a.length);
  let rest = text;
  for (const piece of content) rest = rest.split(piece).join(' ');
  return rest;
}

const cases = [
  { dir: path.join(ROOT, 'modules/sextortion'), nation: 'wales' as const },
  { dir: path.join(GOOD, 'every-block'), nation: 'wales' as const },
];

describe('a Welsh output', () => {
  const english = englishPieces();

  it('has English pieces to look for, and leaves out those Welsh shares', () => {
    expect(english).toEqual(expect.arrayContaining(['Where to get help', 'Content reviewed', 'Page', 'more than doubled', 'QR code that opens', 'Presenter script']));
    expect(english).not.toContain('PowerPoint');
  });

  for (const { dir, nation } of cases) {
    it(`of ${path.basename(dir)} has no English of its own in any format, for any audience`, async () => {
      const m = validateModule(loadModule(dir)).module!;
      const found: string[] = [];
      let formats = 0;
      for (const audience of Object.keys(m.source.audiences)) {
        const view = tailorModule(m, audience, { nation, language: 'cy' });
        expect(view.language).toBe('cy');
        for (const [output, text] of await renderedText(view)) {
          formats++;
          const rest = withoutContent(text, view, m.source.audiences[audience]!.label ? view.audience.label : undefined);
          for (const piece of english) if (new RegExp(`\\b${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(rest)) found.push(`${audience}/${output}: "${piece}"`);
        }
      }
      expect(formats).toBeGreaterThan(10);
      expect(found).toEqual([]);
    });
  }

  it('shows the Welsh words: the audience, the headings, the footer, the help cards', async () => {
    const m = validateModule(loadModule(path.join(GOOD, 'every-block'))).module!;
    const view = tailorModule(m, 'parents', { nation: 'wales', language: 'cy' });
    const texts = await renderedText(view);
    const deck = texts.get('deck/deck/index.html')!;
    expect(deck).toContain('Rhieni a gofalwyr');
    expect(deck).toContain(t('cy', 'block.agenda'));
    expect(texts.get('handout/.print/handout/index.html')).toContain('Cod QR sy\'n agor https://www.childline.org.uk/');
    expect(view.blocks.find((b) => b.type === 'statistics')).toMatchObject({ changes: [expect.objectContaining({ words: 'wedi mwy na dyblu (+141%)' })] });
  });
});
