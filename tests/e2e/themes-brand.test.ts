// A brand file's name, logo, colours and contact lines reach the deck, the handout and the lesson plan;
// a brand that would make text unreadable, or names a logo that is not there, is refused.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import { openWatched, requestsOutside } from '../support/browser.js';
import { FIXTURES, runCli } from '../support/cli.js';
import { tempDir } from '../support/files.js';
import { pdfInfo, pdfText } from '../support/pdf.js';
import { brandFile, MODULES, NORTHSHIRE, sextortionIn, sharedBuild, sharedPrintHtml } from '../support/shared-builds.js';

const NAME = 'Northshire Police Cyber Protect';
const CONTACT = ['Email: cyberprotect@northshire.police.example', 'Phone 101, or 999 in an emergency'];
let out: string;
/** The same module with no brand. */
let plain: string;
let launched: LaunchedBrowser;

beforeAll(async () => {
  out = await sharedBuild(NORTHSHIRE);
  plain = await sharedBuild(sextortionIn('default'));
  launched = await launchBrowser();
}, 600_000);
afterAll(async () => launched?.close());

/** How many pixels of a page, drawn at 100 dpi, have exactly this colour (within a small tolerance). */
function pixelsOfColour(pdf: string, page: number, hex: string, region?: { top: number; bottom: number }): number {
  const dir = tempDir('workshopkit-pixels-');
  execFileSync('pdftoppm', ['-r', '100', '-png', '-f', String(page), '-l', String(page), pdf, path.join(dir, 'p')]);
  const png = PNG.sync.read(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]!)));
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  const [top, bottom] = [Math.floor((region?.top ?? 0) * png.height), Math.floor((region?.bottom ?? 1) * png.height)];
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - r!) <= 3 && Math.abs(png.data[i + 1]! - g!) <= 3 && Math.abs(png.data[i + 2]! - b!) <= 3) count++;
    }
  }
  return count;
}

describe('a brand in the deck', () => {
  it('puts the logo (copied, with its alt text, scaled to fit), the name and the presenters on the title slide', async () => {
    const deckDir = path.join(out, 'sextortion/parents/deck');
    expect(fs.readFileSync(path.join(deckDir, 'assets/brand/logo.svg'), 'utf8')).toBe(fs.readFileSync(path.join(FIXTURES, 'brands/northshire/logo.svg'), 'utf8'));
    const { page, requests, consoleErrors } = await openWatched(launched, path.join(deckDir, 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    const title = await page.evaluate(() => {
      const slide = document.querySelector('.slides > section.slide-title')!;
      const logo = slide.querySelector<HTMLImageElement>('img.brand-logo')!;
      const box = logo.getBoundingClientRect();
      return {
        alt: logo.alt, src: logo.getAttribute('src'), loaded: logo.complete && logo.naturalWidth > 0,
        width: logo.offsetWidth, height: logo.offsetHeight, onScreen: box.right <= window.innerWidth && box.bottom <= window.innerHeight,
        organisation: slide.querySelector('.organisation')?.textContent, presenters: slide.querySelector('.presenters')?.textContent,
        heading: getComputedStyle(slide.querySelector('h2')!).color,
      };
    });
    expect(title).toMatchObject({ alt: 'Northshire Police', src: 'assets/brand/logo.svg', loaded: true, onScreen: true, organisation: NAME,
      presenters: 'Presented by PC Sam Jones (Cyber Protect Officer) and Alex Morgan', heading: 'rgb(91, 42, 134)' });
    expect(title.width).toBeLessThanOrEqual(480);
    expect(title.height).toBeLessThanOrEqual(120);
    expect(requestsOutside(requests, deckDir)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('puts the contact lines on the last slide, which still fits', async () => {
    for (const audience of ['parents', 'pupils-14-18']) {
      const { page } = await openWatched(launched, path.join(out, 'sextortion', audience, 'deck/index.html'));
      await page.waitForSelector('html[data-ready="true"]');
      const slides = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((s) => ({
        contact: [...s.querySelectorAll('.brand-contact p')].map((p) => p.textContent), overflow: s.hasAttribute('data-overflow'),
      })));
      expect(slides.at(-1)!.contact, audience).toEqual([NAME, ...CONTACT]);
      expect(slides.slice(0, -1).every((s) => s.contact.length === 0), audience).toBe(true);
      expect(slides.filter((s) => s.overflow), audience).toEqual([]);
      await page.close();
    }
  });
});

describe('a brand on paper', () => {
  for (const [audience, file] of [['parents', 'handout.pdf'], ['pupils-14-18', 'lesson-plan.pdf']] as const) {
    it(`${file}: the name as author and in the footers, the logo and colour in the header, the contact lines at the end`, () => {
      const pdf = path.join(out, 'sextortion', audience, file);
      expect(pdfInfo(pdf)['Author']).toBe(NAME);
      const text = pdfText(pdf, { layout: false }).replace(/\s+/g, ' ');
      expect(text).toContain(`${NAME} · Content reviewed`);
      expect(text).toContain(`Contact ${NAME} ${CONTACT.join(' ')}`);
      // The logo's gold and the brand's purple are drawn in the top fifth of the first page, the header.
      expect(pixelsOfColour(pdf, 1, '#d9a520', { top: 0, bottom: 0.2 })).toBeGreaterThan(20);
      expect(pixelsOfColour(pdf, 1, '#5b2a86', { top: 0, bottom: 0.2 })).toBeGreaterThan(200);
    });
  }

  it('uses neither the logo nor the colours when there is no brand', () => {
    const pdf = path.join(plain, 'sextortion/parents/handout.pdf');
    expect(pixelsOfColour(pdf, 1, '#d9a520')).toBe(0);
    expect(pixelsOfColour(pdf, 1, '#5b2a86')).toBe(0);
    // Without a brand, and with a module that names no organisation, the PDF's author is the tool that made it.
    expect(pdfInfo(pdf)['Author']).toBe('workshopkit');
  });

  it('scales a logo far larger, wider or taller than its place, and never lets it overflow', async () => {
    for (const name of ['png-logo', 'tall-logo']) {
      const staged = (await sharedPrintHtml({ theme: 'default', brand: brandFile(name) })).filter((p) => p.format === 'handout' || p.format === 'lesson-plan');
      expect(staged.length).toBeGreaterThan(0);
      for (const doc of staged) {
        const { page } = await openWatched(launched, doc.html);
        await page.waitForSelector('html[data-ready="true"]');
        const fit = await page.evaluate(() => {
          const logo = document.querySelector<HTMLImageElement>('.doc-header img.brand-logo')!;
          const header = document.querySelector('.doc-header')!.getBoundingClientRect();
          const box = logo.getBoundingClientRect();
          const mm = 96 / 25.4;
          return { loaded: logo.naturalWidth > 0, width: box.width / mm, height: box.height / mm, inside: box.right <= header.right + 0.5 && box.left >= header.left - 0.5,
            ratio: box.width / box.height, natural: logo.naturalWidth / logo.naturalHeight };
        });
        expect(fit.loaded, doc.html).toBe(true);
        expect(fit.width, doc.html).toBeLessThanOrEqual(55.1);
        expect(fit.height, doc.html).toBeLessThanOrEqual(18.1);
        expect(fit.inside, doc.html).toBe(true);
        expect(fit.ratio / fit.natural, `${name}: keeps its shape`).toBeCloseTo(1, 1);
        await page.close();
      }
    }
  });
});

describe('brands that are refused', () => {
  it('refuses a low-contrast brand, naming the pair and the ratio at the colour\'s line (exit 1)', async () => {
    const target = tempDir();
    const result = await runCli(['build', 'sextortion', '--audience', 'parents', '--format', 'deck', '--brand', brandFile('low-contrast'), '--out', target]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('tests/fixtures/brands/low-contrast/brand.yaml:4:12  error  brand/contrast  the brand colour primary (#8fb8e0) on background (#fbfaf6) has a contrast of 1.99:1; headings and figures on slides need at least 4.5:1 (WCAG AA)');
    expect(result.err).toMatch(/hint: A darker shade, such as #[0-9a-f]{6}, reaches 4\.5\d:1/);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('builds with the same brand in a theme that keeps its own colours', async () => {
    const result = await runCli(['build', 'sextortion', '--audience', 'parents', '--format', 'deck', '--theme', 'high-contrast', '--brand', brandFile('low-contrast'), '--dry-run']);
    expect(result.code, result.err).toBe(0);
  });

  it('says clearly that the logo is missing (exit 1)', async () => {
    const result = await runCli(['build', 'sextortion', '--format', 'deck', '--brand', brandFile('missing-logo'), '--out', tempDir()]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('tests/fixtures/brands/missing-logo/brand.yaml:3:9  error  brand/logo  the logo "images/crest.png" does not exist (looked for tests/fixtures/brands/missing-logo/images/crest.png)');
  });

  it('treats a brand file or theme that is not there as a usage mistake (exit 2)', async () => {
    const brand = await runCli(['build', 'sextortion', '--brand', 'nowhere/brand.yaml', '--dry-run']);
    expect(brand.code).toBe(2);
    expect(brand.err).toContain('there is no brand file');
    const theme = await runCli(['build', 'sextortion', '--theme', 'hihg-contrast', '--dry-run']);
    expect(theme.code).toBe(2);
    expect(theme.err).toContain('Did you mean "high-contrast"?');
  });

  it('takes the theme and brand from workshopkit.config.yaml, and a flag beats it', async () => {
    const project = tempDir();
    fs.cpSync(path.join(FIXTURES, 'brands/northshire'), path.join(project, 'brand'), { recursive: true });
    fs.writeFileSync(path.join(project, 'workshopkit.config.yaml'), 'theme: print-mono\nbrand: brand/brand.yaml\n');
    const fromConfig = await runCli(['build', '--modules-dir', MODULES, 'sextortion', '--audience', 'parents', '--format', 'deck', '--out', 'out'], project);
    expect(fromConfig.code, fromConfig.err).toBe(0);
    const tokens = fs.readFileSync(path.join(project, 'out/sextortion/parents/deck/assets/tokens.css'), 'utf8');
    expect(tokens).toContain('themes/print-mono/theme.yaml');
    expect(fs.existsSync(path.join(project, 'out/sextortion/parents/deck/assets/brand/logo.svg'))).toBe(true);
    const flag = await runCli(['build', '--modules-dir', MODULES, 'sextortion', '--audience', 'parents', '--format', 'deck', '--out', 'out', '--theme', 'default'], project);
    expect(flag.code, flag.err).toBe(0);
    expect(fs.readFileSync(path.join(project, 'out/sextortion/parents/deck/assets/tokens.css'), 'utf8')).toContain('--wk-accent: #5b2a86;');
  });
});
