// The command line: text, JSON and SARIF carry the same findings; check and build exit as they should;
// the modules that ship pass.
import fs from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from '../../support/cli.js';
import { tempDir } from '../../support/files.js';
import { TODAY } from './support.js';

const CHECK = path.join(FIXTURES, 'check');
const MANY = path.join(CHECK, 'many-problems');
const DATE = ['--date', TODAY];

/** The SARIF 2.1.0 schema (OASIS, errata 01, "rtm.5"), as shipped in @microsoft/jest-sarif 1.0.0-beta.0. */
// A CommonJS package: under NodeNext its class is the module's default export's "default".
const Ajv = AjvDraft04.default;

const SARIF_SCHEMA = JSON.parse(fs.readFileSync(path.join(CHECK, 'sarif-2.1.0-rtm.5.schema.json'), 'utf8')) as object;

type Tuple = [file: string, line: number, col: number, severity: string, rule: string, message: string];
const TEXT_LINE = /^(.+):(\d+):(\d+) {2}(error|warning) {2}(\S+) {2}(.*)$/;

function fromText(out: string): Tuple[] {
  return out.split('\n').flatMap((l) => {
    const m = TEXT_LINE.exec(l);
    return m ? [[m[1]!, Number(m[2]), Number(m[3]), m[4]!, m[5]!, m[6]!] as Tuple] : [];
  });
}

describe('workshopkit check output', () => {
  it('prints every finding as file:line:col  severity  rule  message, a summary, and exits 1 on errors', async () => {
    const result = await runCli(['check', MANY, ...DATE]);
    expect(result.code).toBe(1);
    const lines = fromText(result.out);
    expect(lines.map((t) => `${t[0]}:${t[1]}:${t[2]} ${t[3]} ${t[4]}`)).toEqual([
      'tests/fixtures/check/many-problems/module.yaml:14:29 error language/terminology',
      'tests/fixtures/check/many-problems/module.yaml:15:19 warning language/acronyms',
      'tests/fixtures/check/many-problems/module.yaml:15:38 warning language/terminology',
      'tests/fixtures/check/many-problems/module.yaml:17:24 warning language/victim-blaming',
      'tests/fixtures/check/many-problems/sections/why.md:3:43 warning stats/source',
      'tests/fixtures/check/many-problems/sections/why.md:6:17 error links/format',
    ]);
    expect(result.out).toContain('    hint: Write "designated safeguarding lead (DSL)" the first time, then "DSL".');
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('2 errors, 4 warnings (1 excused inline)');
    expect(result.out).not.toMatch(/\n\s+at /);
  });

  it('carries the same findings in JSON and SARIF as in the text, and the SARIF is valid 2.1.0', async () => {
    const text = fromText((await runCli(['check', MANY, ...DATE])).out);
    const json = JSON.parse((await runCli(['check', MANY, ...DATE, '--format', 'json'])).out) as {
      findings: { file: string; line: number; col: number; severity: string; rule: string; message: string }[];
      excused: { rule: string; reason: string }[];
      summary: { errors: number; warnings: number; excused: number };
    };
    expect(json.findings.map((f): Tuple => [f.file, f.line, f.col, f.severity, f.rule, f.message])).toEqual(text);
    expect(json.summary).toEqual({ errors: 2, warnings: 4, excused: 1 });
    expect(json.excused.map((f) => [f.rule, f.reason])).toEqual([['language/terminology', 'the name of a made-up report, quoted as it is titled']]);

    const sarifRun = await runCli(['check', MANY, ...DATE, '--format', 'sarif']);
    expect(sarifRun.code).toBe(1);
    const sarif = JSON.parse(sarifRun.out) as Log;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const valid = ajv.validate(SARIF_SCHEMA, sarif);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);

    const run = sarif.runs[0]!;
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('workshopkit');
    const shown = run.results!.filter((r) => !r.suppressions?.length);
    expect(shown.map((r): Tuple => {
      const location = r.locations![0]!.physicalLocation!;
      return [decodeURI(location.artifactLocation!.uri!), location.region!.startLine!, location.region!.startColumn!, r.level!, r.ruleId!, r.message.text!.split('\n')[0]!];
    })).toEqual(text);
    for (const r of shown) if (r.ruleIndex !== undefined) expect(run.tool.driver.rules![r.ruleIndex]!.id).toBe(r.ruleId);
    const suppressed = run.results!.filter((r) => r.suppressions?.length);
    expect(suppressed.map((r) => [r.ruleId, r.suppressions![0]!.kind, r.suppressions![0]!.justification])).toEqual([
      ['language/terminology', 'inSource', 'the name of a made-up report, quoted as it is titled'],
    ]);
  });

  it('says when the validator stopped the content rules from running', async () => {
    const result = await runCli(['check', path.join(FIXTURES, 'broken', 'unknown-key'), ...DATE]);
    expect(result.code).toBe(1);
    expect(result.out.trimEnd().split('\n').slice(-2)).toEqual(['1 error, 0 warnings', 'The content rules did not run on unknown-key: fix the errors above first.']);
  });

  it('says so when there is nothing to report', async () => {
    const result = await runCli(['check', path.join(FIXTURES, 'good', 'every-block'), ...DATE]);
    expect(result).toMatchObject({ code: 0, out: '1 module checked: no problems\n' });
  });

  it('refuses a date that is not YYYY-MM-DD, and an unknown format', async () => {
    const date = await runCli(['check', MANY, '--date', '23/11/2026']);
    expect(date.code).toBe(2);
    expect(date.err).toContain('"23/11/2026" is not a date');
    expect((await runCli(['check', MANY, '--format', 'xml'])).code).toBe(2);
  });
});

describe('build runs the check first', () => {
  it('stops on a check error and writes nothing', async () => {
    const out = tempDir();
    const result = await runCli(['build', MANY, '--out', out, ...DATE]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('many-problems/module.yaml:14:29  error  language/terminology  avoid "child porn"');
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('prints warnings and goes on', async () => {
    const result = await runCli(['build', path.join(CHECK, 'warnings-only'), '--out', tempDir(), '--format', 'deck', '--dry-run', ...DATE]);
    expect(result.code).toBe(0);
    expect(result.err).toContain('warnings-only/module.yaml:12:29  warning  language/terminology  avoid "sexting"');
    expect(result.out).toContain('would build');
    expect(result.out).toContain('1 output planned');
  });
});

describe('the modules that ship', () => {
  it('pass check with no errors, today and on the date of their review', async () => {
    for (const date of [[], DATE]) {
      const result = await runCli(['check', '--modules-dir', path.join(ROOT, 'modules'), ...date, '--format', 'json']);
      const { findings } = JSON.parse(result.out) as { findings: { severity: string }[] };
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.code).toBe(0);
    }
  });
});
