import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findModuleDirs, loadModule } from '../../../src/module/load.js';
import { resolveInside } from '../../../src/source/paths.js';
import { BROKEN, GOOD } from '../../support/cli.js';
import { copyModule, tempDir } from '../../support/files.js';

describe('load', () => {
  it('reads module.yaml, stats.yaml, resources.yaml and the Markdown files blocks name', () => {
    const loaded = loadModule(path.join(GOOD, 'every-block'));
    expect(loaded.folderName).toBe('every-block');
    expect(loaded.stats && loaded.resources).toBeTruthy();
    expect([...loaded.sections.keys()]).toEqual(['sections/why.md']);
    expect(loaded.findings).toEqual([]);
  });

  it('keeps positions: a YAML path maps to its line and column', () => {
    const loaded = loadModule(path.join(GOOD, 'every-block'));
    expect(loaded.module.positionOf(loaded.module.offsetAt(['blocks', 0, 'type']))).toEqual({ line: 26, col: 11 });
  });

  it('never resolves a path outside the module folder, including through a symbolic link', () => {
    const moduleDir = copyModule(path.join(GOOD, 'every-block'));
    const secret = path.join(tempDir(), 'secret.md');
    fs.writeFileSync(secret, '## Secret');
    fs.symlinkSync(secret, path.join(moduleDir, 'sections/link.md'));
    expect(resolveInside(moduleDir, 'sections/why.md')).toBe(path.join(fs.realpathSync(moduleDir), 'sections/why.md'));
    expect(resolveInside(moduleDir, '../every-block/module.yaml')).toBe(path.join(fs.realpathSync(moduleDir), 'module.yaml'));
    expect(resolveInside(moduleDir, '../../etc/passwd')).toBeUndefined();
    expect(resolveInside(moduleDir, '/etc/passwd')).toBeUndefined();
    expect(resolveInside(moduleDir, 'sections/link.md')).toBeUndefined();
  });

  it('reports a file outside the folder at the line that names it, and does not read it', () => {
    const loaded = loadModule(path.join(BROKEN, 'outside-folder'));
    expect(loaded.sections.size).toBe(0);
    expect(loaded.findings.map((f) => [f.rule, f.line])).toEqual([['module/outside-folder', 9]]);
  });

  it('finds the module folders in a modules directory', () => {
    expect(findModuleDirs(BROKEN).map((d) => path.basename(d))).toContain('unknown-key');
    expect(findModuleDirs(path.join(tempDir(), 'none'))).toEqual([]);
  });
});
