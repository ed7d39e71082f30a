// The content rules, run on one validated module as each of its audiences sees it (tailored once, by the
// pipeline), each problem reported once, at its file, line and column, as the module configures it.
import type { Finding } from '../errors/finding.js';
import type { SourceText } from '../source/source-text.js';
import type { ValidModule } from '../module/validate.js';
import type { Nation } from '../schema/module-schema.js';
import type { TailoredModule } from '../tailor/tailor.js';
import { resolveConfig } from './config.js';
import { applyExcuses, findExcuses } from './excuses.js';
import { RULES } from './registry.js';
import type { AnyRule, RuleFinding } from './rule.js';
import { loadTerminology } from './terminology.js';
import { audienceViews } from './texts.js';

export interface CheckOptions {
  /** The date figures and reviews are judged against (the build date), YYYY-MM-DD. */
  today?: string;
  /** Whose words the tailored views use for {{var}} tokens. */
  nation: Nation;
  /** The format a block's `formats:` list is read as, for each format (from the format registry). */
  filterAs: (format: string) => string;
  rules?: readonly AnyRule[];
}

export type ExcusedFinding = Finding & { reason: string };

export interface CheckResult {
  findings: Finding[];
  /** Problems an inline comment excuses, with its reason. */
  excused: ExcusedFinding[];
  /** The modules that passed validation, for the build to go on with. */
  modules: ValidModule[];
  /** Folders of the modules the rules could not run on, because the validator refused them. */
  unchecked: string[];
}

/** The build date: SOURCE_DATE_EPOCH when set (for reproducible builds), otherwise today, in UTC. */
export function checkDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  return (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now).toISOString().slice(0, 10);
}

/** A problem the validator found, under the id of the check rule that owns it. */
export function ownedBy(finding: Finding, rules: readonly AnyRule[] = RULES): Finding {
  const owner = rules.find((r) => r.validates?.includes(finding.rule));
  return owner ? { ...finding, rule: owner.id } : finding;
}

/** Runs the rules on one validated module, tailored for each of its audiences. */
export function checkModule(m: ValidModule, tailored: ReadonlyMap<string, TailoredModule>, options: CheckOptions): { findings: Finding[]; excused: ExcusedFinding[] } {
  const rules = options.rules ?? RULES;
  const today = options.today ?? checkDate();
  const nation = options.nation;
  const config = resolveConfig(m, rules);
  const terms = loadTerminology(m);
  const { views, segments } = audienceViews(m, tailored, nation);
  const everyone = Object.keys(m.source.audiences);

  const merged = new Map<string, { finding: Finding; audiences: Set<string> }>();
  for (const rule of rules) {
    const setting = config.settings.get(rule.id)!;
    if (setting.level === 'off') continue;
    const report = (f: RuleFinding) => {
      const { line, col } = f.at.source.positionOf(f.at.offset);
      const severity = setting.explicit ? setting.level : (f.severity ?? rule.severity);
      const finding: Finding = { file: f.at.source.displayPath, line, col, severity: severity === 'off' ? 'warning' : severity, rule: rule.id, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
      const key = `${finding.file}:${line}:${col}:${rule.id}:${f.message}`;
      const existing = merged.get(key);
      if (existing) {
        f.audiences?.forEach((a) => existing.audiences.add(a));
        if (finding.severity === 'error') existing.finding.severity = 'error';
      } else merged.set(key, { finding, audiences: new Set(f.audiences ?? []) });
    };
    rule.run({ module: m, audiences: views, segments, today, nation, terminology: terms.terminology, filterAs: options.filterAs, options: setting.options, report });
  }

  const findings = [...merged.values()].map(({ finding, audiences }) => {
    const some = everyone.filter((a) => audiences.has(a));
    return some.length && some.length < everyone.length ? { ...finding, message: `${finding.message} (for ${some.join(', ')})` } : finding;
  });
  const sources: SourceText[] = [m.loaded.module, m.loaded.stats, m.loaded.resources, ...[...m.sections.values()].map((s) => s.text), terms.terminology.source]
    .filter((s): s is SourceText => s !== undefined);
  const excusing = applyExcuses(findings, findExcuses(sources), {
    known: rules.map((r) => r.id),
    active: rules.filter((r) => config.settings.get(r.id)!.level !== 'off').map((r) => r.id),
  });
  return { findings: [...config.findings, ...terms.findings, ...excusing.findings, ...excusing.problems], excused: excusing.excused };
}
