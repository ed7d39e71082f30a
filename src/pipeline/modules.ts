// The stages up to the check, for every module at once: load, validate, tailor each audience once, check
// the tailored views. `workshopkit check` stops here; the build and the preview go on from here.
import fs from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../errors/did-you-mean.js';
import { uniqueFindings, UsageError, type Finding } from '../errors/finding.js';
import { checkDate, checkModule, ownedBy, type CheckResult } from '../check/run-checks.js';
import { RULES } from '../check/registry.js';
import type { AnyRule } from '../check/rule.js';
import { formatOf } from '../formats/registry.js';
import { findModuleDirs, loadModule } from '../module/load.js';
import { validateModule, type ValidModule } from '../module/validate.js';
import type { Nation } from '../schema/module-schema.js';
import { tailoringNation } from '../tailor/fill-tokens.js';
import { tailorModule, type TailoredModule } from '../tailor/tailor.js';
import { plainLook } from '../theme/load-theme.js';
import type { Look } from '../theme/look.js';
import { slideLengthFindings } from './slide-length.js';

/** Turns module arguments (ids or folders) into module folders; a wrong name is a usage error. */
export function resolveModuleDirs(names: readonly string[], modulesDir: string): string[] {
  const all = findModuleDirs(modulesDir);
  if (!names.length) {
    if (!all.length) throw new UsageError(`no modules found in ${modulesDir}`, 'Run this from the project folder, or pass --modules-dir.');
    return all;
  }
  return names.map((name) => {
    const asPath = path.resolve(name);
    if (fs.existsSync(path.join(asPath, 'module.yaml'))) return asPath;
    const byId = path.join(modulesDir, name);
    if (fs.existsSync(path.join(byId, 'module.yaml'))) return byId;
    const ids = all.map((dir) => path.basename(dir));
    throw new UsageError(`there is no module "${name}"`, `${didYouMean(name, ids)} Modules are the folders in ${modulesDir} that have a module.yaml.`);
  });
}

/** Load and validate modules; every problem in every module is reported at once. */
export function loadAndValidate(dirs: readonly string[]): { modules: ValidModule[]; findings: Finding[] } {
  const modules: ValidModule[] = [];
  const findings: Finding[] = [];
  for (const dir of dirs) {
    const result = validateModule(loadModule(dir));
    findings.push(...result.findings);
    if (result.module) modules.push(result.module);
  }
  return { modules, findings: uniqueFindings(findings) };
}

/** A module as each of its audiences sees it: tailored once, then checked, rendered and printed from that. */
export interface TailoredViews {
  module: ValidModule;
  /** The nation whose words it was tailored with. */
  nation: Nation;
  /** By audience id, in the module's order. */
  byAudience: ReadonlyMap<string, TailoredModule>;
}

export function tailorAudiences(m: ValidModule, wanted?: Nation): TailoredViews {
  const nation = tailoringNation(m, wanted);
  return { module: m, nation, byAudience: new Map(Object.keys(m.source.audiences).map((a) => [a, tailorModule(m, a, { nation })])) };
}

export interface CheckStageOptions {
  nation?: Nation;
  /** The date figures and reviews are judged against, YYYY-MM-DD; today when not set. */
  today?: string;
  rules?: readonly AnyRule[];
  /** The look slides are measured in (the build's theme and brand); the default theme when not given. */
  look?: Look;
}

/** Every module loaded, validated, tailored for each audience once, and checked; every problem at once. */
export function checkModules(dirs: readonly string[], options: CheckStageOptions = {}): CheckResult & { views: TailoredViews[] } {
  const rules = options.rules ?? RULES;
  const today = options.today ?? checkDate();
  const result: CheckResult & { views: TailoredViews[] } = { findings: [], excused: [], modules: [], unchecked: [], views: [] };
  for (const dir of dirs) {
    const validation = validateModule(loadModule(dir));
    result.findings.push(...validation.findings.map((f) => ownedBy(f, rules)));
    if (!validation.module) {
      result.unchecked.push(dir);
      continue;
    }
    const views = tailorAudiences(validation.module, options.nation);
    result.modules.push(validation.module);
    result.views.push(views);
    const checked = checkModule(validation.module, views.byAudience, { today, nation: views.nation, rules, filterAs: (id) => formatOf(id).filterAs });
    result.findings.push(...checked.findings);
    result.excused.push(...checked.excused);
    // Only once the rest is clean: a module the rules refuse may not render.
    if (!checked.findings.some((f) => f.severity === 'error')) result.findings.push(...slideLengthFindings(views, options.look ?? plainLook('default')));
  }
  // A problem in a file every module shares (an audience file) is said once, not once per module.
  result.findings = uniqueFindings(result.findings);
  return result;
}
