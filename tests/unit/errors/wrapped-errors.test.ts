// Library and machine errors wrapped into findings (or one line) that name the user's file: exit 1, no
// stack, and the previous out/ as it was. The templates are a copy in a temporary folder, so a test can
// break one without touching the project's own; the module and the command are the real ones.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TimeoutError } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEMPLATES_DIR } from '../../../src/project-root.js';
import { browserProblem } from '../../../src/errors/wrap.js';
import { EnvironmentError } from '../../../src/errors/finding.js';
import { GOOD, runCli } from '../../support/cli.js';

vi.mock('../../../src/project-root.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/project-root.js')>();
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'wk-templates-'));
  fs.cpSync(original.TEMPLATES_DIR, path.join(copy, 'templates'), { recursive: true });
  return { ...original, TEMPLATES_DIR: path.join(copy, 'templates') };
});

const MODULE = path.join(GOOD, 'every-block');
const TIPS = path.join(TEMPLATES_DIR, 'deck/blocks/tips.hbs');
const original = fs.readFileSync(TIPS, 'utf8');
let out: string;

const build = (...extra: string[]) => runCli(['build', MODULE, '--format', 'deck', '--audience', 'parents', '--out', out, ...extra]);
/** The outputs as they are on disk: every file's path and bytes. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name), 'base64')]));

function expectUserError(result: { code: number; out: string; err: string }, ...wanted: string[]): void {
  expect(result.code).toBe(1);
  for (const text of wanted) expect(result.err).toContain(text);
  expect(result.err).not.toMatch(/internal error|\n\s+at \S+ \(/);
}

describe('wrapped library and machine errors', () => {
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'wk-wrapped-out-'));
  });
  afterEach(() => {
    fs.writeFileSync(TIPS, original);
    vi.restoreAllMocks();
  });

  it('builds from the copied templates when nothing is broken', async () => {
    expect(TEMPLATES_DIR.startsWith(os.tmpdir())).toBe(true);
    expect((await build()).code).toBe(0);
  });

  it('reports {{#if}} left open in a block partial at the opening tag, exit 1, out/ as it was', async () => {
    expect((await build()).code).toBe(0);
    const before = snapshot(out);
    fs.writeFileSync(TIPS, `${original}\n{{#if intro}}\n<p>never closed</p>\n`);
    const result = await build();
    expectUserError(result, `templates/deck/blocks/tips.hbs:${original.split('\n').length + 1}:1  error  template/syntax  {{#if}} is never closed`, 'hint: Add {{/if}}');
    expect(snapshot(out)).toEqual(before);
  });

  it('reports a closing tag with no block open at its line', async () => {
    fs.writeFileSync(TIPS, `${original}{{/each}}\n`);
    expectUserError(await build(), `templates/deck/blocks/tips.hbs:${original.split('\n').length}:1  error  template/syntax  a closing tag {{/...}} with no block open`);
  });

  it('reports a partial that no file provides, at its line and column', async () => {
    fs.writeFileSync(TIPS, original.replace('{{> items}}', '{{> itemz}}'));
    expectUserError(await build(), 'templates/deck/blocks/tips.hbs:5:3  error  template/missing-partial  there is no partial "itemz"');
  });

  it('reports a helper that does not exist, before rendering, at the call, even in a branch this module never takes', async () => {
    fs.writeFileSync(TIPS, original.replace('{{mdi ../intro}}', '{{markdownInline ../intro}}'));
    expectUserError(await build(), 'templates/deck/blocks/tips.hbs:4:49  error  template/runtime  there is no helper "markdownInline"');
  });

  it('reports a helper that fails while rendering, naming the helper and the template', async () => {
    fs.writeFileSync(TIPS, `${original}{{#with}}{{/with}}\n`);
    expectUserError(await build(), `templates/deck/blocks/tips.hbs:${original.split('\n').length}:1  error  template/runtime  the helper "with" failed: #with requires exactly one argument`);
  });

  it('reports --out pointing at a file, naming it, exit 1', async () => {
    const file = path.join(out, 'not-a-folder.txt');
    fs.writeFileSync(file, 'a file');
    const result = await runCli(['build', MODULE, '--format', 'deck', '--audience', 'parents', '--out', file]);
    expectUserError(result, `cannot write the outputs to ${file}`, 'is a file, where a folder belongs');
    expect(fs.readFileSync(file, 'utf8')).toBe('a file');
  });

  it('reports a file where the module\'s output folder belongs, leaving it and the rest as they were', async () => {
    fs.writeFileSync(path.join(out, 'every-block'), 'in the way');
    const result = await build();
    expectUserError(result, `${path.join(out, 'every-block')}`, 'is a file, where a folder belongs');
    expect(fs.readdirSync(out)).toEqual(['every-block']);
  });

  it('reports a read-only output folder (EACCES), naming it', async () => {
    const mkdtempSync = fs.mkdtempSync;
    // Running as root, permissions cannot refuse a write: the refusal is the file system's, as it would be.
    vi.spyOn(fs, 'mkdtempSync').mockImplementation(((prefix: string, options?: unknown) => {
      if (prefix.startsWith(path.join(out, '.staging-'))) throw Object.assign(new Error(`EACCES: permission denied, mkdtemp '${prefix}XXXXXX'`), { code: 'EACCES', path: `${prefix}XXXXXX` });
      return mkdtempSync(prefix, options as never);
    }) as typeof fs.mkdtempSync);
    expectUserError(await build(), `cannot write to ${path.join(out, '.staging-XXXXXX')}: permission denied`, '--out');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('reports a full disk (ENOSPC) while staging, and leaves nothing behind', async () => {
    expect((await build()).code).toBe(0);
    const before = snapshot(out);
    const writeFileSync = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, data: unknown, options?: unknown) => {
      if (String(file).includes('.staging-')) throw Object.assign(new Error(`ENOSPC: no space left on device, open '${String(file)}'`), { code: 'ENOSPC', path: String(file) });
      return writeFileSync(file, data as never, options as never);
    }) as typeof fs.writeFileSync);
    // --force: the outputs are up to date, and would otherwise not be written at all.
    expectUserError(await build('--force'), 'the disk is full', `the previous outputs in ${out} are as they were`);
    vi.restoreAllMocks();
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(out).filter((e) => /^\.(staging|old)-/.test(e))).toEqual([]);
  });

  it('reports a browser that does not finish in time as the machine\'s problem, keeping the cause', () => {
    const timeout = new TimeoutError('Waiting for selector `html[data-ready="true"]` failed: 30000ms exceeded');
    const wrapped = browserProblem(timeout);
    expect(wrapped).toBeInstanceOf(EnvironmentError);
    expect((wrapped as Error).message).toContain('did not finish printing in time');
    expect((wrapped as Error).cause).toBe(timeout);
    const bug = new TypeError('x is undefined');
    expect(browserProblem(bug)).toBe(bug);
  });
});
