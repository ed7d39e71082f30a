// The one reporter: findings as `file:line:col  severity  rule  message`, like a linter.
import type { Finding } from './finding.js';
import { plural } from './plural.js';

export function formatFinding(f: Finding): string {
  const head = `${f.file}:${f.line}:${f.col}  ${f.severity}  ${f.rule}  ${f.message}`;
  return f.hint ? `${head}\n    hint: ${f.hint}` : head;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule),
  );
}

export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = sortFindings(findings).map(formatFinding);
  lines.push('', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}
