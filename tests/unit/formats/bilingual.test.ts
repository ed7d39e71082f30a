// The marks a Welsh output carries and the bilingual layouts, rendered without a browser: the draft mark on
// every slide and page, the notice that an English document is also in Welsh, a deck with each slide in both
// languages (or one after the other) and a handout side by side or back to back.
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { LanguageView } from '../../../src/formats/bilingual.js';
import { BOTH_ON_ONE_SLIDE } from '../../../src/formats/bilingual.js';
import { formatOf } from '../../../src/formats/registry.js';
import { loadModule } from '../../../src/module/load.js';
import { validateModule } from '../../../src/module/validate.js';
import { pdfOptions } from '../../../src/pipeline/print.js';
import { TEMPLATES_DIR } from '../../../src/project-root.js';
import type { RenderOptions } from '../../../src/render/context.js';
import { loadFormatTemplates } from '../../../src/render/templates.js';
import { tailorModule } from '../../../src/tailor/tailor.js';
import { GOOD } from '../../support/cli.js';
import { MODULES } from '../../support/shared-builds.js';
import { localiseModule } from '../../../src/translation/localise.js';

const module = validateModule(loadModule(path.join(GOOD, 'every-block'))).module!;
const options: RenderOptions = { theme: 'default', generator: 'workshopkit test' };
const templatesOf = (id: string) => {
  const format = formatOf(id);
  return loadFormatTemplates(TEMPLATES_DIR, format.layoutFrom ?? format.id, format.blocksFrom ?? format.id);
};
const views = (audience: string): LanguageView[] => (['cy', 'en'] as const).map((language) => ({ language, view: tailorModule(module, audience, { nation: 'wales', language }) }));
const htmlOf = (files: { path: string; contents?: unknown }[]) => files.find((f) => f.path.endsWith('index.html'))!.contents as string;
const DRAFT = '<p class="draft-mark"><span lang="cy">Drafft</span> / <span lang="en-GB">Draft</span></p>';
const NOTICE = '<p class="welsh-available"><span lang="cy">Mae\'r ddogfen yma hefyd ar gael yn Gymraeg.</span> <span lang="en-GB">This document is also available in Welsh.</span></p>';

async function pptxText(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(slides.map((f) => zip.file(f)!.async('string')));
}

describe('the draft mark', () => {
  it('is on every slide of a deck and every page of a document, in Welsh and English, only when the Welsh is a draft', async () => {
    const view = tailorModule(module, 'webinar', { nation: 'wales', language: 'cy' });
    for (const id of ['deck', 'slides-pdf', 'handout', 'lesson-plan', 'notes']) {
      const format = formatOf(id);
      const drafted = await format.render(view, templatesOf(id), { ...options, draft: true });
      expect(htmlOf(drafted.files).split(DRAFT), id).toHaveLength(2);
      expect(htmlOf((await format.render(view, templatesOf(id), options)).files), id).not.toContain('draft-mark');
      if (format.page === 'a4') {
        expect(drafted.print!.draft, id).toBe(true);
        // Every A4 page's header says so too (the mark in the document is on its first page only).
        const job = { label: id, htmlFile: '', pdfFile: '', page: 'a4' as const, footer: '', language: 'cy' as const, meta: {} as never };
        expect(pdfOptions({ ...job, draft: true }).headerTemplate).toContain('>Drafft / Draft</div>');
        expect(pdfOptions(job).headerTemplate).toBe('<span></span>');
      }
    }
  });

  it('is on every slide of the PowerPoint, each word tagged with its language', async () => {
    const view = tailorModule(module, 'webinar', { nation: 'wales', language: 'cy' });
    const rendered = await formatOf('pptx').render(view, templatesOf('pptx'), { ...options, draft: true });
    const slides = await pptxText(rendered.files[0]!.contents as Uint8Array);
    expect(slides.length).toBeGreaterThan(8);
    for (const slide of slides) expect(slide).toMatch(/lang="cy"[^>]*>(?:<[^>]+>)*<a:t>Drafft<\/a:t>[\s\S]*lang="en-GB"[^>]*>(?:<[^>]+>)*<a:t>Draft<\/a:t>/);
  });
});

describe('the notice that a document is also in Welsh', () => {
  it('is under the title of an English deck, handout, lesson plan and script, in Welsh then English, only when asked', async () => {
    const view = tailorModule(module, 'pupils-11-13', { nation: 'wales' });
    for (const id of ['deck', 'handout', 'lesson-plan', 'notes']) {
      const format = formatOf(id);
      if (!view.audience.formats.includes(id as never) && id !== 'deck') continue;
      expect(htmlOf((await format.render(view, templatesOf(id), { ...options, welshAvailable: true })).files), id).toContain(NOTICE);
      expect(htmlOf((await format.render(view, templatesOf(id), options)).files), id).not.toContain('welsh-available');
    }
    const slides = await pptxText((await formatOf('pptx').render(view, templatesOf('pptx'), { ...options, welshAvailable: true })).files[0]!.contents as Uint8Array);
    expect(slides[0]).toContain('<a:t>Mae&apos;r ddogfen yma hefyd ar gael yn Gymraeg.</a:t>');
    expect(slides[0]).toContain('<a:t>This document is also available in Welsh.</a:t>');
  });
});

describe('a bilingual deck', () => {
  it('shows each slide in both languages, Welsh first, or the Welsh slide then the English one when both do not fit', async () => {
    const both = views('parents');
    const html = htmlOf((await formatOf('deck').renderBilingual!(both, templatesOf('deck'), options)).files);
    const alone = (language: 'cy' | 'en') => formatOf('deck').render(both.find((v) => v.language === language)!.view, templatesOf('deck'), { ...options, language });
    const single = htmlOf((await alone('en')).files);
    const slides = html.match(/<section\b[^>]*>/g)!;
    const combined = slides.filter((s) => /class="[^"]*bilingual/.test(s));
    const split = slides.filter((s) => / lang="/.test(s));
    expect(combined.length).toBeGreaterThan(3);
    expect(split.length).toBeGreaterThan(1);
    expect(combined.length + split.length / 2).toBe(single.match(/<section\b/g)!.length);
    expect(html).toContain('<html lang="cy">');
    // A combined slide: the Welsh part, then the English, and both notes in the one aside.
    const title = /<section class="slide-title bilingual"[\s\S]*?<\/section>/.exec(html)![0];
    expect(title.indexOf('<div class="lang-part" lang="cy">')).toBeLessThan(title.indexOf('<div class="lang-part" lang="en-GB">'));
    expect(title).toContain('Rhieni a gofalwyr');
    expect(title).toContain('Parents and carers');
    // A split slide: the Welsh one comes first, then the English one, sharing the slide's time.
    expect(split.map((tag) => / lang="([^"]+)"/.exec(tag)![1])).toEqual(split.map((_, i) => (i % 2 ? 'en-GB' : 'cy')));
    const following = [...html.matchAll(/<section\b[^>]* lang="cy"[^>]*>[\s\S]*?<\/section>\s*<section\b([^>]*)>/g)].map((m) => m[1]);
    expect(following).toHaveLength(split.length / 2);
    expect(following.every((attributes) => attributes!.includes('lang="en-GB"'))).toBe(true);
    const seconds = (text: string) => [...text.matchAll(/data-timing="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(seconds(html)).toBe(seconds(single));
    expect(BOTH_ON_ONE_SLIDE.characters).toBeGreaterThan(0);
  });

  it('is what the deck renders when the build gives it a second language\'s view', async () => {
    const [cy, en] = views('parents');
    const viaBuild = await formatOf('deck').render(cy!.view, templatesOf('deck'), { ...options, second: en!.view });
    const direct = await formatOf('deck').renderBilingual!([cy!, en!], templatesOf('deck'), options);
    expect(htmlOf(viaBuild.files)).toBe(htmlOf(direct.files));
    const handout = await formatOf('handout').render(cy!.view, templatesOf('handout'), { ...options, second: en!.view });
    expect(htmlOf(handout.files)).toContain('<div class="bilingual-side-by-side">');
    // A lesson plan is taught in one language: the lead's.
    const plan = htmlOf((await formatOf('lesson-plan').render(cy!.view, templatesOf('lesson-plan'), { ...options, second: en!.view })).files);
    expect(plan).toContain('<html lang="cy">');
    expect(plan).not.toContain('lang="en-GB"');
  });

  it('shows a block that takes more slides in one language as that language\'s slides then the other\'s, with the block\'s time', async () => {
    const shipped = validateModule(loadModule(path.join(MODULES, 'sextortion'))).module!;
    const welsh = localiseModule(shipped, 'cy').module!;
    const pair: LanguageView[] = [
      { language: 'cy', view: tailorModule(welsh, 'webinar', { nation: 'wales', language: 'cy' }) },
      { language: 'en', view: tailorModule(shipped, 'webinar', { nation: 'wales', language: 'en' }) },
    ];
    const alone = await Promise.all(pair.map(({ language, view }) => formatOf('deck').render(view, templatesOf('deck'), { ...options, language }).then((r) => htmlOf(r.files))));
    const count = (text: string) => text.match(/<section\b/g)!.length;
    // The Welsh is longer: some of its lists and paragraphs carry on over more slides than the English.
    expect(count(alone[0]!)).toBeGreaterThan(count(alone[1]!));
    const html = htmlOf((await formatOf('deck').renderBilingual!(pair, templatesOf('deck'), options)).files);
    const slides = html.match(/<section\b[^>]*>/g)!;
    const combined = slides.filter((tag) => /class="[^"]*bilingual/.test(tag)).length;
    const inLanguage = (tag: string) => slides.filter((s) => s.includes(` lang="${tag}"`)).length;
    // Every slide of each language is there once: on a slide with the other language, or on its own.
    expect(combined + inLanguage('cy')).toBe(count(alone[0]!));
    expect(combined + inLanguage('en-GB')).toBe(count(alone[1]!));
    const seconds = (text: string) => [...text.matchAll(/data-timing="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(seconds(html)).toBe(seconds(alone[1]!));
    // In a block with more Welsh slides than English, every Welsh slide comes before the English ones.
    const runs: { key: string; languages: string[] }[] = [];
    for (const tag of slides) {
      const key = ['data-block', 'data-id', 'data-minutes'].map((name) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1] ?? '').join('|');
      const language = /class="[^"]*bilingual/.test(tag) ? 'both' : / lang="([^"]+)"/.exec(tag)![1]!;
      if (runs.at(-1)?.key === key) runs.at(-1)!.languages.push(language);
      else runs.push({ key, languages: [language] });
    }
    const uneven = runs.map((run) => run.languages).filter((run) => run.filter((l) => l === 'cy').length !== run.filter((l) => l === 'en-GB').length);
    expect(uneven.length).toBeGreaterThan(0);
    for (const run of uneven) expect(run).toEqual([...run.filter((l) => l === 'cy'), ...run.filter((l) => l === 'en-GB')]);
  });

  it('refuses two different audiences', async () => {
    const mixed = [views('parents')[0]!, views('webinar')[1]!];
    await expect(formatOf('deck').renderBilingual!(mixed, templatesOf('deck'), options)).rejects.toThrow(/one audience in two languages/);
  });
});

describe('a bilingual handout', () => {
  it('sets the two languages side by side, Welsh on the left, each with its own help list', async () => {
    const rendered = await formatOf('handout').renderBilingual!(views('parents'), templatesOf('handout'), options);
    const html = htmlOf(rendered.files);
    expect(html).toContain('<div class="bilingual-side-by-side"><div class="lang-column" lang="cy">');
    expect(html.indexOf('lang="cy"')).toBeLessThan(html.indexOf('<div class="lang-column" lang="en-GB">'));
    expect(html.match(/class="block help-block"/g)).toHaveLength(2);
    expect(html).toContain('Ble i gael cymorth');
    expect(html).toContain('Where to get help');
    expect(rendered.print).toMatchObject({ pdf: 'handout.pdf', language: 'cy' });
  });

  it('or back to back, Welsh on the front', async () => {
    const html = htmlOf((await formatOf('handout').renderBilingual!(views('parents'), templatesOf('handout'), { ...options, handoutLayout: 'back-to-back' })).files);
    expect(html).toContain('<div class="bilingual-back-to-back"><div class="lang-column" lang="cy">');
  });

  it('is offered by the deck and the handout, not the lesson plan (taught in one language)', () => {
    expect(['deck', 'handout', 'lesson-plan'].map((id) => Boolean(formatOf(id).renderBilingual))).toEqual([true, true, false]);
    expect(['deck', 'handout', 'lesson-plan'].map((id) => Boolean(formatOf(id).bilingual))).toEqual([true, true, false]);
  });
});
