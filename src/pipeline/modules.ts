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
import { plainLook } from '../theme/load-theme.js';
import type { Look } from '../theme/look.js';
import { slideLengthFindings } from './slide-length.js';
import { LANGUAGE_NAMES, SOURCE_LANGUAGE, type Language } from '../schema/languages.js';
import { localiseModule } from '../translation/localise.js';

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
  /** The module in each other language asked for, tailored for each audience once, like the English. */
  translations: ReadonlyMap<Language, TranslatedViews>;
}

export interface TranslatedViews {
  language: Language;
  /** The module with its texts in this language (its files and positions are the English ones). */
  module: ValidModule;
  /** True when a translation it uses is not reviewed (its XLIFF state is not final or signed-off). */
  draft: boolean;
  unreviewed: number;
  units: number;
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
  return { module: m, nation, byAudience: tailorEach(m, nation), translations: new Map() };
}

function tailorEach(m: ValidModule, nation: Nation): ReadonlyMap<string, TailoredModule> {
  return new Map(Object.keys(m.source.audiences).map((a) => [a, tailorModule(m, a, { nation })]));
}

/** The languages a module has: English, and those its module.yaml lists. */
export function languagesOf(m: ValidModule): Language[] {
  return m.source.languages ?? [SOURCE_LANGUAGE];
}

/** A module asked for in a language it does not have is a usage error, saying how to add it. */
export function checkHasLanguage(m: ValidModule, language: Language): void {
  const has = languagesOf(m);
  if (has.includes(language)) return;
  throw new UsageError(`the module "${m.id}" has no ${LANGUAGE_NAMES[language]} ("${language}"): its languages are ${has.join(', ')}`,
    `Build it with --lang ${has.join(' or --lang ')}, or translate it: workshopkit translate ${m.id} --lang ${language}, then add ${language} to "languages:" in its module.yaml.`);
}

/** The module in each language asked for besides English: localised from its XLIFF, then tailored once per audience. */
function translateViews(views: TailoredViews, languages: readonly Language[]): { views: TailoredViews; findings: Finding[] } {
  const findings: Finding[] = [];
  const translations = new Map<Language, TranslatedViews>();
  for (const language of languages) {
    if (language === SOURCE_LANGUAGE) continue;
    checkHasLanguage(views.module, language);
    const localised = localiseModule(views.module, language);
    findings.push(...localised.findings);
    if (!localised.module) continue;
    const { draft, unreviewed, units } = localised;
    translations.set(language, { language, module: localised.module, draft, unreviewed, units, byAudience: tailorEach(localised.module, views.nation) });
  }
  return { views: { ...views, translations }, findings };
}

export interface CheckStageOptions {
  nation?: Nation;
  /** With no nation asked for, also check the build for each other nation the module keeps content to
   * (`nations:`), so text only Wales sees is checked too. */
  everyNation?: boolean;
  /** The date figures and reviews are judged against, YYYY-MM-DD; today when not set. */
  today?: string;
  rules?: readonly AnyRule[];
  /** The look slides are measured in (the build's theme and brand); the default theme when not given. */
  look?: Look;
  /** The languages the outputs are asked in; besides English, each is read from the module's translation and checked. */
  languages?: readonly Language[];
  /**
   * For a build of some outputs (--audience, --format): whether it makes a module's format for an
   * audience. Slides too long are then looked for only in the slides it makes; the content rules still
   * read every audience.
   */
  builds?: (m: ValidModule) => ((audience: string, format: string) => boolean) | undefined;
  /**
   * Yield each module once more before its content rules run, as soon as it is validated, tailored and
   * translated (`beforeRules`): a build renders it and starts printing meanwhile.
   */
  beforeRules?: boolean;
}

/** Every module loaded, validated, tailored for each audience once, and checked; every problem at once. */
export function checkModules(dirs: readonly string[], options: CheckStageOptions = {}): CheckResult & { views: TailoredViews[] } {
  const result: CheckResult & { views: TailoredViews[] } = { findings: [], excused: [], modules: [], unchecked: [], views: [] };
  for (const one of checkEachModule(dirs, options)) {
    result.findings.push(...one.findings);
    result.excused.push(...one.excused);
    if (one.views) {
      result.modules.push(one.views.module);
      result.views.push(one.views);
    } else {
      result.unchecked.push(one.dir);
    }
  }
  // A problem in a file every module shares (an audience file), or in text every nation's build shows, is said once.
  result.findings = uniqueFindings(result.findings);
  result.excused = uniqueFindings(result.excused) as ExcusedFinding[];
  return result;
}

/** One module through the check stage: its problems, and its views when it could be validated. */
export interface ModuleChecked {
  dir: string;
  findings: Finding[];
  excused: ExcusedFinding[];
  views?: TailoredViews;
  /**
   * With the option of that name: the module before its content rules and slide lengths were checked, with
   * the problems found so far. The same module comes again, checked, with all of them.
   */
  beforeRules?: boolean;
}

/**
 * The check stage one module at a time, each yielded as soon as it is checked: a build renders and prints
 * one module while the next is still being checked.
 */
export function* checkEachModule(dirs: readonly string[], options: CheckStageOptions = {}): Generator<ModuleChecked> {
  const rules = options.rules ?? RULES;
  const today = options.today ?? checkDate();
  for (const dir of dirs) {
    const result: ModuleChecked = { dir, findings: [], excused: [] };
    const validation = validateModule(loadModule(dir));
    result.findings.push(...validation.findings.map((f) => ownedBy(f, rules)));
    if (!validation.module) {
      yield result;
      continue;
    }
    const english = tailorAudiences(validation.module, options.nation);
    const translated = translateViews(english, options.languages ?? []);
    if (options.beforeRules) yield { dir, findings: [...result.findings, ...translated.findings], excused: [], views: translated.views, beforeRules: true };
    // The content rules read the English, which every translation follows block for block.
    const filterAs = (id: string) => formatOf(id).filterAs;
    const checked = checkModule(validation.module, english.byAudience, { today, nation: english.nation, rules, filterAs });
    result.findings.push(...checked.findings);
    result.excused.push(...checked.excused);
    const others = options.everyNation && !options.nation ? nationsKeptTo(validation.module).filter((n) => n !== english.nation && tailoringNation(validation.module!, n) === n) : [];
    for (const nation of others) {
      const more = checkModule(validation.module, tailorAudiences(validation.module, nation).byAudience, { today, nation, rules, filterAs });
      result.findings.push(...more.findings);
      result.excused.push(...more.excused);
    }
    result.findings.push(...translated.findings);
    result.views = translated.views;
    // Only once the rest is clean: a module the rules refuse may not render. Each language is measured, as
    // a translation may be longer than the English.
    if (!checked.findings.some((f) => f.severity === 'error')) {
      const look = options.look ?? plainLook('default');
      const built = options.builds?.(validation.module);
      for (const views of [translated.views, ...translated.views.translations.values()]) result.findings.push(...slideLengthFindings({ module: views.module, byAudience: views.byAudience }, look, built));
    }
    yield result;
  }
}
