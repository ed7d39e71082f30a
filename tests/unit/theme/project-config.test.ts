// workshopkit.config.yaml: a flag beats the config file, which beats the default.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLook } from '../../../src/config/project-config.js';
import { ContentError } from '../../../src/errors/finding.js';
import { tempDir } from '../../support/files.js';

function project(config?: string): string {
  const dir = tempDir();
  if (config !== undefined) fs.writeFileSync(path.join(dir, 'workshopkit.config.yaml'), config);
  fs.mkdirSync(path.join(dir, 'branding'));
  fs.writeFileSync(path.join(dir, 'branding/brand.yaml'), 'name: Example\n');
  fs.writeFileSync(path.join(dir, 'other.yaml'), 'name: Other\n');
  return dir;
}

const findingsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error.findings;
    throw error;
  }
  throw new Error('expected a ContentError');
};

describe('the project config file', () => {
  it('falls back to the default theme and no brand', () => {
    expect(chooseLook({}, project())).toEqual({ theme: 'default' });
  });

  it('names a theme and a brand (relative to the config file), and a flag beats it', () => {
    const dir = project('theme: dyslexia-friendly\nbrand: branding/brand.yaml\n');
    expect(chooseLook({}, dir)).toEqual({ theme: 'dyslexia-friendly', brand: path.join(dir, 'branding/brand.yaml') });
    expect(chooseLook({ theme: 'print-mono', brand: 'other.yaml' }, dir)).toEqual({ theme: 'print-mono', brand: path.join(dir, 'other.yaml') });
  });

  it('refuses an unknown key with "did you mean", at its line and column', () => {
    const dir = project('theme: default\nbrnad: branding/brand.yaml\n');
    const [finding] = findingsOf(() => chooseLook({}, dir));
    expect(finding).toMatchObject({ file: 'workshopkit.config.yaml', line: 2, col: 1, rule: 'schema/unknown-key', message: 'unknown key "brnad" in the file' });
    expect(finding!.hint).toContain('Did you mean "brand"?');
  });

  it('refuses a theme or brand file that does not exist, unless a flag replaces it', () => {
    const dir = project('theme: hihg-contrast\nbrand: missing.yaml\n');
    const findings = findingsOf(() => chooseLook({}, dir));
    expect(findings.map((f) => [f.line, f.col, f.message, f.hint])).toEqual([
      [1, 8, 'there is no theme "hihg-contrast"', 'Did you mean "high-contrast"?'],
      [2, 8, 'there is no brand file "missing.yaml"', expect.stringContaining('relative to workshopkit.config.yaml')],
    ]);
    expect(chooseLook({ theme: 'default', brand: 'other.yaml' }, dir)).toEqual({ theme: 'default', brand: path.join(dir, 'other.yaml') });
  });
});
