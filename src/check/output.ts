// The check's findings for people (the one reporter's text), for scripts (JSON) and for code-scanning
// dashboards (SARIF 2.1.0). All three carry the same findings.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../errors/finding.js';
import { formatFindings, sortFindings } from '../errors/report.js';
import type { AnyRule } from './rule.js';
import type { CheckResult, ExcusedFinding } from './run-checks.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Findings as `file:line:col  severity  rule  message`, a summary line, and how many were excused. */
export function formatCheckText(result: Pick<CheckResult, 'findings' | 'excused' | 'unchecked'>, moduleCount: number): string {
  const excused = result.excused.length ? ` (${result.excused.length} excused inline)` : '';
  if (!result.findings.length) return `${plural(moduleCount, 'module')} checked: no problems${excused}`;
  const unchecked = result.unchecked.length
    ? `\nThe content rules did not run on ${result.unchecked.map((d) => path.basename(d)).join(', ')}: fix the errors above first.`
    : '';
  return `${formatFindings(result.findings)}${excused}${unchecked}`;
}

export function checkJson(result: Pick<CheckResult, 'findings' | 'excused'>): object {
  const findings = sortFindings(result.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    excused: sortFindings(result.excused) as ExcusedFinding[],
    summary: { errors, warnings: findings.length - errors, excused: result.excused.length },
  };
}

/** A finding's file as a SARIF artifact URI: relative to the working directory when it is inside it. */
function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function checkSarif(result: Pick<CheckResult, 'findings' | 'excused'>, rules: readonly AnyRule[], version: string): Log {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.doc },
    defaultConfiguration: { level: rule.severity },
  }));
  const toResult = (f: Finding, excuse?: string): Result => {
    const ruleIndex = rules.findIndex((r) => r.id === f.rule);
    return {
      ruleId: f.rule,
      ...(ruleIndex >= 0 ? { ruleIndex } : {}),
      level: f.severity,
      message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
      locations: [{ physicalLocation: { artifactLocation: artifactUri(f.file), region: { startLine: f.line, startColumn: f.col } } }],
      ...(excuse !== undefined ? { suppressions: [{ kind: 'inSource' as const, justification: excuse }] } : {}),
    };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'workshopkit', version, rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results: [
          ...sortFindings(result.findings).map((f) => toResult(f)),
          ...sortFindings(result.excused).map((f) => toResult(f, (f as ExcusedFinding).reason)),
        ],
      },
    ],
  };
}

export function formatCheck(format: CheckFormat, result: CheckResult, moduleCount: number, rules: readonly AnyRule[], version: string): string {
  if (format === 'json') return JSON.stringify(checkJson(result), null, 2);
  if (format === 'sarif') return JSON.stringify(checkSarif(result, rules, version), null, 2);
  return formatCheckText(result, moduleCount);
}
