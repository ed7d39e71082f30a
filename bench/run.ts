// npm run bench: how fast workshopkit is, side by side with Marp CLI in one run, on the real module.
// Everything is timed through the command line, as a user runs it, with the peak memory of the whole
// process tree (the browser included). One table at the end; (d) the preview server follows it.
//
//   start-up          `workshopkit --version` against a bare `node -e 0`
//   check             `workshopkit check` on 10 copies of each shipped module, per module and per audience
//   batch             20 decks of the shipped module (copies of every audience) to slides PDF, against
//                     Marp CLI's batch mode (-I) on the same slides as Markdown; with 5 and 10 decks for memory
//   one cold deck     one audience's slides PDF from a cold start, against Marp on that one deck
//   no-op rebuild     a second build of 3 modules with nothing changed (goal: at most 15% of the first, and
//                     no file rewritten)
//   one-module change one of the 3 modules changed: only its outputs may be rewritten
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import TurndownService from 'turndown';
import { parseDocument, type Scalar, type YAMLSeq } from 'yaml';
import { findBrowser } from '../src/print/browser.js';
import { benchSaveToReload } from './serve.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/bin.js');
const MARP = path.join(ROOT, 'node_modules/.bin/marp');
const SHIPPED = path.join(ROOT, 'modules');
const chrome = findBrowser();
const env = { CHROME_PATH: chrome, PUPPETEER_EXECUTABLE_PATH: chrome };
const temp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `workshopkit-bench-${name}-`));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Run {
  ms: number;
  peakMb: number;
  stdout: string;
}

/** Runs a command and samples the resident memory of it and all its children every 50 ms. */
async function measure(command: string, args: string[]): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peak = 0;
  const sample = () => {
    const kb = descendants(child.pid!).reduce((sum, pid) => {
      try {
        return sum + Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        return sum; // the process has ended
      }
    }, 0);
    peak = Math.max(peak, kb);
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr}`);
  return { ms: performance.now() - started, peakMb: peak / 1024, stdout };
}

function descendants(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      const children = fs.readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, 'utf8').trim();
      if (children) all.push(...children.split(/\s+/).map(Number));
    } catch {
      // the process has ended
    }
  }
  return all;
}

const workshopkit = (...args: string[]) => measure(process.execPath, [CLI, ...args]);

/**
 * A modules folder holding `copies` copies of each given module, each with an id of its own. With
 * `slidesForAll`, every audience of every copy gets the slides PDF too: as shipped, only the webinar and
 * professionals do, and Marp is given every audience's deck.
 */
function copiesOf(modules: string[], copies: number, slidesForAll = false): string {
  const dir = path.join(temp('modules'), 'modules');
  for (const id of modules) {
    for (let n = 1; n <= copies; n++) {
      const target = path.join(dir, `${id}-${n}`);
      fs.cpSync(path.join(SHIPPED, id), target, { recursive: true });
      const file = path.join(target, 'module.yaml');
      const doc = parseDocument(fs.readFileSync(file, 'utf8'));
      doc.set('id', `${id}-${n}`);
      if (slidesForAll) {
        for (const audience of Object.keys(doc.toJS().audiences as Record<string, unknown>)) {
          const formats = doc.getIn(['audiences', audience, 'formats']) as YAMLSeq<Scalar<string>>;
          if (!formats.items.some((item) => item.value === 'slides-pdf')) formats.add(doc.createNode('slides-pdf'));
        }
      }
      fs.writeFileSync(file, doc.toString());
    }
  }
  return dir;
}

/** The slides PDFs under an out/ folder, and their pages: what was printed, to hold it to Marp's work. */
async function slidePdfsUnder(out: string): Promise<{ files: number; pages: number }> {
  const pdfs = [...filesUnder(out).keys()].filter((file) => path.basename(file) === 'slides.pdf');
  let pages = 0;
  for (const file of pdfs) pages += (await PDFDocument.load(fs.readFileSync(path.join(out, file)), { updateMetadata: false })).getPageCount();
  return { files: pdfs.length, pages };
}

const shippedIds = () => fs.readdirSync(SHIPPED).filter((id) => fs.existsSync(path.join(SHIPPED, id, 'module.yaml'))).sort();

/** The deck's slides as Marp Markdown: the same text, headings and lists on the same number of slides. */
function deckAsMarp(deckHtml: string): string {
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
  const slides = [...deckHtml.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => {
    const notes = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(match[1]!)?.[1] ?? '';
    const body = turndown.turndown(match[1]!.replace(/<aside class="notes">[\s\S]*?<\/aside>/, ''));
    const spoken = turndown.turndown(notes).replace(/--/g, '—');
    return spoken ? `${body}\n\n<!--\n${spoken}\n-->` : body;
  });
  return ['---\nmarp: true\npaginate: true\n---', ...slides].join('\n\n---\n\n');
}

function filesUnder(dir: string): Map<string, bigint> {
  const found = new Map<string, bigint>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.set(path.relative(dir, full), fs.statSync(full, { bigint: true }).mtimeNs);
    }
  };
  walk(dir);
  return found;
}

const rewritten = (before: Map<string, bigint>, after: Map<string, bigint>) => [...after].filter(([file, t]) => before.get(file) !== t).map(([file]) => file);

const rows: string[][] = [['measure', 'workshopkit', 'yardstick', 'ratio', 'goal']];
const row = (measure: string, ours: string, yardstick: string, ratio: number | undefined, goal: string) =>
  rows.push([measure, ours, yardstick, ratio === undefined ? '' : ratio.toFixed(2), goal]);

async function benchStartUp(): Promise<void> {
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 10; i++) {
    ours.push((await workshopkit('--version')).ms);
    bare.push((await measure(process.execPath, ['-e', '0'])).ms);
  }
  row('start-up, --version (median of 10)', seconds(median(ours)), `node -e 0: ${seconds(median(bare))}`, median(ours) / median(bare), '≤ 3');
}

async function benchCheck(): Promise<void> {
  for (const id of shippedIds()) {
    const dir = copiesOf([id], 10);
    const audiences = (fs.readFileSync(path.join(SHIPPED, id, 'module.yaml'), 'utf8').match(/^audiences:\n((?: {2}.+\n)+)/m)?.[1] ?? '').split('\n').filter((line) => /^ {2}[\w-]+:/.test(line)).length;
    const run = await workshopkit('check', '--modules-dir', dir);
    row(`check, 10 copies of ${id}`, `${seconds(run.ms / 10)} a module`, `${audiences} audiences`, undefined, `${((run.ms / 10 / Math.max(1, audiences))).toFixed(0)} ms a module and audience (≤ 50)`);
  }
}

async function benchBatch(): Promise<void> {
  const id = 'sextortion';
  const audiences = 5;
  const marpDir = temp('marp-in');
  // The Marp decks are the shipped module's own slides, taken from a deck build.
  const decks = temp('decks');
  await workshopkit('build', id, '--modules-dir', SHIPPED, '--format', 'deck', '--out', decks);
  let slides = 0;
  for (const audience of fs.readdirSync(path.join(decks, id))) {
    const html = fs.readFileSync(path.join(decks, id, audience, 'deck/index.html'), 'utf8');
    const markdown = deckAsMarp(html);
    slides += markdown.split('\n\n---\n\n').length - 1;
    for (let n = 1; n <= 4; n++) fs.writeFileSync(path.join(marpDir, `${audience}-${n}.md`), markdown);
  }
  const peak: string[] = [];
  let batch: Run | undefined;
  for (const copies of [1, 2, 4]) {
    const dir = copiesOf([id], copies, true);
    const out = temp('batch');
    const run = await workshopkit('build', '--modules-dir', dir, '--format', 'slides-pdf', '--out', out);
    // The same work as Marp's: a PDF for every deck, a page for every slide (a slide too long for one page
    // is split, so there may be a few more pages, never fewer).
    const printed = await slidePdfsUnder(out);
    if (printed.files !== copies * audiences || printed.pages < slides * copies) {
      throw new Error(`the batch printed ${printed.files} slides PDFs with ${printed.pages} pages, not ${copies * audiences} with ${slides * copies}`);
    }
    peak.push(`${copies * audiences}: ${run.peakMb.toFixed(0)} MB`);
    batch = run;
  }
  const marp = await measure(MARP, ['--no-stdin', '--allow-local-files', '-I', marpDir, '--pdf', '-o', temp('marp-out'), '--browser', 'chrome', '--browser-path', chrome]);
  row(`slides PDF, 20 decks of ${id} (${slides * 4} slides)`, seconds(batch!.ms), `Marp -I: ${seconds(marp.ms)}`, batch!.ms / marp.ms, '≤ 0.4');
  row('peak memory, 5 / 10 / 20 decks', peak.join(', '), `Marp, 20: ${marp.peakMb.toFixed(0)} MB`, batch!.peakMb / marp.peakMb, '≤ 1');

  // One deck is quick, so one run says little: the median of 5 of each, taken in turn.
  const ours: number[] = [];
  const theirs: number[] = [];
  const oneModule = copiesOf([id], 1, true);
  for (let i = 0; i < 5; i++) {
    const oneOut = temp('one');
    ours.push((await workshopkit('build', '--modules-dir', oneModule, '--audience', 'parents', '--format', 'slides-pdf', '--out', oneOut)).ms);
    if ((await slidePdfsUnder(oneOut)).files !== 1) throw new Error('the cold deck printed no slides PDF');
    theirs.push((await measure(MARP, ['--no-stdin', '--allow-local-files', path.join(marpDir, 'parents-1.md'), '--pdf', '-o', path.join(temp('marp-one'), 'one.pdf'), '--browser', 'chrome', '--browser-path', chrome])).ms);
  }
  row(`one cold deck (${id}, parents; median of 5)`, seconds(median(ours)), `Marp: ${seconds(median(theirs))}`, median(ours) / median(theirs), '≤ 0.8');
}

async function benchRebuilds(): Promise<void> {
  const dir = copiesOf(['sextortion'], 3);
  const out = temp('rebuild');
  const full = await workshopkit('build', '--modules-dir', dir, '--out', out);
  const before = filesUnder(out);
  const noop = await workshopkit('build', '--modules-dir', dir, '--out', out);
  const touched = rewritten(before, filesUnder(out)).filter((file) => !file.startsWith('.'));
  row('no-op rebuild, 3 modules', `${seconds(noop.ms)}, ${touched.length} files rewritten`, `full build: ${seconds(full.ms)}`, noop.ms / full.ms, '≤ 0.15, 0 files');

  const changed = path.join(dir, 'sextortion-2');
  const section = fs.readdirSync(path.join(changed, 'sections')).sort()[0]!;
  fs.appendFileSync(path.join(changed, 'sections', section), '\n');
  const beforeChange = filesUnder(out);
  const one = await workshopkit('build', '--modules-dir', dir, '--out', out);
  const files = rewritten(beforeChange, filesUnder(out)).filter((file) => !file.startsWith('.'));
  const outside = files.filter((file) => !file.startsWith(`sextortion-2${path.sep}`));
  row('one of 3 modules changed', `${seconds(one.ms)}, ${files.length} files rewritten, ${outside.length} outside it`, `full build: ${seconds(full.ms)}`, one.ms / full.ms, 'only its outputs');
}

function table(cells: string[][]): string {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  return cells.map((r) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`).join('\n');
}

console.log(`workshopkit benchmark on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}, Marp CLI ${execFileSync(MARP, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0]}`);
// Other work on the machine slows every number: the load average is printed before and after, to read them by.
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
console.log(`load average at the start: ${load()}`);
// `npm run bench -- batch check` runs only those parts; with no names, all of them.
const PARTS = { 'start-up': benchStartUp, check: benchCheck, batch: benchBatch, rebuilds: benchRebuilds } as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => name !== 'serve' && !(name in PARTS));
if (unknown.length) throw new Error(`no bench part called ${unknown.join(', ')}: choose from ${[...Object.keys(PARTS), 'serve'].join(', ')}`);
for (const [name, part] of Object.entries(PARTS)) if (!asked.length || asked.includes(name)) await part();
console.log(`\n${table(rows)}`);
console.log(`load average at the end of the table: ${load()}`);
if (!asked.length || asked.includes('serve')) await benchSaveToReload();
