import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'yaml';
import { checkModules } from '../../../src/pipeline/modules.js';
import { build } from '../../../src/pipeline/build.js';
import { EnvironmentError } from '../../../src/errors/finding.js';
import { allFormats } from '../../../src/formats/registry.js';
import { checkModuleId, createModule, scaffoldFiles } from '../../../src/scaffold/new-module.js';
import { DEFAULT_AUDIENCES } from '../../../src/scaffold/starter-content.js';
import { AUDIENCE_IDS } from '../../../src/schema/audience-profiles.js';
import { runCli } from '../../support/cli.js';
import { tempDir } from '../../support/files.js';

const TODAY = new Date().toISOString().slice(0, 10);

async function scaffold(id: string, audiences?: string) {
  const modulesDir = path.join(tempDir(), 'modules');
  const result = await runCli(['new', id, '--modules-dir', modulesDir, ...(audiences ? ['--audiences', audiences] : [])]);
  return { ...result, modulesDir, dir: path.join(modulesDir, id) };
}

describe('workshopkit new', () => {
  it('writes every file, each YAML file pointing editors at its schema, with comments and no placeholder text', async () => {
    const { code, out, dir } = await scaffold('online-safety');
    expect(code).toBe(0);
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(ya?ml|md)$/.test(f)).sort();
    expect(files).toEqual(['module.yaml', 'resources.yaml', 'sections/if-it-goes-wrong-pupils.md', 'sections/if-it-goes-wrong.md', 'sections/spotting-a-scam.md', 'sections/talking-with-children.md', 'stats.yaml']);
    for (const file of files) expect(out).toContain(path.join('online-safety', file));
    const firstLine = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n')[0];
    expect(firstLine('module.yaml')).toBe('# yaml-language-server: $schema=../../schemas/module.schema.json');
    expect(firstLine('stats.yaml')).toBe('# yaml-language-server: $schema=../../schemas/stats.schema.json');
    expect(firstLine('resources.yaml')).toBe('# yaml-language-server: $schema=../../schemas/resources.schema.json');
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      expect(text.split('\n').filter((l) => /^\s*#/.test(l)).length, `${file} teaches the format in comments`).toBeGreaterThanOrEqual(2);
      expect(text, file).not.toMatch(/lorem|ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|placeholder|xxx/i);
    }
    // The schema the first line points at is there, relative to the module.
    expect(fs.existsSync(path.resolve(dir, '../../schemas/module.schema.json')) || fs.existsSync(path.join(import.meta.dirname, '../../../schemas/module.schema.json'))).toBe(true);
    const yaml = fs.readFileSync(path.join(dir, 'module.yaml'), 'utf8');
    expect(yaml).toContain('id: online-safety');
    expect(yaml).toContain(`reviewed: ${TODAY}`);
  });

  const cases: [string | undefined][] = [...AUDIENCE_IDS.map((a): [string] => [a]), ['parents,pupils-11-13'], ['professionals,webinar'], [undefined]];
  it.each(cases)('passes the check at once, with no errors or warnings (audiences: %s)', async (audiences) => {
    const { code, dir, modulesDir } = await scaffold('starter', audiences);
    expect(code).toBe(0);
    const result = checkModules([dir]);
    expect(result.findings.map((f) => `${f.file}:${f.line}  ${f.rule}  ${f.message}`)).toEqual([]);
    const check = await runCli(['check', '--modules-dir', modulesDir]);
    expect(check.code, check.out + check.err).toBe(0);
    // It builds: every audience it has, every format, ending with where to get help.
    const built = await build({ modules: [], modulesDir, outDir: tempDir(), theme: 'default', dryRun: true });
    const wanted = audiences?.split(',') ?? DEFAULT_AUDIENCES;
    expect(built.models.map((m) => m.audience.id).sort()).toEqual([...wanted].sort());
    for (const model of built.models) expect(model.blocks.at(-1)!.type, model.audience.id).toBe('signposting');
  });

  it('refuses to overwrite a module that is there, and leaves it as it was', async () => {
    const { modulesDir, dir } = await scaffold('online-safety');
    fs.writeFileSync(path.join(dir, 'module.yaml'), 'id: online-safety\n# my own work\n');
    const again = await runCli(['new', 'online-safety', '--modules-dir', modulesDir]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already exists');
    expect(again.err).toContain('never overwrites');
    expect(fs.readFileSync(path.join(dir, 'module.yaml'), 'utf8')).toBe('id: online-safety\n# my own work\n');
    expect(fs.readdirSync(modulesDir)).toEqual(['online-safety']);
  });

  it('rejects ids that are not safe folder names, with a hint and no stack trace', async () => {
    for (const id of ['../escape', 'My Module', 'a/b', '.hidden', 'double--hyphen', 'trailing-', 'con', 'x'.repeat(65), 'ÿes']) {
      const modulesDir = path.join(tempDir(), 'modules');
      const result = await runCli(['new', id, '--modules-dir', modulesDir]);
      expect(result.code, id).toBe(2);
      expect(result.err, id).toMatch(/hint|\n {2}\S/);
      expect(result.err, id).toContain('lower-case letters, digits and single hyphens');
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(modulesDir), id).toBe(false);
    }
    expect(() => checkModuleId('My Module')).toThrow('"My Module" is not a safe folder name for a module');
    expect((await runCli(['new', 'My Module', '--modules-dir', tempDir()])).err).toContain('For example "my-module".');
  });

  it('rejects an unknown audience with a suggestion', async () => {
    const result = await runCli(['new', 'starter', '--audiences', 'parents,pupils-14-16', '--modules-dir', path.join(tempDir(), 'modules')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('there is no audience "pupils-14-16"');
    expect(result.err).toContain('Did you mean "pupils-14-18"?');
  });

  it('writes module.yaml as a YAML document: each block\'s comment above it, items only for the audiences chosen', () => {
    const text = scaffoldFiles('starter', ['parents', 'pupils-11-13'], '2026-01-01')[0]!.contents;
    expect(text.split('\n').slice(0, 5)).toEqual([
      '# yaml-language-server: $schema=../../schemas/module.schema.json',
      '# A workshopkit module: the metadata, the audiences, and the blocks in the order they are taught.',
      '# The line above lets editors with a YAML language server complete and check this file.',
      '# docs/module-format.md describes every key; `workshopkit check` and `workshopkit serve` check it as you go.',
      'id: starter # the folder name',
    ]);
    expect(text).toContain('\n\n  # A quiz shows the statements first, then a slide with the answers and why.\n  - type: activity\n    kind: quiz\n    audiences: [pupils-11-13]\n');
    expect(text).toContain('    formats: [deck, handout]\n');
    // The comment over the audiences lists the formats there are, from the registry.
    const formatsLine = text.split('\n').find((line) => line.startsWith('# formats: '))!;
    for (const format of allFormats()) expect(formatsLine).toContain(`${format.id} (${format.label})`);
    // An agenda item for parents and the webinar is kept for parents, without naming the webinar; staff's is gone.
    expect(text).toContain('      - text: How to talk about it with children\n        audiences: [parents]\n');
    expect(text).not.toContain('What staff should do');
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect((doc.toJS() as { blocks: { type: string }[] }).blocks.at(-1)!.type).toBe('signposting');
  });

  it('writes only the section files the chosen audiences use', () => {
    const files = scaffoldFiles('starter', ['pupils-11-13'], '2026-01-01').map((f) => f.path);
    expect(files).toEqual(['module.yaml', 'stats.yaml', 'resources.yaml', 'sections/spotting-a-scam.md', 'sections/if-it-goes-wrong-pupils.md']);
  });

  describe('where it cannot write', () => {
    afterEach(() => vi.restoreAllMocks());
    const fsError = (code: string, file: string) => Object.assign(new Error(`${code}: operation failed, '${file}'`), { code, path: file });
    const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |internal error/);

    it('says which file stands where a folder should be, exit 1, and writes nothing', async () => {
      const root = tempDir();
      const file = path.join(root, 'notes.txt');
      fs.writeFileSync(file, 'mine\n');
      for (const modulesDir of [file, path.join(file, 'modules')]) {
        const result = await runCli(['new', 'starter', '--modules-dir', modulesDir]);
        expect(result.code, modulesDir).toBe(1);
        expect(result.err).toContain(`${file} is a file, not a folder`);
        expect(result.err).toContain('--modules-dir');
        noStack(result.err);
      }
      expect(fs.readdirSync(root)).toEqual(['notes.txt']);
      expect(fs.readFileSync(file, 'utf8')).toBe('mine\n');
    });

    it('says a folder is not writable (EACCES, EPERM, EROFS) or the disk is full, exit 1, and leaves no half-written module', async () => {
      // Root can write anywhere, so the refusals are the file system's errors, made to order.
      for (const [code, words] of [['EACCES', 'permission denied'], ['EPERM', 'permission denied'], ['EROFS', 'the disk is read-only'], ['ENOSPC', 'the disk is full']]) {
        const modulesDir = path.join(tempDir(), 'modules');
        fs.mkdirSync(modulesDir);
        const write = vi.spyOn(fs, 'writeFileSync').mockImplementation((target) => {
          throw fsError(code!, String(target));
        });
        const result = await runCli(['new', 'starter', '--modules-dir', modulesDir]);
        write.mockRestore();
        expect(result.code, code).toBe(1);
        expect(result.err, code).toContain(words);
        expect(result.err).toContain(modulesDir);
        noStack(result.err);
        expect(fs.readdirSync(modulesDir), code).toEqual([]);
      }
      const elsewhere = path.join(tempDir(), 'modules');
      const mkdtemp = vi.spyOn(fs, 'mkdtempSync').mockImplementation((prefix) => {
        throw fsError('EACCES', String(prefix));
      });
      expect(() => createModule(elsewhere, 'starter')).toThrow(EnvironmentError);
      mkdtemp.mockRestore();
    });

    it('passes on an error that is not the user\'s to fix', () => {
      vi.spyOn(fs, 'renameSync').mockImplementation(() => {
        throw fsError('EIO', 'x');
      });
      const modulesDir = path.join(tempDir(), 'modules');
      expect(() => createModule(modulesDir, 'starter')).toThrow(/EIO/);
      expect(fs.readdirSync(modulesDir)).toEqual([]);
    });
  });
});
