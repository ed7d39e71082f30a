// Nothing on a slide is cut off in silence: a 40-item list and twelve paragraphs are split into slides that
// fit (deck, slides PDF and PowerPoint alike), a paragraph too long for any slide is an error at its line,
// and a slide the estimate misses is measured in the browser as the slides PDF prints, and is an error too.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROKEN, FIXTURES, GOOD, ROOT, runCli } from '../support/cli.js';
import { commandLine } from '../support/compiled-cli.js';
import { tempDir } from '../support/files.js';
import { pdfInfo } from '../support/pdf.js';
import { sharedBuild } from '../support/shared-builds.js';
import { launchBrowser } from '../../src/print/browser.js';
import { openWatched } from '../support/browser.js';

const LONG = path.join(FIXTURES, 'long-slides');
const MODULE = path.join(LONG, 'long-slides');
const items: string[] = parse(fs.readFileSync(path.join(MODULE, 'module.yaml'), 'utf8')).blocks[1].items;

let out: string;
const parents = (file: string) => path.join(out, 'long-slides', 'parents', file);
/** Each page's text, in reading order. */
const pages = (pdf: string): string[] =>
  Array.from({ length: Number(pdfInfo(pdf)['Pages']) }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));

beforeAll(async () => {
  out = await sharedBuild(['build', '--modules-dir', LONG]);
}, 300_000);

describe('a slide too long for its frame is split where its block allows', () => {
  it('splits the 40-item list between items, each later slide titled "(continued)", every item on exactly one slide', () => {
    const text = pages(parents('slides.pdf'));
    const listPages = text.filter((page) => page.includes('Forty things to try at home'));
    expect(listPages.length).toBeGreaterThanOrEqual(4);
    expect(listPages.length).toBeLessThanOrEqual(7);
    expect(listPages[0]).not.toContain('(continued');
    expect(listPages[1]).toContain('Forty things to try at home (continued)');
    expect(listPages[2]).toContain('Forty things to try at home (continued, 3)');
    for (const item of items) expect(listPages.filter((page) => page.includes(item)), item).toHaveLength(1);
  });

  it('splits twelve paragraphs between paragraphs, and the last line ("never your fault") is printed whole', () => {
    const text = pages(parents('slides.pdf'));
    const sectionPages = text.filter((page) => page.includes('How it usually happens'));
    expect(sectionPages.length).toBeGreaterThanOrEqual(3);
    expect(sectionPages.slice(1).every((page) => page.includes('How it usually happens (continued'))).toBe(true);
    expect(text.filter((page) => page.includes('It is never your fault if this happens to you.'))).toHaveLength(1);
    expect(sectionPages.at(-1)).toContain('It is never your fault if this happens to you.');
  });

  it('gives the deck and the PowerPoint the same slides as the slides PDF, the notes on the first of a split list', async () => {
    const count = Number(pdfInfo(parents('slides.pdf'))['Pages']);
    const html = fs.readFileSync(parents('deck/index.html'), 'utf8');
    expect(html.match(/<section\b/g)).toHaveLength(count);
    expect(html).toContain('<h2>Forty things to try at home (continued)</h2>');
    const zip = await JSZip.loadAsync(fs.readFileSync(parents('slides.pptx')));
    expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(count);
    const list = html.match(/<section data-block="tips"[\s\S]*?<\/section>/g)!;
    expect(list[0]).toContain('Pick the three that matter most');
    expect(list.slice(1).some((slide) => slide.includes('aside'))).toBe(false);
  });
});

describe('what cannot be split is an error at its line', () => {
  it('reports the 60-sentence paragraph at its file:line for the audience and formats that show it, and builds nothing', async () => {
    const check = await runCli(['check', path.join(BROKEN, 'slide-too-long')]);
    expect(check.code).toBe(1);
    expect(check.out + check.err).toMatch(
      /tests\/fixtures\/broken\/slide-too-long\/sections\/one-paragraph\.md:4:1 +error +slides\/too-long +this paragraph is too long for one slide, even at the smallest text size \(24px\)[^\n]*\(for parents: Deck, Slides\)\n +hint: Shorten it, or split it into two paragraphs/,
    );
    const into = tempDir('too-long-');
    const build = await runCli(['build', path.join(BROKEN, 'slide-too-long'), '--out', into]);
    expect(build.code).toBe(1);
    expect(build.out + build.err).toContain('one-paragraph.md:4:1');
    expect(fs.readdirSync(into)).toEqual([]);
  });

  it('stops a build only for the slides it makes: the handout alone is built, the deck alone is stopped at the same line', async () => {
    const module = path.join(BROKEN, 'slide-too-long');
    const handoutOnly = tempDir('too-long-handout-');
    const handout = await runCli(['build', module, '--format', 'handout', '--out', handoutOnly]);
    expect(handout.code, handout.err).toBe(0);
    expect(fs.existsSync(path.join(handoutOnly, 'slide-too-long', 'parents', 'handout.pdf'))).toBe(true);
    const deckOnly = tempDir('too-long-deck-');
    const deck = await runCli(['build', module, '--format', 'deck', '--out', deckOnly]);
    expect(deck.code).toBe(1);
    expect(deck.out + deck.err).toMatch(/one-paragraph\.md:4:1 +error +slides\/too-long [^\n]*\(for parents: Deck\)\n/);
    expect(fs.readdirSync(deckOnly)).toEqual([]);
  });

  // In-process the main thread prints; the command, run from JavaScript with more than one module, prints in its print worker.
  it.each(['in-process', 'as its own process'])('reports a slide the browser measured as cut off in the slides PDF, at its block, and writes nothing (%s)', async (how) => {
    const dir = path.join(FIXTURES, 'cut-off', 'slide-cut-off');
    expect((await runCli(['check', dir])).code).toBe(0);
    const into = tempDir('cut-off-');
    const build = how === 'in-process'
      ? await runCli(['build', dir, '--out', into])
      : (({ status, stdout, stderr }) => ({ code: status, out: stdout, err: stderr }))(spawnSync(process.execPath,
          commandLine(['build', path.join(GOOD, 'every-block'), dir, '--format', 'slides-pdf', '--out', into]), { cwd: ROOT, encoding: 'utf8', timeout: 120_000 }));
    expect(build.code).toBe(1);
    expect(build.out + build.err).toMatch(
      /tests\/fixtures\/cut-off\/slide-cut-off\/module\.yaml:16:5 +error +slides\/too-long +the slide "What is Online blackmail\?" does not fit its frame, even at the smallest text size \(24px\): its end is cut off \(for parents: Slides\)/,
    );
    expect(fs.readdirSync(into).filter((name) => !name.startsWith('.'))).toEqual([]);
  }, 120_000);
});

describe('a deck built without a slides PDF', () => {
  it('tells the presenter in the cut-off slide\'s speaker notes, as it opens', async () => {
    const into = tempDir('cut-off-deck-');
    const build = await runCli(['build', path.join(FIXTURES, 'cut-off', 'slide-cut-off'), '--format', 'deck', '--out', into]);
    expect(build.code, build.err).toBe(0);
    const launched = await launchBrowser();
    try {
      const { page, consoleErrors } = await openWatched(launched, path.join(into, 'slide-cut-off/parents/deck/index.html'));
      await page.waitForSelector('html[data-ready="true"]');
      const cut = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((slide) => ({
        overflow: slide.hasAttribute('data-overflow'),
        warning: slide.querySelector('aside.notes .cut-off-warning')?.textContent ?? '',
      })));
      expect(cut.filter((s) => s.overflow)).toHaveLength(1);
      expect(cut.filter((s) => s.warning)).toEqual([{ overflow: true, warning: expect.stringMatching(/^Presenter: this slide does not fit its frame, even at the smallest text size, so its end is cut off\./) }]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await launched.close();
    }
  }, 120_000);
});
