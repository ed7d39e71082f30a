// Welsh and bilingual outputs in Chromium, rendered (not printed) from the every-block fixture: the Welsh
// deck and the bilingual deck pass axe-core on every slide with no text under the theme's minimum and no
// slide overflowing, the draft mark is drawn on every slide, and the bilingual handout passes axe-core.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../../src/render/assets.js';
import { formatOf } from '../../src/formats/registry.js';
import { loadModule } from '../../src/module/load.js';
import { validateModule } from '../../src/module/validate.js';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import { TEMPLATES_DIR } from '../../src/project-root.js';
import { loadFormatTemplates } from '../../src/render/templates.js';
import { tailorModule } from '../../src/tailor/tailor.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { build } from '../../src/pipeline/build.js';
import { axeEverySlide, axeViolations, openWatched } from '../support/browser.js';
import { pdfInfo, pdfText } from '../support/pdf.js';
import { GOOD } from '../support/cli.js';
import { tempDir } from '../support/files.js';

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchBrowser();
}, 120_000);
afterAll(async () => launched?.close());

const module = validateModule(loadModule(path.join(GOOD, 'every-block'))).module!;
const view = (audience: string, language: 'cy' | 'en') => tailorModule(module, audience, { nation: 'wales', language });
const templatesOf = (id: string) => loadFormatTemplates(TEMPLATES_DIR, formatOf(id).layoutFrom ?? id, formatOf(id).blocksFrom ?? id);
const minSize = parseFloat(loadTheme('default').theme!.source.deck['min-size']);

function write(files: OutputFile[]): string {
  const dir = tempDir();
  for (const file of files) {
    const target = path.join(dir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.copyFrom) fs.copyFileSync(file.copyFrom, target);
    else fs.writeFileSync(target, file.contents!);
  }
  return dir;
}

describe.each([
  ['the Welsh deck', () => formatOf('deck').render(view('webinar', 'cy'), templatesOf('deck'), { theme: 'default', generator: 'test', draft: true })],
  ['the bilingual deck', () => formatOf('deck').render(view('webinar', 'cy'), templatesOf('deck'), { theme: 'default', generator: 'test', draft: true, second: view('webinar', 'en') })],
])('%s in Chromium', (_name, render) => {
  it('passes axe-core on every slide, no text under the minimum size, none overflowing, the draft mark on each', async () => {
    const dir = write((await render()).files);
    const { page, consoleErrors } = await openWatched(launched, path.join(dir, 'deck/index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    // Before axe-core, whose own requests for the stylesheets a page from disk refuses.
    expect(consoleErrors).toEqual([]);
    expect(await axeEverySlide(page, minSize)).toEqual([]);
    const seen = await page.evaluate(() => {
      const { Reveal } = globalThis as unknown as { Reveal: { getTotalSlides(): number; slide(n: number): void } };
      const marks: boolean[] = [];
      for (let i = 0; i < Reveal.getTotalSlides(); i++) {
        Reveal.slide(i);
        const mark = document.querySelector('.draft-mark')!.getBoundingClientRect();
        marks.push(mark.width > 50 && mark.top >= 0 && mark.bottom <= window.innerHeight);
      }
      return { lang: document.documentElement.lang, marks, overflowing: document.querySelectorAll('[data-overflow]').length };
    });
    expect(seen.lang).toBe('cy');
    expect(seen.marks.every(Boolean)).toBe(true);
    expect(seen.overflowing).toBe(0);
    await page.close();
  }, 120_000);
});

describe('the bilingual handout in Chromium', () => {
  it('passes axe-core, side by side and back to back', async () => {
    for (const handoutLayout of ['side-by-side', 'back-to-back'] as const) {
      const rendered = await formatOf('handout').renderBilingual!([{ language: 'cy', view: view('parents', 'cy') }, { language: 'en', view: view('parents', 'en') }], templatesOf('handout'), { theme: 'default', generator: 'test', draft: true, handoutLayout });
      const dir = write(rendered.files);
      const { page } = await openWatched(launched, path.join(dir, rendered.print!.html));
      await page.waitForSelector('html[data-ready="true"]');
      expect(await axeViolations(page), handoutLayout).toEqual([]);
      await page.close();
    }
  }, 120_000);
});

describe('the shipped module\'s bilingual handout for parents, printed', () => {
  it('is at most two sheets (4 pages), Welsh on the left and each column tagged with its language, every page marked as a draft and numbered in Welsh', async () => {
    const outDir = tempDir();
    await build({ modules: ['sextortion'], modulesDir: path.resolve('modules'), outDir, theme: 'default', dryRun: false, formats: ['handout'], audiences: ['parents'], languages: ['cy', 'en'], nation: 'wales', date: '2026-12-01' });
    const pdf = path.join(outDir, 'sextortion', 'cy-en', 'parents', 'handout.pdf');
    const pages = Number(pdfInfo(pdf)['Pages']);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
    const text = pdfText(pdf);
    expect(text.match(/Drafft \/ Draft/g)!.length).toBeGreaterThanOrEqual(pages);
    expect(text).toContain(`Tudalen 1 o ${pages}`);
    // Its language is Welsh, and the English column's passages are tagged as English in the structure tree.
    const bytes = fs.readFileSync(pdf, 'latin1');
    expect(bytes.match(/\/Lang \(en-GB\)/g)!.length).toBeGreaterThan(3);
    expect(bytes.match(/\/Lang \(cy\)/g)!.length).toBeGreaterThan(3);
    // Side by side: each line of the first page has the Welsh column's words on the left.
    const firstLine = text.split('\n').find((line) => line.includes('Rhieni a gofalwyr'))!;
    expect(firstLine.indexOf('Rhieni a gofalwyr')).toBeLessThan(firstLine.indexOf('Parents and carers'));
  }, 180_000);
});
