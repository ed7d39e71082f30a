// Start-up loads only what the command needs: `--version` and `--help` no more than the argument parser,
// `list` the module loader but never the browser driver or the PDF and PowerPoint writers. The modules a
// run loads are recorded (tests/support/record-imports.mjs), so this holds what is loaded, not a timing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { commandLine, compiledBin } from '../support/compiled-cli.js';
import { tempDir } from '../support/files.js';

/** Every module file a run of the command loads, as paths relative to the project. */
function loadedBy(args: string[]): string[] {
  const record = path.join(tempDir(), 'loaded.txt');
  const result = spawnSync(process.execPath, ['--import', path.join(ROOT, 'tests/support/record-imports.mjs'), ...commandLine(args)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, RECORD_IMPORTS: record },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  // The compiled code stands for src/: its files are named as the sources they were compiled from.
  const code = path.dirname(compiledBin());
  return fs.readFileSync(record, 'utf8').split('\n').filter((line) => line.includes(ROOT)).map((line) => line.replace(/^file:\/\//, ''))
    .map((file) => (file.startsWith(`${code}/`) ? path.join('src', path.relative(code, file)).replace(/\.js$/, '.ts') : path.relative(ROOT, file)));
}

/** The packages among the loaded files (node_modules/<name> or node_modules/@scope/<name>). */
const packagesIn = (files: string[]) => new Set(files.flatMap((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? []));

const HEAVY = ['puppeteer-core', '@puppeteer/browsers', 'handlebars', 'marked', 'zod', 'yaml', 'pptxgenjs', 'pdf-lib', '@resvg/resvg-js', 'libphonenumber-js', 'sanitize-html', 'qrcode', 'jszip'];

describe('what a command loads at start-up', () => {
  it.each([['--version'], ['--help']])('%s loads the argument parser and none of the work', (flag) => {
    const files = loadedBy([flag]);
    // The argument parser, and the one-file edit distance its "did you mean" for a language uses.
    const loaded = [...packagesIn(files)];
    expect(loaded).toContain('commander');
    expect(loaded.filter((name) => !['commander', 'fastest-levenshtein'].includes(name))).toEqual([]);
    expect(files.filter((file) => /^src\/(formats|render|print|pipeline|check\/rules|module)\//.test(file))).toEqual([]);
  });

  it('list reads modules but loads neither the browser driver nor the PDF or PowerPoint writers', () => {
    const packages = packagesIn(loadedBy(['list']));
    // What list does need is seen, so the record is not simply empty.
    expect(packages).toContain('zod');
    expect(packages).toContain('yaml');
    for (const name of ['puppeteer-core', '@puppeteer/browsers', 'pdf-lib', 'pptxgenjs', 'jszip', 'qrcode']) expect(packages, name).not.toContain(name);
  });

  it('a build that prints nothing (decks only) loads neither the browser driver nor the PDF writer', () => {
    const files = loadedBy(['build', '--modules-dir', path.join(ROOT, 'tests/fixtures/good'), '--format', 'deck', '--out', tempDir()]);
    const packages = packagesIn(files);
    // It did build: the templates' engine and the Markdown reader are seen.
    expect(packages).toContain('handlebars');
    expect(packages).toContain('marked');
    for (const name of ['puppeteer-core', '@puppeteer/browsers', 'pdf-lib']) expect(packages, name).not.toContain(name);
  });

  it('a build that prints drives the browser from the print worker: the main thread loads no driver or PDF writer', () => {
    const out = tempDir();
    const files = loadedBy(['build', '--modules-dir', path.join(ROOT, 'tests/fixtures/good'), '--audience', 'parents', '--format', 'handout', '--out', out]);
    expect(fs.existsSync(path.join(out, 'every-block/parents/handout.pdf'))).toBe(true);
    // The main thread started the browser and the worker (the record sees the main thread's loads only).
    expect(files).toContain('src/print/browser.ts');
    expect(files).toContain('src/pipeline/print.ts');
    for (const name of ['puppeteer-core', '@puppeteer/browsers', 'pdf-lib']) expect(packagesIn(files), name).not.toContain(name);
  });

  it('the build help names every format, so it loads their registry (and the record sees it)', () => {
    const files = loadedBy(['build', '--help']);
    expect(files).toContain('src/formats/registry.ts');
    expect(HEAVY.filter((name) => packagesIn(files).has(name))).toContain('marked');
  });
});
