import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEYS_FILE } from '../../src/pipeline/output-keys.js';
import { formatOf } from '../../src/formats/registry.js';
import { printAll, printJobs, RefusedRequestError, toPrint, type PrintJob } from '../../src/pipeline/print.js';
import { launchBrowser, startBrowser, type StartedBrowser } from '../../src/print/browser.js';
import { GOOD, runCli } from '../support/cli.js';
import { hashTree, tempDir } from '../support/files.js';
import { decodeQrCodes, pdfFonts, pdfInfo, pdfText } from '../support/pdf.js';
import { EVERY_BLOCK, sharedBuild, sharedPrintHtml } from '../support/shared-builds.js';

let out: string;
const pdf = (audience: string, file: string) => path.join(out, 'every-block', audience, file);

beforeAll(async () => {
  out = await sharedBuild(EVERY_BLOCK);
}, 300_000);

describe('PDFs', () => {
  const documents: [string, string, RegExp, [number, number]][] = [
    ['parents', 'handout.pdf', /A4/, [1, 2]],
    ['pupils-11-13', 'lesson-plan.pdf', /A4/, [2, 5]],
    ['webinar', 'notes.pdf', /A4/, [2, 6]],
    ['webinar', 'slides.pdf', /^960 x 540 pts/, [14, 14]],
  ];
  for (const [audience, file, size, [min, max]] of documents) {
    it(`${audience}/${file} is a proper document: page size, tagged, titled, fonts embedded`, () => {
      const info = pdfInfo(pdf(audience, file));
      expect(info['Page size']).toMatch(size);
      expect(Number(info['Pages'])).toBeGreaterThanOrEqual(min);
      expect(Number(info['Pages'])).toBeLessThanOrEqual(max);
      expect(info['Tagged']).toBe('yes');
      expect(info['Title']).toMatch(/^Staying safe from online scams: /);
      expect(info['Author']).toBe('Example Cyber Protect Team');
      expect(info['Subject']).toMatch(/scams|every block/i);
      expect(info['CreationDate']).toMatch(/Sep +1 00:00:00 2026/);
      const fonts = pdfFonts(pdf(audience, file));
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      expect(fonts.some((f) => f.name.includes('AtkinsonHyperlegible'))).toBe(true);
    });
  }

  it('prints every resource on the handout with its phone number and a readable link', () => {
    const text = pdfText(pdf('parents', 'handout.pdf'));
    for (const expected of ['Police', '999 or 101', 'Childline', '0800 1111', 'childline.org.uk', 'example.org/help', 'Content reviewed 1 September 2026']) {
      expect(text).toContain(expected);
    }
  });

  it('has a QR code for every link on the handout, and each opens that link', () => {
    const codes = decodeQrCodes(pdf('parents', 'handout.pdf'));
    expect(codes.sort()).toEqual(['https://example.org/help', 'https://www.childline.org.uk/']);
  });

  it('lays the lesson plan out with objectives, outcomes, timings that add up, and a safeguarding note', () => {
    const text = pdfText(pdf('pupils-11-13', 'lesson-plan.pdf'));
    for (const expected of ['Learning objectives', 'I can identify two warning signs', 'Timings', 'Total', 'designated safeguarding lead (DSL)', 'Do not promise to keep it secret', 'Support:', 'Challenge:', 'Our ground rules', 'Where to get help']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Total\s+25\s+of 25/);
  });

  it('gives the presenter each slide with its notes and the running time', () => {
    const text = pdfText(pdf('webinar', 'notes.pdf'));
    expect(text).toContain('Slide 1: We will be starting shortly');
    expect(text).toContain('Welcome everyone and say who you are.');
    expect(text).toMatch(/30 minutes of 30/);
    expect(text).toMatch(/5 min: \d+ to \d+ min/);
  });

  it('gives the same bytes for the same input (a fresh build, and the one every file reads)', async () => {
    const again = tempDir();
    expect((await runCli(['build', '--modules-dir', GOOD, '--out', again])).code).toBe(0);
    expect(hashTree(again)).toEqual(hashTree(out));
  });

  it('names table cells in the structure tree by their place, not by Chromium\'s DOM node numbers', () => {
    // Chromium names them after DOM node ids, which vary between runs; the same bytes need stable names.
    const bytes = fs.readFileSync(pdf('pupils-11-13', 'lesson-plan.pdf'), 'latin1');
    const ids = [...new Set(bytes.match(/node\d{8}/g))].sort();
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).toEqual(ids.map((_, i) => `node${String(i + 1).padStart(8, '0')}`));
  });

  it('builds only the formats asked for', async () => {
    const only = tempDir();
    const result = await runCli(['build', '--modules-dir', GOOD, '--out', only, '--format', 'handout,lesson-plan']);
    expect(result.code, result.err).toBe(0);
    // Beside the outputs, only the incremental build's record of what they were made from.
    expect(Object.keys(hashTree(only)).sort()).toEqual([KEYS_FILE, 'every-block/parents/handout.pdf', 'every-block/pupils-11-13/lesson-plan.pdf']);
  });
});

describe('the print stage', () => {
  it('is given a browser whose first tab has finished loading its start page, which the first PDF is printed in', async () => {
    // A job gone to while the start page was still on its way was overtaken by it (seen once, under load).
    const launched = await launchBrowser();
    try {
      const [tab] = await launched.browser.pages();
      expect(tab!.url()).toMatch(/^file:.*\/start\.html$/);
      expect(await tab!.evaluate(() => document.readyState)).toBe('complete');
    } finally {
      await launched.close();
    }
  });

  it('prints HTML written into a page that printed before as it prints on a page of its own: the same bytes', async () => {
    // A page keeps its document from job to job, and a later job's HTML is written into it, with stylesheets
    // and fonts the page may have loaded already: nothing on the page may depend on which way it came.
    // The shipped webinar's: its presenter script shrinks slides to fit, as measured in the theme's font.
    const staged = (await sharedPrintHtml({ theme: 'default' })).filter((p) => p.module === 'sextortion' && p.audience === 'webinar');
    const root = staged[0]!.html.slice(0, staged[0]!.html.indexOf(`${path.sep}sextortion${path.sep}`));
    const pdfs = tempDir();
    const job = (html: string, format: string, pdfFile: string): PrintJob => ({
      label: pdfFile, htmlFile: html, pdfFile, page: formatOf(format).page!, footer: 'Content reviewed 1 September 2026',
      meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'en-GB', creator: 'c', date: new Date(0) },
    });
    const launched = await launchBrowser();
    const print = (jobs: PrintJob[]) => printJobs(jobs.map(toPrint), async () => launched.browser, { root, concurrency: 1, total: jobs.length, onPrinted: () => undefined });
    try {
      // One page for all of them, each twice: each after the first is written into it, and the second time
      // with every file it loads already loaded.
      await print(staged.flatMap((s, i) => [job(s.html, s.format, path.join(pdfs, `first-${i}.pdf`)), job(s.html, s.format, path.join(pdfs, `again-${i}.pdf`))]));
      // Each on a fresh page of its own, gone to as its file.
      for (const [i, s] of staged.entries()) await print([job(s.html, s.format, path.join(pdfs, `alone-${i}.pdf`))]);
    } finally {
      await launched.close();
    }
    expect(staged.map((s) => s.format).sort()).toEqual(['handout', 'notes', 'slides-pdf']);
    for (const [i, s] of staged.entries()) {
      const alone = fs.readFileSync(path.join(pdfs, `alone-${i}.pdf`));
      expect(fs.readFileSync(path.join(pdfs, `first-${i}.pdf`)).equals(alone), `${s.audience}/${s.format}`).toBe(true);
      expect(fs.readFileSync(path.join(pdfs, `again-${i}.pdf`)).equals(alone), `${s.audience}/${s.format}, again`).toBe(true);
    }
  });

  it('refuses a page\'s request for anything outside the build, and says which', async () => {
    const root = tempDir();
    const html = path.join(root, 'page.html');
    fs.writeFileSync(html, '<!doctype html><html lang="en"><title>t</title><link rel="stylesheet" href="https://example.org/remote.css"><p>Hi</p><script>document.documentElement.setAttribute("data-ready", "true")</script></html>');
    const job = {
      label: 'test', htmlFile: html, pdfFile: path.join(root, 'page.pdf'), page: 'a4' as const, footer: '',
      meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'en', creator: 'c', date: new Date(0) },
    };
    const error = await printAll([job], { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedRequestError);
    expect((error as Error).message).toContain('https://example.org/remote.css');
  });
});

describe('a browser that goes away mid-job', () => {
  it('fails the job as soon as its process has ended, whatever its connection says', async () => {
    // The second page never finishes loading (its stylesheet is a pipe nothing writes to). The browser's
    // process is said to end while it loads, but its connection stays open, as when a process the browser
    // started holds it: the job must fail then, not wait out the print time (60 s).
    const root = tempDir();
    const page = (name: string, head: string) => {
      const file = path.join(root, `${name}.html`);
      fs.writeFileSync(file, `<!doctype html><html lang="en" data-ready="true"><title>t</title>${head}<p>${name}</p></html>`);
      return file;
    };
    execFileSync('mkfifo', [path.join(root, 'never.css')]);
    const job = (htmlFile: string): PrintJob => ({
      label: path.basename(htmlFile), htmlFile, pdfFile: `${htmlFile}.pdf`, page: 'a4', footer: '',
      meta: { title: 't', author: 'a', subject: 's', keywords: [], language: 'en', creator: 'c', date: new Date(0) },
    });
    // Within the test's own time, so that without the fix it fails on the time taken and still closes the browser.
    const savedTimeout = process.env['WORKSHOPKIT_PRINT_TIMEOUT'];
    process.env['WORKSHOPKIT_PRINT_TIMEOUT'] = '30';
    const started = startBrowser();
    let ended: () => void = () => undefined;
    const saidToEnd: StartedBrowser = { ...started, exited: new Promise<void>((resolve) => (ended = resolve)) };
    const begun = Date.now();
    try {
      const error = await printAll([job(page('first', '')), job(page('stuck', '<link rel="stylesheet" href="never.css">'))], {
        root, concurrency: 1, browser: saidToEnd, onProgress: () => void setTimeout(ended, 500),
      }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/^stuck\.html could not be printed: the browser closed while printing it/);
      expect(Date.now() - begun).toBeLessThan(20_000);
    } finally {
      await started.close();
      if (savedTimeout === undefined) delete process.env['WORKSHOPKIT_PRINT_TIMEOUT'];
      else process.env['WORKSHOPKIT_PRINT_TIMEOUT'] = savedTimeout;
    }
  }, 45_000);
});

describe('without a browser', () => {
  const saved = process.env['PUPPETEER_EXECUTABLE_PATH'];
  afterEach(() => {
    if (saved === undefined) delete process.env['PUPPETEER_EXECUTABLE_PATH'];
    else process.env['PUPPETEER_EXECUTABLE_PATH'] = saved;
  });

  it('fails the whole build with one clear paragraph, leaving the previous outputs exactly as they were', async () => {
    process.env['PUPPETEER_EXECUTABLE_PATH'] = '/nowhere/chrome';
    const target = tempDir();
    fs.mkdirSync(path.join(target, 'every-block/parents/deck'), { recursive: true });
    fs.writeFileSync(path.join(target, 'every-block/parents/deck/index.html'), 'the old deck');
    fs.writeFileSync(path.join(target, 'every-block/parents/handout.pdf'), 'the old handout');
    const before = hashTree(target);
    const result = await runCli(['build', '--modules-dir', GOOD, '--out', target]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('PUPPETEER_EXECUTABLE_PATH is set to "/nowhere/chrome"');
    expect(result.err).toContain('apt-get install -y chromium');
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(hashTree(target)).toEqual(before);
    expect(fs.readdirSync(target).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('builds the decks alone, which need no browser', async () => {
    process.env['PUPPETEER_EXECUTABLE_PATH'] = '/nowhere/chrome';
    const target = tempDir();
    const result = await runCli(['build', '--modules-dir', GOOD, '--out', target, '--format', 'deck']);
    expect(result.code, result.err).toBe(0);
    expect(Object.keys(hashTree(target))).toContain('every-block/parents/deck/index.html');
  });
});
