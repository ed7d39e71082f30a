// Runs once before the test files: names the folder where this tree's shared builds are kept (see
// shared-builds.ts), keyed by the build's inputs, and removes the builds of trees that are gone; and
// compiles the command once for the tests that run it as its own process (compiled-cli.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { buildInputsKey } from './build-inputs.js';
import { treeFingerprint } from './files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The start of the name of a run's temporary folder. */
const RUN_TEMP = 'workshopkit-run-';
const CACHE = path.join(ROOT, 'node_modules/.cache/workshopkit-tests');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared builds. */
    sharedBuildsDir: string;
    /** The folder of src/ compiled to JavaScript, file for file. */
    compiledCodeDir: string;
  }
}

/** The shared builds that differ from what they held when made: a test wrote into one, which none may. */
export function changedSharedBuilds(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.json') && fs.existsSync(path.join(dir, name.slice(0, -'.json'.length))))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((build) => treeFingerprint(path.join(dir, build)) !== fs.readFileSync(path.join(dir, `${build}.json`), 'utf8'));
}

/**
 * src/ compiled file for file (no bundling: each file keeps its place, so the code finds the project's
 * templates and data as it does from src/ or dist/), into a folder made whole before it is named.
 */
async function compiledCode(dir: string): Promise<string> {
  const code = path.join(dir, 'code');
  if (fs.existsSync(path.join(code, 'bin.js'))) return code;
  const into = fs.mkdtempSync(`${code}.making-`);
  await build({
    entryPoints: [path.join(ROOT, 'src/**/*.ts')],
    outdir: into,
    outbase: path.join(ROOT, 'src'),
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  try {
    fs.renameSync(into, code);
  } catch (error) {
    fs.rmSync(into, { recursive: true, force: true });
    if (!fs.existsSync(code)) throw error; // another run made it first otherwise
  }
  return code;
}

export default async function setup(project: TestProject): Promise<() => void> {
  const key = buildInputsKey(ROOT);
  fs.mkdirSync(CACHE, { recursive: true });
  for (const entry of fs.readdirSync(CACHE)) {
    if (entry !== key) fs.rmSync(path.join(CACHE, entry), { recursive: true, force: true });
  }
  const dir = path.join(CACHE, key);
  project.provide('sharedBuildsDir', dir);
  fs.mkdirSync(dir, { recursive: true });
  project.provide('compiledCodeDir', await compiledCode(dir));
  // Every temporary folder of the run (the tests', the builds they start, the browsers' profiles) is made in
  // one folder of its own, removed when the run ends: runs leave nothing behind in the system's, and two runs
  // at once never share one. The test workers, started after this, inherit it.
  // Each project of the run comes here: the second finds the first's folder already in place.
  const runTemp = path.basename(os.tmpdir()).startsWith(RUN_TEMP) ? os.tmpdir() : fs.mkdtempSync(path.join(os.tmpdir(), RUN_TEMP));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = runTemp;
  return () => {
    fs.rmSync(runTemp, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    const changed = changedSharedBuilds(dir);
    if (changed.length) {
      for (const build of changed) fs.rmSync(path.join(dir, build), { recursive: true, force: true });
      throw new Error(`a test changed these shared builds, which tests may only read: ${changed.join(', ')}`);
    }
  };
}
