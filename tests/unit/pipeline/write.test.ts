import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyModule, hashTree, tempDir } from '../../support/files.js';
import { GOOD, runCli } from '../../support/cli.js';
import { KEYS_FILE } from '../../../src/pipeline/output-keys.js';

// Decks only: printing is tested in tests/e2e/print.test.ts; these tests are about how files are written.
describe('writing the output', () => {
  it('gives the same bytes for the same input', async () => {
    const a = tempDir();
    const b = tempDir();
    for (const out of [a, b]) expect((await runCli(['build', '--modules-dir', GOOD, '--out', out, '--format', 'deck'])).code).toBe(0);
    const first = hashTree(a);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(hashTree(b)).toEqual(first);
  });

  it('leaves the last good output untouched when a build fails', async () => {
    const moduleDir = copyModule(path.join(GOOD, 'every-block'));
    const modulesDir = path.dirname(moduleDir);
    const out = tempDir();
    expect((await runCli(['build', '--modules-dir', modulesDir, '--out', out, '--format', 'deck'])).code).toBe(0);
    const before = hashTree(out);

    const file = path.join(moduleDir, 'sections/why.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Scammers are skilled.', 'Scammers are skilled. {{stat no-such-figure}}'));
    const failed = await runCli(['build', '--modules-dir', modulesDir, '--out', out, '--format', 'deck']);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('sections/why.md:6:');
    expect(hashTree(out)).toEqual(before);
    expect(fs.readdirSync(out).filter((name) => name.startsWith('.') && name !== KEYS_FILE)).toEqual([]);
  });

  it('replaces only the outputs it built: one audience leaves the others in place', async () => {
    const moduleDir = copyModule(path.join(GOOD, 'every-block'));
    const modulesDir = path.dirname(moduleDir);
    const out = tempDir();
    await runCli(['build', '--modules-dir', modulesDir, '--out', out, '--format', 'deck']);
    const parentsDeck = path.join(out, 'every-block/parents/deck/index.html');
    const webinarBefore = fs.readFileSync(path.join(out, 'every-block/webinar/deck/index.html'), 'utf8');

    const file = path.join(moduleDir, 'sections/why.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Scammers are skilled.', 'Scammers are very skilled.'));
    expect((await runCli(['build', '--modules-dir', modulesDir, '--out', out, '--audience', 'parents', '--format', 'deck'])).code).toBe(0);
    expect(fs.readFileSync(parentsDeck, 'utf8')).toContain('Scammers are very skilled.');
    expect(fs.readFileSync(path.join(out, 'every-block/webinar/deck/index.html'), 'utf8')).toBe(webinarBefore);
  });
});
