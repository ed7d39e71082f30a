// Incremental builds: an output is rebuilt only when something it is built from has changed.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEYS_FILE } from '../../src/pipeline/output-keys.js';
import { GOOD, runCli } from '../support/cli.js';
import { tempDir } from '../support/files.js';

/** Every file under a folder with its modification time and inode: a file written again changes both. */
function stamps(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== KEYS_FILE) {
        const stat = fs.statSync(full, { bigint: true });
        result.set(path.relative(dir, full), `${stat.mtimeNs}:${stat.ino}`);
      }
    }
  };
  walk(dir);
  return result;
}

const changedFiles = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file);

// Three modules, so that a change to one can be seen to leave the other two alone. Decks only: the keys
// are the same for every format, and decks need no browser.
const modulesDir = path.join(tempDir(), 'modules');
const out = tempDir();
const deckBuild = (...extra: string[]) => runCli(['build', '--modules-dir', modulesDir, '--out', out, '--format', 'deck', ...extra]);

beforeAll(async () => {
  for (const id of ['alpha', 'beta', 'gamma']) {
    const dir = path.join(modulesDir, id);
    fs.cpSync(path.join(GOOD, 'every-block'), dir, { recursive: true });
    const yaml = path.join(dir, 'module.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace(/^id: every-block$/m, `id: ${id}`));
  }
  const first = await deckBuild();
  expect(first.code, first.err).toBe(0);
});

describe('incremental builds', () => {
  it('writes nothing when nothing has changed, and says each output is up to date', async () => {
    const before = stamps(out);
    const again = await deckBuild();
    expect(again.code, again.err).toBe(0);
    expect(changedFiles(before, stamps(out))).toEqual([]);
    const lines = again.out.trim().split('\n');
    const outputs = lines.filter((line) => line.endsWith('deck/index.html'));
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    expect(outputs.every((line) => line.startsWith('up to date '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^0 outputs written, \d+ up to date$/);
    expect(fs.readdirSync(out).filter((name) => name.startsWith('.') && name !== KEYS_FILE)).toEqual([]);
  });

  it('rebuilds only the outputs of the module that changed', async () => {
    const before = stamps(out);
    const section = path.join(modulesDir, 'beta', 'sections/why.md');
    fs.writeFileSync(section, fs.readFileSync(section, 'utf8').replace('Scammers are skilled.', 'Scammers are very skilled.'));
    const result = await deckBuild();
    expect(result.code, result.err).toBe(0);
    const changed = changedFiles(before, stamps(out));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((file) => file.startsWith(`beta${path.sep}`))).toBe(true);
    expect(result.out).toMatch(/^built .*beta.*deck\/index\.html$/m);
    expect(result.out).not.toMatch(/^built .*(alpha|gamma)/m);
    expect(fs.readFileSync(path.join(out, 'beta/parents/deck/index.html'), 'utf8')).toContain('Scammers are very skilled.');
  });

  it('rebuilds an output that was deleted, and only that one', async () => {
    fs.rmSync(path.join(out, 'gamma/parents/deck'), { recursive: true });
    const before = stamps(out);
    const result = await deckBuild();
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/^built .*gamma.parents.deck.index\.html$/m);
    expect(changedFiles(before, stamps(out)).every((file) => file.startsWith(path.join('gamma', 'parents')))).toBe(true);
  });

  it('rebuilds everything for another option (a theme) and for --force', async () => {
    const before = stamps(out);
    const themed = await deckBuild('--theme', 'high-contrast');
    expect(themed.code, themed.err).toBe(0);
    expect(themed.out).not.toMatch(/^up to date/m);
    const afterTheme = stamps(out);
    expect(changedFiles(before, afterTheme).some((file) => file.startsWith(`alpha${path.sep}`))).toBe(true);

    const forced = await deckBuild('--theme', 'high-contrast', '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).not.toMatch(/^up to date/m);
    const rewritten = changedFiles(afterTheme, stamps(out));
    expect(rewritten.filter((file) => file.endsWith('index.html')).length).toBe([...afterTheme.keys()].filter((file) => file.endsWith('index.html')).length);
  });

  it('builds everything again when the record is deleted or damaged', async () => {
    fs.writeFileSync(path.join(out, KEYS_FILE), '{ not json');
    const result = await deckBuild('--theme', 'high-contrast');
    expect(result.code, result.err).toBe(0);
    expect(result.out).not.toMatch(/^up to date/m);
    const again = await deckBuild('--theme', 'high-contrast');
    expect(again.out).not.toMatch(/^built/m);
  });
});

describe('an up-to-date PDF', () => {
  it('needs no browser to stay up to date', async () => {
    const pdfOut = tempDir();
    const handout = (...extra: string[]) => runCli(['build', '--modules-dir', GOOD, '--out', pdfOut, '--audience', 'parents', '--format', 'handout', ...extra]);
    const first = await handout();
    expect(first.code, first.err).toBe(0);
    const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
    process.env.PUPPETEER_EXECUTABLE_PATH = path.join(pdfOut, 'no-such-browser');
    try {
      const again = await handout();
      expect(again.code, again.err).toBe(0);
      expect(again.out).toMatch(/^up to date .*handout\.pdf$/m);
      // With --force the PDF has to be printed, and this browser does not exist.
      expect((await handout('--force')).code).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
    }
  });
});

describe('a module whose outputs are all up to date', () => {
  // every-block's review and two of its figures are stale by 2028: three warnings, the same at every build.
  const modules = path.join(tempDir(), 'modules');
  const moduleDir = path.join(modules, 'every-block');
  const dated = tempDir();
  const build = (date: string) => runCli(['build', '--modules-dir', modules, '--out', dated, '--format', 'deck', '--date', date]);
  const warnings = (err: string) => err.split('\n').filter((line) => / {2}warning {2}/.test(line));

  beforeAll(() => {
    fs.cpSync(path.join(GOOD, 'every-block'), moduleDir, { recursive: true });
  });

  it('is not read again: the warnings of its last check are said again, from the record', async () => {
    const first = await build('2028-01-01');
    expect(first.code, first.err).toBe(0);
    expect(warnings(first.err)).toHaveLength(3);
    const again = await build('2028-01-01');
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/^0 outputs written, \d+ up to date$/m);
    expect(again.err).toBe(first.err);

    // What the record says is what is said: the module was not checked again.
    const record = JSON.parse(fs.readFileSync(path.join(dated, KEYS_FILE), 'utf8')) as { checks: Record<string, { findings: { message: string }[] }> };
    record.checks[moduleDir]!.findings[0]!.message = 'said from the record';
    fs.writeFileSync(path.join(dated, KEYS_FILE), JSON.stringify(record));
    expect((await build('2028-01-01')).err).toContain('said from the record');
  });

  it('is checked again on another day, and when one of its files changes, with nothing rewritten for the date', async () => {
    const nextDay = await build('2028-01-02');
    expect(nextDay.code, nextDay.err).toBe(0);
    expect(nextDay.err).not.toContain('said from the record');
    expect(warnings(nextDay.err)).toHaveLength(3);
    expect(nextDay.out).toMatch(/^0 outputs written, \d+ up to date$/m);

    const record = JSON.parse(fs.readFileSync(path.join(dated, KEYS_FILE), 'utf8')) as { checks: Record<string, { findings: { message: string }[] }> };
    record.checks[moduleDir]!.findings[0]!.message = 'said from the record';
    fs.writeFileSync(path.join(dated, KEYS_FILE), JSON.stringify(record));
    const section = path.join(moduleDir, 'sections/why.md');
    fs.appendFileSync(section, '\nScammers change their stories often.\n');
    const changed = await build('2028-01-02');
    expect(changed.code, changed.err).toBe(0);
    expect(changed.err).not.toContain('said from the record');
    expect(warnings(changed.err)).toHaveLength(3);
    expect(changed.out).toMatch(/^built /m);
  });
});
