// The stages up to the check, for every module at once: load, validate, tailor each audience once, check
// the tailored views. `workshopkit check` stops here; the build and the preview go on from here.
import fs from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../errors/did-you-mean.js';
import { uniqueFindings, UsageError, type Finding } from '../errors/finding.js';
import { checkDate, checkModule, ownedBy, type CheckResult, type ExcusedFinding } from '../check/run-checks.js';
import { RULES } from '../check/registry.js';
import type { AnyRule } from '../check/rule.js';
import { formatOf } from '../formats/registry.js';
import { findModuleDirs, loadModule } from '../module/load.js';
import { validateModule, type ValidModule } from '../module/validate.js';
import { NATIONS, type Nation } from '../schema/module-schema.js';
import { tailoringNation } from '../tailor/fill-tokens.js';
import { tailorModule, type TailoredModule } from '../tailor/tailor.js';

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

/** Every nation a module keeps a block, list item or service to, in the order of NATIONS. */
function nationsKeptTo(m: ValidModule): Nation[] {
  const named = new Set<Nation>();
  const add = (nations: readonly Nation[] | undefined) => nations?.forEach((n) => named.add(n));
  for (const block of m.source.blocks) {
    add(block.nations);
    for (const value of Object.values(block)) {
      if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object' && 'nations' in item) add((item as { nations?: Nation[] }).nations);
    }
  }
  for (const resource of m.resources.values()) add(resource.nations);
  return NATIONS.filter((n) => named.has(n));
}

export function tailorAudiences(m: ValidModule, wanted?: Nation): TailoredViews {
  const nation = tailoringNation(m, wanted);
  return { module: m, nation, byAudience: new Map(Object.keys(m.source.audiences).map((a) => [a, tailorModule(m, a, { nation })])) };
}

export interface CheckStageOptions {
  nation?: Nation;
  /** With no nation asked for, also check the build for each other nation the module keeps content to
   * (`nations:`), so text only Wales sees is checked too. */
  everyNation?: boolean;
  /** The date figures and reviews are judged against, YYYY-MM-DD; today when not set. */
  today?: string;
  rules?: readonly AnyRule[];
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
    const filterAs = (id: string) => formatOf(id).filterAs;
    const checked = checkModule(validation.module, views.byAudience, { today, nation: views.nation, rules, filterAs });
    result.findings.push(...checked.findings);
    result.excused.push(...checked.excused);
    const others = options.everyNation && !options.nation ? nationsKeptTo(validation.module).filter((n) => n !== views.nation && tailoringNation(validation.module!, n) === n) : [];
    for (const nation of others) {
      const more = checkModule(validation.module, tailorAudiences(validation.module, nation).byAudience, { today, nation, rules, filterAs });
      result.findings.push(...more.findings);
      result.excused.push(...more.excused);
    }
  }
  // A problem in a file every module shares (an audience file), or in text every nation's build shows, is said once.
  result.findings = uniqueFindings(result.findings);
  result.excused = uniqueFindings(result.excused) as ExcusedFinding[];
  return result;
}
