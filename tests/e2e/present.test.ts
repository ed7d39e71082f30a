// Presenting anywhere: the PowerPoint read back from its XML, the one-file deck opened alone in Chromium,
// and LibreOffice turning the PowerPoint into one PDF page a slide. One build for the whole file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import { openWatched } from '../support/browser.js';
import { FIXTURES, runCli } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const out = tempDir();
const again = tempDir();
const BRAND = path.join(FIXTURES, 'brands/northshire/brand.yaml');
const args = (dir: string) => ['build', 'sextortion', '--audience', 'webinar', '--format', 'deck,deck-file,pptx', '--brand', BRAND, '--out', dir];
const webinar = (dir: string, file: string) => path.join(dir, 'sextortion/webinar', file);
const MAX_DECK_FILE_BYTES = 2.5 * 1024 * 1024;

interface DeckSlide {
  notes: string;
  timing: number;
}

let launched: LaunchedBrowser;
let deckSlides: DeckSlide[];
let zip: JSZip;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of the runs inside a piece of DrawingML, paragraph by paragraph. */
const textOf = (xml: string) => [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => decode([...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))).filter(Boolean).join('\n');
/** The shapes of a slide, each as its XML. */
const shapesOf = (xml: string) => [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]);
const read = (name: string) => zip.file(name)!.async('string');
const slideNames = () => Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));

beforeAll(async () => {
  const [built, builtAgain] = await Promise.all([runCli(args(out)), runCli(args(again))]);
  expect(built.code, built.err).toBe(0);
  expect(builtAgain.code, builtAgain.err).toBe(0);
  launched = await launchBrowser();
  // The deck's own slides, notes and timings, read from the deck folder's index.html.
  const { page } = await openWatched(launched, webinar(out, 'deck/index.html'));
  await page.waitForSelector('html[data-ready="true"]');
  deckSlides = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((s) => ({
    notes: s.querySelector('aside.notes')?.textContent ?? '',
    timing: Number(s.getAttribute('data-timing')),
  })));
  await page.close();
  zip = await JSZip.loadAsync(fs.readFileSync(webinar(out, 'slides.pptx')));
}, 180_000);
afterAll(async () => launched?.close());

describe('the deck\'s pacing', () => {
  it('gives every slide its share of its block\'s minutes, adding up to the whole session', () => {
    expect(deckSlides.length).toBeGreaterThan(20);
    expect(deckSlides.every((s) => Number.isInteger(s.timing) && s.timing >= 0)).toBe(true);
    // The webinar's blocks add up to its 60 minutes, within the check's tolerance.
    expect(Math.abs(deckSlides.reduce((sum, s) => sum + s.timing, 0) - 60 * 60)).toBeLessThanOrEqual(2 * 60);
  });
});

describe('the PowerPoint, read back', () => {
  it('has the deck\'s slides, each with a unique title in a title placeholder', async () => {
    const names = slideNames();
    expect(names).toHaveLength(deckSlides.length);
    const titles: string[] = [];
    for (const name of names) {
      const title = shapesOf(await read(name)).find((sp) => /<p:ph\s[^>]*type="title"/.test(sp));
      expect(title, `${name} has no title placeholder`).toBeDefined();
      titles.push(textOf(title!));
    }
    expect(titles.every(Boolean)).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toContain('Sources (2)');
  });

  it('has the deck\'s speaker notes in the notes pane, word for word', async () => {
    const names = slideNames();
    for (const [i, name] of names.entries()) {
      const rels = await read(name.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'));
      const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      const notesXml = target ? await read(`ppt/notesSlides/${target}`) : '';
      const body = shapesOf(notesXml).find((sp) => /<p:ph\s[^>]*type="body"/.test(sp)) ?? '';
      expect(squash(textOf(body)), `the notes of slide ${i + 1}`).toBe(squash(deckSlides[i]!.notes));
    }
    expect(deckSlides.filter((s) => s.notes.trim()).length).toBeGreaterThan(15);
  });

  it('has links that click, and alt text on every picture', async () => {
    let links = 0;
    let pictures = 0;
    for (const name of slideNames()) {
      const xml = await read(name);
      const rels = await read(name.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'));
      for (const link of xml.matchAll(/<a:hlinkClick r:id="(rId\d+)"/g)) {
        links++;
        expect(rels).toMatch(new RegExp(`Id="${link[1]}"[^>]*Target="(https://|tel:|mailto:)[^"]+"[^>]*TargetMode="External"|Target="(https://|tel:|mailto:)[^"]+"[^>]*Id="${link[1]}"`));
      }
      for (const pic of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
        pictures++;
        expect(/<p:cNvPr [^>]*descr="([^"]+)"/.exec(pic[0])?.[1], `a picture on ${name}`).toMatch(/^(QR code that opens \S+|Northshire Police)$/);
      }
    }
    expect(links).toBeGreaterThan(20);
    // The brand's logo on the title slide and a QR code for every service with a website.
    expect(pictures).toBeGreaterThan(10);
    expect(await read('ppt/slides/slide2.xml')).toContain('descr="Northshire Police"');
  });

  it('names the brand\'s presenters on the presenters slide, and uses a font every school PC has', async () => {
    const presenters = (await Promise.all(slideNames().map(read))).find((xml) => xml.includes('Who is presenting'))!;
    expect(presenters).toContain('PC Sam Jones');
    expect(presenters).toContain('typeface="Arial"');
    expect(presenters).not.toContain('Atkinson');
  });

  it('is the same bytes when built again', () => {
    expect(fs.readFileSync(webinar(again, 'slides.pptx')).equals(fs.readFileSync(webinar(out, 'slides.pptx')))).toBe(true);
    expect(fs.readFileSync(webinar(again, 'deck.html')).equals(fs.readFileSync(webinar(out, 'deck.html')))).toBe(true);
  });
});

describe('the deck in one file, alone in a folder', () => {
  it('shows every slide and its notes with no request but itself, no console error, in at most 2.5 MB', async () => {
    const alone = tempDir();
    const file = path.join(alone, 'deck.html');
    fs.copyFileSync(webinar(out, 'deck.html'), file);
    expect(fs.statSync(file).size).toBeLessThanOrEqual(MAX_DECK_FILE_BYTES);
    const { page, requests, consoleErrors } = await openWatched(launched, file);
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    type Deck = { Reveal: { getTotalSlides(): number; slide(n: number): void; getCurrentSlide(): Element } };
    const total = await page.evaluate(() => (globalThis as unknown as Deck).Reveal.getTotalSlides());
    expect(total).toBe(deckSlides.length);
    for (let i = 0; i < total; i++) {
      const shown = await page.evaluate((n) => {
        const deck = (globalThis as unknown as Deck).Reveal;
        deck.slide(n);
        const slide = deck.getCurrentSlide();
        return { notes: slide.querySelector('aside.notes')?.textContent ?? '', fontsOk: document.fonts.check('16px "Atkinson Hyperlegible Next"') };
      }, i);
      expect(squash(shown.notes)).toBe(squash(deckSlides[i]!.notes));
      expect(shown.fontsOk).toBe(true);
    }
    const fileUrl = new URL(`file://${file}`).href;
    expect(requests.filter((url) => !url.startsWith('data:') && url.split('#')[0] !== fileUrl)).toEqual([]);
    expect(requests.some((url) => url.startsWith('data:font/woff2'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens the speaker view on S from the file, with the notes of the slide shown', async () => {
    const { page } = await openWatched(launched, webinar(out, 'deck.html'));
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() => (globalThis as unknown as { Reveal: { slide(n: number): void } }).Reveal.slide(3));
    const opened = new Promise<import('puppeteer-core').Target>((resolve) => launched.browser.once('targetcreated', resolve));
    await page.keyboard.press('s');
    const speaker = (await (await opened).page())!;
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').trim().length > 0, { timeout: 15_000 });
    const shown = await speaker.evaluate(() => ({
      notes: document.querySelector('.speaker-controls-notes .value')!.textContent ?? '',
      pacing: getComputedStyle(document.querySelector('.speaker-controls-time .pacing')!).display,
    }));
    expect(squash(shown.notes)).toBe(squash(deckSlides[3]!.notes));
    expect(shown.pacing).not.toBe('none');
    await speaker.close();
    await page.close();
  });

  it('puts the slide number clear of the navigation arrows', async () => {
    const { page } = await openWatched(launched, webinar(out, 'deck.html'));
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() => (globalThis as unknown as { Reveal: { slide(n: number): void } }).Reveal.slide(3));
    const overlaps = await page.evaluate(() => {
      const number = document.querySelector('.slide-number')!.getBoundingClientRect();
      return [...document.querySelectorAll('.controls button')].map((b) => b.getBoundingClientRect())
        .filter((r) => r.width && number.left < r.right && r.left < number.right && number.top < r.bottom && r.top < number.bottom).length;
    });
    expect(overlaps).toBe(0);
    await page.close();
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('LibreOffice', () => {
  it.skipIf(!soffice)('opens the PowerPoint and prints one page a slide (skipped without soffice: apt-get install -y libreoffice-impress)', () => {
    const dir = tempDir();
    // Its own profile folder, so it runs beside another LibreOffice.
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, webinar(out, 'slides.pptx')], { stdio: 'pipe', timeout: 90_000 });
    const info = execFileSync('pdfinfo', [path.join(dir, 'slides.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(deckSlides.length);
  }, 120_000);
});
