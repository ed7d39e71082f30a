// A module's own settings for the check (`check: { rules: ... }` in module.yaml): each rule's level and
// options, resolved once, with "did you mean" for a misspelt rule name.
import { didYouMean } from '../errors/did-you-mean.js';
import type { Finding, Severity } from '../errors/finding.js';
import type { ValidModule } from '../module/validate.js';
import type { AnyRule } from './rule.js';
import { CODE } from '../errors/catalogue.js';

export type Level = Severity | 'off';

export interface RuleSettings {
  level: Level;
  /** Set in module.yaml, so it applies to every finding of the rule. */
  explicit: boolean;
  options: unknown;
}

export interface ResolvedConfig {
  settings: Map<string, RuleSettings>;
  findings: Finding[];
}

const defaults = (rule: AnyRule): RuleSettings => ({ level: rule.severity, explicit: false, options: rule.options?.parse({}) ?? {} });

export function resolveConfig(m: ValidModule, rules: readonly AnyRule[]): ResolvedConfig {
  const settings = new Map<string, RuleSettings>(rules.map((rule) => [rule.id, defaults(rule)]));
  const findings: Finding[] = [];
  const yaml = m.loaded.module;
  const at = ['check', 'rules'];
  const ids = rules.map((r) => r.id);

  for (const [id, value] of Object.entries(m.source.check?.rules ?? {})) {
    const keyAt = yaml.keyOffset(at, id);
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      findings.push(yaml.finding(keyAt, 'error', CODE.checkConfig, `there is no check rule "${id}"`,
        `${didYouMean(id, ids)} The rules are listed in the README under "Rules".`));
      continue;
    }
    const { level, ...options } = typeof value === 'string' ? { level: value } : (value as { level?: Level });
    const setting = defaults(rule);
    if (level) Object.assign(setting, { level, explicit: true });
    if (rule.validates?.length && setting.level !== 'error') {
      findings.push(yaml.finding(keyAt, 'warning', CODE.checkConfig, `${id} cannot be set to "${setting.level}": its problems stop a build`,
        `It guards ${rule.doc.charAt(0).toLowerCase()}${rule.doc.slice(1).replace(/\.$/, '')}. Remove this setting.`));
      Object.assign(setting, { level: 'error', explicit: false });
    }
    if (Object.keys(options).length) {
      if (!rule.options) {
        findings.push(yaml.finding(keyAt, 'error', CODE.checkConfig, `${id} takes no options`, 'Give only a level: off, warning or error.'));
      } else {
        const parsed = rule.options.safeParse(options);
        if (parsed.success) setting.options = parsed.data;
        else {
          for (const issue of parsed.error.issues) {
            const key = String(issue.path[0] ?? '');
            const where = key ? yaml.keyOffset([...at, id], key) : keyAt;
            findings.push(yaml.finding(where, 'error', CODE.checkConfig, `${id}: ${key ? `"${key}": ` : ''}${issue.message}`,
              issue.code === 'unrecognized_keys' ? `Options of ${id}: level, ${Object.keys(rule.options.parse({}) as object).join(', ')}.` : undefined));
          }
        }
      }
    }
    settings.set(id, setting);
  }
  return { settings, findings };
}
