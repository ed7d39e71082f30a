// npm run bench: how fast printing is, side by side in one run.
//   (a) every PDF of the shipped modules in one build, time per document;
//   (b) the floor: Chromium's own --print-to-pdf of the same HTML, one browser start per document;
//   (c) 20 generated 40-slide modules to slides-pdf, against Marp CLI's batch mode on the same 20 decks,
//       and one cold deck each; with peak memory of the whole process tree at 5, 10 and 20 documents;
//   (d) `workshopkit serve`: the time from saving a Markdown section to its deck showing it (bench/serve.ts).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadAndValidate, resolveModuleDirs, type BuildConfig } from '../src/pipeline/build.js';
import { findBrowser, LAUNCH_ARGS } from '../src/print/browser.js';
import { benchSaveToReload } from './serve.js';
import { formatOf } from '../src/formats/registry.js';
import { tailorModule } from '../src/tailor/tailor.js';
import { loadFormatTemplates } from '../src/render/templates.js';
import { plainLook } from '../src/theme/load-theme.js';
import { stageOutputs } from '../src/pipeline/write.js';
import { TEMPLATES_DIR } from '../src/project-root.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/bin.js');
const MARP = path.join(ROOT, 'node_modules/.bin/marp');
const chrome = findBrowser();
const temp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `workshopkit-bench-${name}-`));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs a command and samples the resident memory of it and all its children every 50 ms. */
async function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; peakMb: number }> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peak = 0;
  const sample = () => {
    const pids = descendants(child.pid!);
    const kb = pids.reduce((sum, pid) => {
      try {
        const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return sum + Number(match?.[1] ?? 0);
      } catch {
        return sum;
      }
    }, 0);
    peak = Math.max(peak, kb);
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr}`);
  return { ms: performance.now() - started, peakMb: peak / 1024 };
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

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ')).join('\n');
}

async function benchShippedModules(): Promise<void> {
  console.log('\n(a) every PDF of the shipped modules, one build, one browser');
  const out = temp('a');
  const times: string[][] = [['document', 'seconds']];
  const config: BuildConfig = {
    modules: [], modulesDir: path.join(ROOT, 'modules'), outDir: out, theme: 'default', dryRun: false,
    formats: ['handout', 'lesson-plan', 'notes', 'slides-pdf'],
    onProgress: ({ job, seconds: s }) => times.push([job.label, s.toFixed(2)]),
  };
  const started = performance.now();
  const result = await build(config);
  const total = performance.now() - started;
  console.log(table(times));
  console.log(`${result.planned.length} PDFs in ${seconds(total)} for the whole build (load to write), ${seconds(total / result.planned.length)} a document`);

  console.log('\n(b) the floor: chromium --headless --print-to-pdf, started once per document');
  const staged = await stagePrintHtml(config);
  const floor: string[][] = [['document', 'seconds']];
  let floorTotal = 0;
  for (const html of staged) {
    const pdf = path.join(path.dirname(html), 'floor.pdf');
    const profile = temp('profile');
    const started2 = performance.now();
    execFileSync(chrome, [...LAUNCH_ARGS, `--user-data-dir=${profile}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore' });
    const ms = performance.now() - started2;
    floorTotal += ms;
    floor.push([path.relative(path.dirname(path.dirname(path.dirname(path.dirname(html)))), path.dirname(path.dirname(html))) + `/${path.basename(path.dirname(html))}`, (ms / 1000).toFixed(2)]);
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(table(floor));
  console.log(`${staged.length} PDFs in ${seconds(floorTotal)}, ${seconds(floorTotal / staged.length)} a document`);
}

/** Renders the print HTML of a build into a folder, as the print stage sees it. */
async function stagePrintHtml(config: BuildConfig): Promise<string[]> {
  const { modules } = loadAndValidate(resolveModuleDirs([], config.modulesDir));
  const outputs = [];
  const htmlFiles: string[] = [];
  const dir = temp('b');
  for (const m of modules) {
    for (const [audience, entry] of Object.entries(m.source.audiences)) {
      const tailored = tailorModule(m, audience);
      const files = [];
      for (const format of entry.formats.map(formatOf).filter((f) => f.page !== undefined)) {
        const rendered = await format.render(tailored, loadFormatTemplates(TEMPLATES_DIR, format.id, format.blocksFrom), { theme: 'default', generator: 'bench', look: plainLook('default') });
        htmlFiles.push(path.join(m.id, audience, rendered.print!.html));
        files.push(...rendered.files);
      }
      outputs.push({ module: m.id, audience, files });
    }
  }
  const staging = stageOutputs(dir, outputs);
  return htmlFiles.map((f) => path.join(staging, f));
}

/** A module of 40 slides (a title, 38 content slides and where to get help), all of it generated text. */
function writeGeneratedModule(modulesDir: string, n: number): string {
  const id = `bench-${String(n).padStart(2, '0')}`;
  const dir = path.join(modulesDir, id);
  fs.mkdirSync(path.join(dir, 'sections'), { recursive: true });
  const slides = Array.from({ length: 38 }, (_, i) => `## Point ${i + 1} of module ${n}\n\n- Keep messages as evidence.\n- Tell a trusted adult.\n- Report it to the platform.\n\nNote:\nSay why point ${i + 1} matters.`);
  fs.writeFileSync(path.join(dir, 'sections/body.md'), slides.join('\n\n---\n\n'));
  fs.writeFileSync(path.join(dir, 'resources.yaml'), 'resources:\n  - id: childline\n    name: Childline\n    what: Free, confidential support.\n    who: Anyone under 19\n    region: UK\n    url: https://www.childline.org.uk/\n    phone: 0800 1111\n');
  fs.writeFileSync(path.join(dir, 'module.yaml'), `id: ${id}\ntitle: Benchmark module ${n}\nlocale: en-GB\nreviewed: 2026-10-01\naudiences:\n  parents: { duration: 40, formats: [slides-pdf] }\nblocks:\n  - type: title\n    minutes: 1\n  - type: markdown\n    file: sections/body.md\n    minutes: 38\n  - type: signposting\n    minutes: 1\n    resources: [childline]\n`);
  // The same 40 slides as a Marp deck.
  const marp = ['---\nmarp: true\n---', `# Benchmark module ${n}`, ...slides.map((s) => s.replace(/\n\nNote:\n(.*)$/s, '\n\n<!-- $1 -->')), '## Where to get help\n\n- Childline: 0800 1111, childline.org.uk'];
  return marp.join('\n\n---\n\n');
}

async function benchBatch(): Promise<void> {
  console.log('\n(c) 20 generated 40-slide modules to slides-pdf, against Marp CLI batch mode');
  const modulesDir = path.join(temp('c'), 'modules');
  const marpDir = temp('marp-in');
  for (let n = 1; n <= 20; n++) fs.writeFileSync(path.join(marpDir, `bench-${String(n).padStart(2, '0')}.md`), writeGeneratedModule(modulesDir, n));
  const env = { CHROME_PATH: chrome, PUPPETEER_EXECUTABLE_PATH: chrome };
  const rows: string[][] = [['run', 'total', 'per deck', 'peak memory']];

  for (const count of [5, 10, 20]) {
    const subset = fs.readdirSync(modulesDir).sort().slice(0, count).map((id) => path.join(modulesDir, id));
    const ours = await measure(process.execPath, [CLI, 'build', ...subset, '--modules-dir', modulesDir, '--out', temp('ours'), '--format', 'slides-pdf'], env);
    rows.push([`workshopkit, ${count} decks`, seconds(ours.ms), seconds(ours.ms / count), `${ours.peakMb.toFixed(0)} MB`]);
  }
  const marpBatchIn = marpDir;
  const marp = await measure(MARP, ['--no-stdin', '--allow-local-files', '-I', marpBatchIn, '--pdf', '-o', temp('marp-out'), '--browser', 'chrome', '--browser-path', chrome], env);
  rows.push(['Marp CLI batch, 20 decks', seconds(marp.ms), seconds(marp.ms / 20), `${marp.peakMb.toFixed(0)} MB`]);

  const oneModule = path.join(modulesDir, 'bench-01');
  const oursOne = await measure(process.execPath, [CLI, 'build', oneModule, '--modules-dir', modulesDir, '--out', temp('one'), '--format', 'slides-pdf'], env);
  rows.push(['workshopkit, one cold deck', seconds(oursOne.ms), seconds(oursOne.ms), `${oursOne.peakMb.toFixed(0)} MB`]);
  const marpOne = await measure(MARP, ['--no-stdin', '--allow-local-files', path.join(marpDir, 'bench-01.md'), '--pdf', '-o', path.join(temp('marp-one'), 'one.pdf'), '--browser', 'chrome', '--browser-path', chrome], env);
  rows.push(['Marp CLI, one deck', seconds(marpOne.ms), seconds(marpOne.ms), `${marpOne.peakMb.toFixed(0)} MB`]);
  console.log(table(rows));
}

console.log(`workshopkit benchmark on ${os.cpus().length} cores, Node ${process.version}, ${execFileSync(chrome, ['--version'], { encoding: 'utf8' }).trim()}`);
await benchShippedModules();
await benchBatch();
await benchSaveToReload();
