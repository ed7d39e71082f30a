import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN, LAYERS } from '../../src/layers.js';

const SRC = path.resolve('src');

/** The layer entry a file of src/ belongs to: its top folder, or its own name for files at the top. */
function entryOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

function layerOf(entry: string): number {
  return LAYERS.findIndex((layer) => layer.includes(entry));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports (static, dynamic and type-only) of a file, resolved to files in src/. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
}

/** What is wrong with a file's imports, one line each. */
function violations(file: string, text: string): string[] {
  const wrong: string[] = [];
  const from = entryOf(file);
  for (const target of importsOf(file, text)) {
    const to = entryOf(target);
    const where = `${path.relative(SRC, file)} imports ${path.relative(SRC, target)}`;
    if (layerOf(to) > layerOf(from)) wrong.push(`${where} (${to} is above ${from})`);
    const rule = FORBIDDEN.find((f) => f.from === from && f.to === to);
    if (rule) wrong.push(`${where}: ${rule.why}`);
  }
  return wrong;
}

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('places every folder and top-level file of src/ in a layer', () => {
    const entries = [...new Set(files.map(entryOf))];
    expect(entries.filter((e) => layerOf(e) < 0)).toEqual([]);
  });

  it('has no import that points up a layer, or across a forbidden line', () => {
    expect(files.flatMap((file) => violations(file, fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('sees upward imports of every kind, and allows downward ones', () => {
    const file = path.join(SRC, 'check', 'example.ts');
    expect(violations(file, "import { build } from '../pipeline/build.js';")).toHaveLength(1);
    expect(violations(file, "import type { Look } from '../render/templates.js';")).toHaveLength(1);
    expect(violations(file, "const cli = await import('../cli.js');")).toHaveLength(1);
    expect(violations(file, "import { tailorModule } from '../tailor/tailor.js';\nimport { x } from './rule.js';")).toEqual([]);
    expect(violations(path.join(SRC, 'render', 'x.ts'), "import { RULES } from '../check/registry.js';")).toHaveLength(1);
  });
});
