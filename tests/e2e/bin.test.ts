// The real command, as a user runs it: the entry point that starts the browser early must never leave it
// running, whether the build prints, fails before printing, or prints nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, GOOD, ROOT } from '../support/cli.js';
import { commandLine } from '../support/compiled-cli.js';
import { tempDir } from '../support/files.js';

const run = (args: string[]) =>
  spawnSync(process.execPath, commandLine(args), { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });

describe('the workshopkit command', () => {
  it('prints with the browser it started early, and exits', () => {
    const out = tempDir();
    const result = run(['build', '--modules-dir', GOOD, '--out', out, '--audience', 'parents']);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, 'every-block/parents/handout.pdf'))).toBe(true);
  });

  it('exits with 1 when the module is broken, instead of waiting on the unused browser', () => {
    const result = run(['build', path.join(BROKEN, 'unknown-key'), '--out', tempDir()]);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('schema/unknown-key');
  });

  it('exits with 2 for a usage mistake after starting the browser', () => {
    const result = run(['build', '--modules-dir', GOOD, '--audience', 'parnets']);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
  });
});
