// A build goes module by module: one is rendered and printing while the next is checked. A later module's
// mistake must still stop the whole build, with every problem reported and out/ left as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, GOOD, runCli } from '../support/cli.js';
import { hashTree, tempDir } from '../support/files.js';

function modulesWith(...sources: [name: string, from: string][]): string {
  const dir = path.join(tempDir(), 'modules');
  for (const [name, from] of sources) {
    fs.cpSync(from, path.join(dir, name), { recursive: true });
    const yaml = path.join(dir, name, 'module.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace(/^id: .*$/m, `id: ${name}`));
  }
  return dir;
}

describe('a build of several modules', () => {
  it('fails whole when a later module has a mistake, after the first was rendered and sent to print: every problem said, out/ as it was', async () => {
    const modulesDir = modulesWith(['a-good', path.join(GOOD, 'every-block')], ['b-broken', path.join(BROKEN, 'unknown-key')], ['c-broken', path.join(BROKEN, 'unknown-block-type')]);
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'handout.pdf'), 'from the last good build');
    const before = hashTree(out);
    const result = await runCli(['build', '--modules-dir', modulesDir, '--out', out, '--audience', 'parents,webinar', '--format', 'handout,slides-pdf']);
    expect(result.code, result.err).toBe(1);
    // Both broken modules are reported, though the build stopped rendering at the first.
    expect(result.err).toContain('b-broken/module.yaml');
    expect(result.err).toContain('c-broken/module.yaml');
    expect(hashTree(out)).toEqual(before);
    expect(fs.readdirSync(out)).toEqual(['handout.pdf']);
  });

  it('prints every module when all are sound, and says how many PDFs there were once all are known', async () => {
    const modulesDir = modulesWith(['a-first', path.join(GOOD, 'every-block')], ['b-second', path.join(GOOD, 'every-block')]);
    const out = tempDir();
    const result = await runCli(['build', '--modules-dir', modulesDir, '--out', out, '--format', 'handout']);
    expect(result.code, result.err).toBe(0);
    expect(fs.existsSync(path.join(out, 'a-first/parents/handout.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'b-second/parents/handout.pdf'))).toBe(true);
    const printed = result.err.split('\n').filter((line) => line.startsWith('printed '));
    expect(printed).toHaveLength(2);
    // The last line counts them all: nothing is left to check by then.
    expect(printed.at(-1)).toMatch(/\(2 of 2, [\d.]+ s\)$/);
  });
});
