// The catalogue is the one place codes are spelt: no inline code in src/, no code used that it lacks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CODE } from '../../../src/errors/catalogue.js';
import { ROOT } from '../../support/cli.js';

const GROUPS = [...new Set(CATALOGUE.map((e) => e.id.split('/')[0]!))];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the error catalogue', () => {
  it('has each id once, in the group/name form, with a one-line doc and a README link', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of CATALOGUE) {
      expect(entry.id).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
      expect(entry.doc).toMatch(/^\S.*\.$/);
      expect(entry.doc).not.toContain('\n');
      expect(entry.docs).toMatch(/^README\.md#[a-z-]+$/);
      expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`\n## ${entry.docs.split('#')[1]!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}\n`);
    }
    expect(Object.values(CODE).sort()).toEqual([...ids].sort());
  });

  it('is the only place in src/ that spells a code: everything else uses CODE', () => {
    const inline = new RegExp(`['"\`](?:${GROUPS.join('|')})/[a-z0-9-]+['"\`]`, 'g');
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      if (file.endsWith(path.join('errors', 'catalogue.ts'))) continue;
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(import\b|export .* from|\/\/|\/?\*)/.test(line)) return; // comments may give examples
        for (const match of line.matchAll(inline)) offenders.push(`${path.relative(ROOT, file)}:${i + 1} ${match[0]}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('knows every CODE name used in src/', () => {
    const names = new Set(Object.keys(CODE));
    const used = sourceFiles(path.join(ROOT, 'src')).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/\bCODE\.(\w+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((name) => !names.has(name))).toEqual([]);
  });
});
