// Small real modules written to temporary folders, and the check's findings as lines relative to them.
import fs from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../../../src/check/run-checks.js';
import { checkModules, type CheckStageOptions as CheckOptions } from '../../../src/pipeline/modules.js';
import { formatFinding } from '../../../src/errors/report.js';
import type { Finding } from '../../../src/errors/finding.js';
import { tempDir } from '../../support/files.js';

export const TODAY = '2026-11-23';

export const RESOURCES = `resources:
  - id: childline
    name: Childline
    what: Free, confidential support by phone or online chat.
    who: Anyone under 19
    ages: { min: 0, max: 18 }
    region: UK
    url: https://www.childline.org.uk/
    phone: 0800 1111
  - id: nspcc-helpline
    name: NSPCC Helpline
    what: Advice for adults worried about a child, from the National Society for the Prevention of Cruelty to Children (NSPCC).
    who: Adults worried about a child
    ages: { min: 18 }
    region: UK
    phone: 0808 800 5000
`;

export const STATS = `figures:
  - id: hotline-2024
    value: 1200
    label: reports to the example hotline
    measure: reports
    year: 2024
    geography: UK
    publisher: Example Hotline
    series: example-hotline-reports
    source: Example Hotline annual report 2024
    url: https://example.org/reports/2024
    status: verified
  - id: hotline-2025
    value: 2900
    label: reports to the example hotline
    measure: reports
    year: 2025
    geography: UK
    publisher: Example Hotline
    series: example-hotline-reports
    source: Example Hotline annual report 2025
    url: https://example.org/reports/2025
    status: verified
`;

export interface ModuleParts {
  /** Lines under "audiences:", indented by two spaces. Default: parents, 10 minutes. */
  audiences?: string;
  /** Block list items, each starting "  - type:". A signposting block is added at the end. */
  blocks: string;
  /** Top-level keys added after "reviewed", such as a "check:" setting. */
  extra?: string;
  reviewed?: string;
  /** Minutes of the closing signposting block. */
  signpostingMinutes?: number;
  files?: Record<string, string>;
}

/** A module folder with module.yaml, stats.yaml, resources.yaml and any other files. */
export function writeModule(parts: ModuleParts, name = 'sample'): string {
  const dir = path.join(tempDir('workshopkit-check-'), name);
  const moduleYaml = [
    `id: ${name}`,
    'title: Staying safe online',
    'locale: en-GB',
    `reviewed: ${parts.reviewed ?? '2026-09-01'}`,
    ...(parts.extra ? [parts.extra.trimEnd()] : []),
    'audiences:',
    (parts.audiences ?? '  parents: { duration: 10, formats: [deck] }').trimEnd(),
    'blocks:',
    parts.blocks.trimEnd(),
    '  - type: signposting',
    `    minutes: ${parts.signpostingMinutes ?? 1}`,
    '    resources: [childline, nspcc-helpline]',
    '',
  ].join('\n');
  const files: Record<string, string> = { 'module.yaml': moduleYaml, 'stats.yaml': STATS, 'resources.yaml': RESOURCES, ...parts.files };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** A finding as the reporter prints it, with its file relative to the module folder. */
export const line = (dir: string, f: Finding) => formatFinding({ ...f, file: path.relative(dir, path.resolve(f.file)) }).split('\n')[0]!;

export function check(dir: string, options: CheckOptions = {}): CheckResult & { lines: string[]; rules: string[] } {
  const result = checkModules([dir], { today: TODAY, ...options });
  return { ...result, lines: result.findings.map((f) => line(dir, f)).sort(), rules: result.findings.map((f) => f.rule) };
}

/** Only the findings of one rule. */
export function linesOf(dir: string, rule: string, options: CheckOptions = {}): string[] {
  return check(dir, options).lines.filter((l) => l.includes(`  ${rule}  `));
}

/** "file:line:col" of the n-th occurrence of `needle` in a file of the module: where a rule should point. */
export function at(dir: string, file: string, needle: string, occurrence = 1): string {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" is not in ${file} ${occurrence} time(s)`);
  }
  const before = text.slice(0, index).split('\n');
  return `${file}:${before.length}:${before.at(-1)!.length + 1}`;
}
