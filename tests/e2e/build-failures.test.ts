// A build that cannot finish, run as the real command: a browser that will not start, Ctrl-C or SIGTERM while
// it starts or prints, Chromium killed mid-print, a page that takes too long. Each must leave the previous
// out/ exactly as it was, nothing in the temporary folder, no process behind, and one clear message.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GOOD, ROOT } from '../support/cli.js';
import { commandLine } from '../support/compiled-cli.js';
import { copyModule, hashTree, tempDir } from '../support/files.js';
import { commandOf, descendants, isAlive } from '../support/processes.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Run {
  child: ChildProcess;
  out: string;
  /** The temporary folder the command (and the browser it starts) is given. */
  tmp: string;
  before: Record<string, string>;
  output: () => string;
  finished: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A previous build's out/, standing in as files whose every byte must survive. */
function previousOut(): string {
  const out = tempDir();
  fs.mkdirSync(path.join(out, 'every-block/parents/deck'), { recursive: true });
  fs.writeFileSync(path.join(out, 'every-block/parents/deck/index.html'), 'the deck from the last good build');
  fs.writeFileSync(path.join(out, 'every-block/parents/handout.pdf'), 'the handout from the last good build');
  fs.writeFileSync(path.join(out, 'every-block/webinar-notes.pdf'), 'another file');
  return out;
}

function startBuild(args: string[] = [], env: NodeJS.ProcessEnv = {}, modulesDir = GOOD): Run {
  const out = previousOut();
  const tmp = tempDir('workshopkit-tmp-');
  const before = hashTree(out);
  const child = spawn(process.execPath, commandLine(['build', '--modules-dir', modulesDir, '--out', out, ...args]), {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: tmp, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const finished = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, out, tmp, before, output: () => output, finished };
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const browsersOf = (run: Run) => descendants(run.child.pid!).filter((pid) => /chrom/i.test(commandOf(pid)));
const stagedPdf = (run: Run) =>
  fs.readdirSync(run.out).filter((name) => name.startsWith('.staging-')).some((staging) => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (entry.name.endsWith('.pdf')) found.push(entry.name);
      }
    };
    try {
      walk(path.join(run.out, staging));
    } catch {
      return false; // removed meanwhile
    }
    return found.length > 0;
  });

/** What every failed build must leave: out/ byte for byte, no hidden folder in it, an empty temporary folder. */
function expectNothingChanged(run: Run): void {
  expect(hashTree(run.out)).toEqual(run.before);
  expect(fs.readdirSync(run.out).filter((name) => name.startsWith('.'))).toEqual([]);
  expect(fs.readdirSync(run.tmp)).toEqual([]);
}

function fakeBrowser(): string {
  const file = path.join(tempDir(), 'chrome');
  fs.writeFileSync(file, '#!/bin/sh\necho "this browser cannot start" >&2\nexit 1\n', { mode: 0o755 });
  return file;
}

describe('a build whose PDFs cannot be printed fails whole', () => {
  it('when the browser exits at once: exit 1, one paragraph, out/ as it was', async () => {
    const run = startBuild([], { PUPPETEER_EXECUTABLE_PATH: fakeBrowser() });
    expect(await run.finished).toEqual({ code: 1, signal: null });
    expect(run.output()).toMatch(/^workshopkit: The browser at \S+ could not be started, so PDFs cannot be printed: .*this browser cannot start.*--format deck\.\n$/);
    expectNothingChanged(run);
  });

  it('when PUPPETEER_EXECUTABLE_PATH names no file: exit 1, how to install one, out/ as it was', async () => {
    const run = startBuild([], { PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' });
    expect(await run.finished).toEqual({ code: 1, signal: null });
    expect(run.output()).toMatch(/^workshopkit: PUPPETEER_EXECUTABLE_PATH is set to "\/nowhere\/chrome", but there is no file there\. No Chrome or Chromium was found.*apt-get install -y chromium.*\n$/);
    expectNothingChanged(run);
  });

  it('but the decks alone need no browser', async () => {
    const run = startBuild(['--format', 'deck'], { PUPPETEER_EXECUTABLE_PATH: fakeBrowser() });
    expect((await run.finished).code, run.output()).toBe(0);
    expect(fs.readFileSync(path.join(run.out, 'every-block/parents/deck/index.html'), 'utf8')).toContain('<!doctype html>');
    expect(fs.readFileSync(path.join(run.out, 'every-block/parents/handout.pdf'), 'utf8')).toBe('the handout from the last good build');
  });

  it('when Chromium is killed mid-print: exit 1, the output named, no stack trace, out/ as it was', async () => {
    const run = startBuild();
    await waitUntil(() => stagedPdf(run), `a first PDF to be printed\n${run.output()}`);
    const browsers = browsersOf(run);
    expect(browsers.length).toBeGreaterThan(0);
    for (const pid of browsers) process.kill(pid, 'SIGKILL');
    expect((await run.finished).code, run.output()).toBe(1);
    expect(run.output()).toMatch(/workshopkit: every-block\/[a-z0-9-]+\/[a-z-]+\.pdf could not be printed: the browser closed while printing it/);
    expect(run.output()).not.toMatch(/\n\s+at /);
    expectNothingChanged(run);
  });

  it('when a page takes longer than allowed: exit 1, the output named, how to allow more time', async () => {
    const run = startBuild(['--audience', 'parents'], { WORKSHOPKIT_PRINT_TIMEOUT: '0.01' });
    expect((await run.finished).code, run.output()).toBe(1);
    expect(run.output()).toMatch(/workshopkit: every-block\/parents\/handout\.pdf could not be printed: the browser took longer than 0\.01 s.*WORKSHOPKIT_PRINT_TIMEOUT=<seconds>/);
    expect(run.output()).not.toMatch(/\n\s+at /);
    expectNothingChanged(run);
  });
});

describe('a build stopped by a signal', () => {
  it('SIGTERM while the browser starts: exit 143, one line, the browser and its profile gone, out/ as it was', async () => {
    const run = startBuild();
    let browsers: number[] = [];
    await waitUntil(() => (browsers = browsersOf(run)).length > 0, `the browser to start\n${run.output()}`);
    run.child.kill('SIGTERM');
    expect(await run.finished).toEqual({ code: 143, signal: null });
    expect(run.output()).toBe('workshopkit: stopped by SIGTERM; the build was not finished and nothing half-made was left in the output folder.\n');
    await waitUntil(() => !browsers.some(isAlive), 'the browser to end', 5_000);
    expectNothingChanged(run);
  });

  it('Ctrl-C (SIGINT) while printing: exit 130, one line, the staging folder and the browser gone, out/ as it was', async () => {
    const run = startBuild();
    await waitUntil(() => stagedPdf(run), `a first PDF to be printed\n${run.output()}`);
    const browsers = browsersOf(run);
    run.child.kill('SIGINT');
    expect(await run.finished).toEqual({ code: 130, signal: null });
    expect(run.output().trim().split('\n').at(-1)).toBe('workshopkit: stopped by Ctrl-C (SIGINT); the build was not finished and nothing half-made was left in the output folder.');
    expect(run.output()).not.toMatch(/\n\s+at /);
    await waitUntil(() => !browsers.some(isAlive), 'the browser to end', 5_000);
    expectNothingChanged(run);
  });
});

describe('a build the content rules stop', () => {
  it('says nothing of PDFs printed while the rules read the module: exit 1, the problem at its line, out/ as it was', async () => {
    // An address with http: is an error of the content rules, which run while the module's PDFs print.
    const module = copyModule(path.join(GOOD, 'every-block'));
    const section = path.join(module, 'sections', 'why.md');
    fs.appendFileSync(section, '\nMore at [the site](http://example.org/insecure).\n');
    const run = startBuild(['--audience', 'parents'], {}, path.dirname(module));
    expect((await run.finished).code, run.output()).toBe(1);
    expect(run.output()).toMatch(/why\.md:\d+:\d+ +error +links\/format/);
    expect(run.output()).not.toMatch(/printed|built/);
    expectNothingChanged(run);
  });
});

