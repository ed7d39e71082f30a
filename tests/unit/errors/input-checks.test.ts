// Input that is checked: each broken fixture breaks one thing, reported at its exact file, line and column.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModule } from '../../../src/module/load.js';
import { validateModule } from '../../../src/module/validate.js';
import { formatFinding } from '../../../src/errors/report.js';
import { SIZE_LIMITS } from '../../../src/errors/read-text.js';
import { BROKEN, FIXTURES, ROOT, runCli } from '../../support/cli.js';

const check = (dir: string) => validateModule(loadModule(dir)).findings.map((f) => formatFinding({ ...f, file: path.relative(ROOT, path.resolve(ROOT, f.file)) }));
const at = (name: string, file: string) => `tests/fixtures/broken/${name}/${file}`;

/** A copy of a fixture in a temporary folder, to break in ways git cannot hold. */
function copyOf(fixture: string): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wk-input-')), path.basename(fixture));
  fs.cpSync(fixture, dir, { recursive: true });
  return dir;
}

describe('input that is checked', () => {
  afterEach(() => vi.restoreAllMocks());

  const cases: [string, string[]][] = [
    ['duplicate-resource', [`${at('duplicate-resource', 'resources.yaml')}:10:9  error  resources/duplicate-id  "childline" is already defined at resources.yaml:2`]],
    ['duplicate-figure', [`${at('duplicate-figure', 'stats.yaml')}:13:9  error  stats/duplicate-id  "ncmec-2023" is already defined at stats.yaml:2`]],
    ['duplicate-block-id', [`${at('duplicate-block-id', 'module.yaml')}:12:9  error  module/duplicate-id  "first-tips" is already defined at module.yaml:9`]],
    ['duplicate-audience', [`${at('duplicate-audience', 'module.yaml')}:7:3  error  yaml/duplicate-key  "parents" is already defined at line 6`]],
    ['alias-bomb', [`${at('alias-bomb', 'module.yaml')}:14:8  error  yaml/aliases  this file's aliases (*name) expand past 100 copies`]],
    ['stats-folder', [`${at('stats-folder', 'stats.yaml')}:1:1  error  file/not-a-file  ${at('stats-folder', 'stats.yaml')} is a folder, where a file belongs`]],
    ['stats-outside', [`${at('stats-outside', 'stats.yaml')}:1:1  error  module/outside-folder  stats.yaml links to a file outside the module's folder`]],
    ['stats-dangling-link', [`${at('stats-dangling-link', 'stats.yaml')}:1:1  error  file/unreadable  ${at('stats-dangling-link', 'stats.yaml')} is not there: it is a link to a file that does not exist, or it was removed while being read`]],
    ['wrong-type', [`${at('wrong-type', 'stats.yaml')}:3:12  error  schema/wrong-type  figures[1].value: expected a number, got text`]],
    ['not-utf8', [`${at('not-utf8', 'sections/why.md')}:5:10  error  file/encoding  this line has bytes that are not UTF-8 text`]],
    ['implausible-figures', [
      `${at('implausible-figures', 'stats.yaml')}:14:12  error  stats/implausible  the figure "negative": a count of -5 is below zero`,
      `${at('implausible-figures', 'stats.yaml')}:25:12  error  stats/implausible  the figure "huge": 1e+308 is too large to be a real figure`,
      `${at('implausible-figures', 'stats.yaml')}:36:12  error  stats/implausible  the figure "over-share": a percentage of 250 is not between 0 and 100`,
      `${at('implausible-figures', 'stats.yaml')}:48:12  error  stats/implausible  the figure "half-report": a count of 2.5 is not a whole number`,
    ]],
  ];
  for (const [name, expected] of cases) {
    it(`reports ${name} at its file, line and column, once`, () => {
      expect(check(path.join(BROKEN, name)).map((m) => m.split('\n')[0])).toEqual(expected);
    });
  }

  it('says which kind a value is, and which it should be, instead of calling it missing', () => {
    const [message] = check(path.join(BROKEN, 'wrong-type'));
    expect(message).not.toContain('missing');
    expect(message).toContain('hint: Write the number without quotes or words');
  });

  it('accepts byte-order marks and CRLF line endings everywhere, and keeps front matter out of the slides', () => {
    const dir = path.join(FIXTURES, 'encoding/bom-crlf');
    expect(fs.readFileSync(path.join(dir, 'sections/why.md')).subarray(0, 5)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x2d, 0x2d]));
    expect(fs.readFileSync(path.join(dir, 'module.yaml'), 'latin1')).toContain('\r\n');
    const result = validateModule(loadModule(dir));
    expect(result.findings).toEqual([]);
    const section = result.module!.sections.get('sections/why.md')!;
    expect(section.frontMatter).toEqual({ title: 'Why it happens' });
    expect(section.slides.map((s) => s.markdown.split('\n')[0])).toEqual(['# Why it happens', '# It is never the child\'s fault']);
    expect(section.slides[1]!.notes).toBe('Say this slowly.');
  });

  it('refuses a file larger than it reads, before reading it', () => {
    const dir = copyOf(path.join(BROKEN, 'duplicate-figure'));
    fs.appendFileSync(path.join(dir, 'stats.yaml'), `# ${'x'.repeat(SIZE_LIMITS.yaml)}\n`);
    expect(check(dir)[0]).toMatch(/stats\.yaml:1:1 {2}error {2}file\/too-large {2}\S+stats\.yaml is 1\.0 MB; workshopkit reads YAML files up to 1 MB/);
  });

  it('reports an unreadable file by name, exit 1, no stack', async () => {
    const dir = copyOf(path.join(BROKEN, 'duplicate-figure'));
    const resources = path.join(dir, 'resources.yaml');
    // Running as root, chmod cannot make a file unreadable: the refusal is the file system's, as it would be.
    const readFileSync = fs.readFileSync;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
      if (file === resources) throw Object.assign(new Error(`EACCES: permission denied, open '${resources}'`), { code: 'EACCES' });
      return readFileSync(file, options as never);
    }) as typeof fs.readFileSync);
    const result = await runCli(['check', dir]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${resources}:1:1  error  file/unreadable  ${resources} cannot be read: permission denied`);
    expect(result.out + result.err).not.toMatch(/internal error|\n\s+at /);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file its user may not read (chmod 000)', () => {
    const dir = copyOf(path.join(BROKEN, 'duplicate-figure'));
    fs.chmodSync(path.join(dir, 'resources.yaml'), 0o000);
    expect(check(dir)[0]).toContain('error  file/unreadable');
  });

  it('reports a folder where stats.yaml belongs through the command, exit 1', async () => {
    const dir = copyOf(path.join(BROKEN, 'stats-folder'));
    const result = await runCli(['check', dir]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${path.join(dir, 'stats.yaml')}:1:1  error  file/not-a-file`);
  });
});
