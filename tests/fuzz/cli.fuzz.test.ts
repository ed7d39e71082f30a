// Property-based fuzzing of the command line: the shipped modules and the fixtures, with one file broken in
// one to three ways (see mutations.ts), must give exit 0, 1 or 2, no stack trace, no "undefined" in a
// message, findings at places that exist in the named file, and a previous out/ left as it was when a
// build fails.
//
// `npm test` runs a fixed seed (reproducible); `npm run fuzz` runs FUZZ_RUNS cases with a random seed.
// fast-check prints the seed and path of a failing case; rerun it with FUZZ_SEED=<seed> FUZZ_PATH=<path>.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROKEN, GOOD, ROOT, runCli } from '../support/cli.js';
import { applyMutation, mutationArb, type Mutation } from './mutations.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? (process.env.FUZZ_RUNS ? Date.now() : 20261202) : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;
// A fixed build date, so a module's review date does not change the result from one day to the next.
const DATE = ['--date', '2026-12-01'];

interface Source {
  readonly id: string;
  readonly dir: string;
}

async function moduleFolders(parent: string): Promise<Source[]> {
  const entries = await fs.readdir(parent, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => ({ id: e.name, dir: path.join(parent, e.name) }));
}

/** The files a mutation may aim at: every YAML and Markdown file in the module that is a regular file. */
async function mutableFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ya?ml|md)$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Every file under a folder with a hash of its bytes, to compare an out/ before and after a build. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, full) + (e.isDirectory() ? '/' : ''), e.isFile() ? createHash('sha256').update(await fs.readFile(full)).digest('hex') : '');
  }
  return files;
}

const FINDING = /^(\S+?):(\d+):(\d+)\s+(error|warning|info)\b/;

/** What every run must hold to, whatever the input. */
async function expectWellBehaved(args: string[], result: { code: number; out: string; err: string }, cwd: string): Promise<void> {
  const printed = result.out + result.err;
  const context = `${args.join(' ')} → exit ${result.code}\n${printed}`;
  expect([0, 1, 2], context).toContain(result.code);
  expect(printed, context).not.toMatch(/^\s{4}at /m);
  expect(printed, context).not.toMatch(/internal error/i);
  expect(printed, context).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
  for (const line of printed.split('\n')) {
    const match = FINDING.exec(line);
    if (!match) continue;
    const [, file, lineText, columnText] = match as unknown as [string, string, string, string];
    const bytes = await fs.readFile(path.resolve(cwd, file)).catch(() => undefined);
    // A finding about a file that cannot be read (a dangling link, a folder) names it at 1:1.
    if (bytes === undefined) {
      expect(await fs.lstat(path.resolve(cwd, file)).catch(() => undefined), `${context}\nnamed file ${file} is not there`).toBeDefined();
      expect([lineText, columnText], `${context}\n${line}`).toEqual(['1', '1']);
      continue;
    }
    const lines = bytes!.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    const lineNumber = Number(lineText);
    const column = Number(columnText);
    expect(lineNumber, `${context}\n${line}: line out of range`).toBeGreaterThanOrEqual(1);
    expect(lineNumber, `${context}\n${line}: line out of range (${lines.length} lines)`).toBeLessThanOrEqual(lines.length);
    const lineLength = Math.max(lines[lineNumber - 1]!.length, Buffer.byteLength(lines[lineNumber - 1]!));
    expect(column, `${context}\n${line}: column out of range`).toBeGreaterThanOrEqual(1);
    expect(column, `${context}\n${line}: column out of range (line is ${lineLength} long)`).toBeLessThanOrEqual(lineLength + 1);
  }
}

interface FuzzCase {
  readonly source: Source;
  readonly fileIndex: number;
  readonly mutations: Mutation[];
  readonly realBuild: boolean;
}

let work: string;
let previousOut: string;
let previousSnapshot: Map<string, string>;

/** Copies the module, breaks one file, runs check and a dry-run build (and a real one for some cases). */
async function runCase(fuzzCase: FuzzCase): Promise<void> {
  const dir = await fs.mkdtemp(path.join(work, 'case-'));
  try {
    const moduleDir = path.join(dir, 'modules', fuzzCase.source.id);
    await fs.cp(fuzzCase.source.dir, moduleDir, { recursive: true });
    const files = await mutableFiles(moduleDir);
    const target = path.join(moduleDir, files[fuzzCase.fileIndex % files.length]!);
    let bytes: Buffer = await fs.readFile(target);
    for (const mutation of fuzzCase.mutations) bytes = applyMutation(bytes, mutation);
    await fs.writeFile(target, bytes);

    const base = ['--modules-dir', 'modules', ...DATE, fuzzCase.source.id];
    for (const args of [
      ['check', ...base],
      ['build', ...base, '--format', 'deck', '--dry-run', '--out', 'out'],
    ]) {
      await expectWellBehaved(args, await runCli(args, dir), dir);
    }
    if (!fuzzCase.realBuild) return;
    const out = path.join(dir, 'out');
    await fs.cp(previousOut, out, { recursive: true });
    const args = ['build', ...base, '--format', 'deck', '--out', 'out'];
    const result = await runCli(args, dir);
    await expectWellBehaved(args, result, dir);
    const leftovers = (await fs.readdir(dir, { recursive: true })).filter((name) => /(^|\/)\.(staging|old)-/.test(String(name)));
    expect(leftovers, `${args.join(' ')} left ${leftovers.join(', ')}`).toEqual([]);
    if (result.code !== 0) expect(await snapshot(out), `${args.join(' ')} failed and changed out/`).toEqual(previousSnapshot);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

let sources: Source[];

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'workshopkit-fuzz-'));
  sources = [
    ...(await moduleFolders(path.join(ROOT, 'modules'))),
    ...(await moduleFolders(GOOD)),
    ...(await moduleFolders(BROKEN)),
  ];
  // A good previous build in out/, which a failing build must leave byte for byte as it was.
  previousOut = path.join(work, 'previous-out');
  const built = await runCli(['build', '--modules-dir', GOOD, ...DATE, '--format', 'deck', '--out', previousOut]);
  expect(built.code, built.out + built.err).toBe(0);
  previousSnapshot = await snapshot(previousOut);
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

const fuzzCaseArb = (all: Source[]): fc.Arbitrary<FuzzCase> =>
  fc.record({
    source: fc.constantFrom(...all),
    fileIndex: fc.nat(1000),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
    // One case in eight also builds for real, into an out/ that holds a good previous build.
    realBuild: fc.nat(7).map((n) => n === 0),
  });

// Cases the fuzzer found, kept by name so they run whatever the seed.
describe('fuzz: regressions', () => {
  test('a figure without its "measure" is a missing key, not the value "undefined" (seed 1, path 33:5:1:…)', async () => {
    const broken = { id: 'implausible-figures', dir: path.join(BROKEN, 'implausible-figures') };
    await runCase({ source: broken, fileIndex: 2, mutations: [{ kind: 'delete-line', at: 49 }], realBuild: true });
    const dir = await fs.mkdtemp(path.join(work, 'regression-'));
    await fs.cp(broken.dir, path.join(dir, broken.id), { recursive: true });
    const stats = path.join(dir, broken.id, 'stats.yaml');
    await fs.writeFile(stats, (await fs.readFile(stats, 'utf8')).replace(/(id: half-report\n(?:.*\n)*?)\s+measure: reports\n/, '$1'));
    const result = await runCli(['check', '--modules-dir', dir, broken.id]);
    expect(result.out + result.err).toContain('figures[5] needs "measure"');
    expect(result.out + result.err).toContain('Add "measure:" with one of: reports,');
  });

  test('a block whose "type" is a mapping (through an alias) is named as a mapping, not "[object Object]" (seed 1796174012, path 1989:1:1:5:8:3:4:8:4:4)', async () => {
    const broken = { id: 'duplicate-block-id', dir: path.join(BROKEN, 'duplicate-block-id') };
    await runCase({ source: broken, fileIndex: 0, mutations: [{ kind: 'alias', anchorAt: 8974, aliasAt: 3172 }], realBuild: true });
    const dir = await fs.mkdtemp(path.join(work, 'regression-'));
    await fs.cp(broken.dir, path.join(dir, broken.id), { recursive: true });
    const moduleFile = path.join(dir, broken.id, 'module.yaml');
    await fs.writeFile(moduleFile, (await fs.readFile(moduleFile, 'utf8')).replace(/type: \w+/, 'type: { a: 1 }'));
    const result = await runCli(['check', '--modules-dir', dir, broken.id]);
    expect(result.out + result.err).toMatch(/"type" is a mapping \(key: value lines\), not a block type/);
  });

  test('a mapping where one of a few names belongs is named as a mapping, not "[object Object]" (seed 424242, path 183:9:12:15:12:12)', async () => {
    const broken = { id: 'unverified-stat', dir: path.join(BROKEN, 'unverified-stat') };
    await runCase({ source: broken, fileIndex: 185, mutations: [{ kind: 'junk-value', at: 4091, value: '{a: 1}' }], realBuild: true });
    const dir = await fs.mkdtemp(path.join(work, 'regression-'));
    await fs.cp(broken.dir, path.join(dir, broken.id), { recursive: true });
    const stats = path.join(dir, broken.id, 'stats.yaml');
    await fs.writeFile(stats, (await fs.readFile(stats, 'utf8')).replace(/status: \w+/, 'status: {a: 1}'));
    const result = await runCli(['check', '--modules-dir', dir, broken.id]);
    expect(result.out + result.err).toMatch(/status: expected one of .*, got a mapping/);
  });
});

describe('fuzz: broken modules', () => {
  test(`${RUNS} mutated modules give a finding or a build, never a crash`, { timeout: 0 }, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCaseArb(sources), runCase),
      { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}), verbose: 1 },
    );
  });
});
