// The whole pipeline, written out once: load, validate, tailor, render, print, write.
import fs from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../errors/did-you-mean.js';
import { ContentError, EnvironmentError, hasErrors, UsageError, type Finding } from '../errors/finding.js';
import { availableThemes } from '../theme/load-theme.js';
import { loadLook } from '../theme/load-look.js';
import { footerStyleOf, type Look } from '../theme/look.js';
import { loadFormatTemplates, type FormatTemplates } from '../render/templates.js';
import { TEMPLATES_DIR, PROJECT_ROOT } from '../project-root.js';
import { FORMATS, NATIONS, type Format, type Nation } from '../schema/module-schema.js';
import { checkModules } from '../check/run-checks.js';
import { findModuleDirs, loadModule } from '../module/load.js';
import { BLOCKS_FROM, formatDate, organisationOf, RENDERERS, type PrintRequest, type Rendered, type RenderOptions } from './render.js';
import { printAll, PrintQueue, RefusedRequestError, type PrintJob, type PrintProgress } from './print.js';
import type { LaunchedBrowser } from '../print/browser.js';
import { tailorModule, type TailoredModule } from '../tailor/tailor.js';
import { validateModule, type ValidModule } from '../module/validate.js';
import { commitStaged, createStaging, discardStaged, stageAudience, stagedEntries, type AudienceOutput } from './write.js';

export interface BuildConfig {
  /** Module ids (folders under modulesDir) or paths to module folders; empty means every module. */
  modules: string[];
  modulesDir: string;
  outDir: string;
  audiences?: string[];
  formats?: Format[];
  nation?: Nation;
  theme: string;
  /** A brand file (brand.yaml): name, logo, colours, contact lines, presenters. */
  brand?: string;
  dryRun: boolean;
  /** The build date the check judges figures and reviews against (YYYY-MM-DD); today when not set. */
  date?: string;
  /** Told after each PDF is printed. */
  onProgress?: (progress: PrintProgress) => void;
  /** A browser already starting, to print with; closed by the build whether it is used or not. */
  browser?: Promise<LaunchedBrowser>;
}

export interface PlannedOutput {
  module: string;
  audience: string;
  format: Format;
  /** Where it is written, relative to the output folder of the audience. */
  path: string;
}

export interface BuildResult {
  findings: Finding[];
  planned: PlannedOutput[];
  /** The tailored models (for --dry-run --json and tests). */
  models: TailoredModule[];
  written: string[];
}

const OUTPUT_PATHS: Record<Format, string> = {
  deck: 'deck/index.html',
  handout: 'handout.pdf',
  'lesson-plan': 'lesson-plan.pdf',
  notes: 'notes.pdf',
  'slides-pdf': 'slides.pdf',
};

export function generatorName(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return `workshopkit ${pkg.version}`;
}

/** Turns module arguments (ids or folders) into module folders; a wrong name is a usage error. */
export function resolveModuleDirs(names: string[], modulesDir: string): string[] {
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
export function loadAndValidate(dirs: string[]): { modules: ValidModule[]; findings: Finding[] } {
  const modules: ValidModule[] = [];
  const findings: Finding[] = [];
  for (const dir of dirs) {
    const result = validateModule(loadModule(dir));
    findings.push(...result.findings);
    if (result.module) modules.push(result.module);
  }
  return { modules, findings };
}

function checkOptions(config: BuildConfig, modules: ValidModule[]): void {
  const declared = [...new Set(modules.flatMap((m) => Object.keys(m.source.audiences)))];
  for (const audience of config.audiences ?? []) {
    if (!declared.includes(audience)) {
      throw new UsageError(`no module here has the audience "${audience}"`, didYouMean(audience, declared));
    }
  }
  const themes = availableThemes();
  if (!themes.includes(config.theme)) throw new UsageError(`there is no theme "${config.theme}"`, didYouMean(config.theme, themes));
  if (config.brand && !fs.existsSync(config.brand)) {
    throw new UsageError(`there is no brand file "${config.brand}"`, 'Give the path of a brand.yaml, relative to the folder you run workshopkit in.');
  }
  if (config.nation && !NATIONS.includes(config.nation)) throw new UsageError(`unknown nation "${config.nation}"`, didYouMean(config.nation, NATIONS));
  for (const m of modules) {
    const nation = config.nation ?? m.source.nation;
    const missing = Object.entries(m.source.variables ?? {}).filter(([, values]) => !values[nation]).map(([name]) => name);
    if (missing.length) {
      throw new ContentError(missing.map((name) => m.loaded.module.findingAt(['variables', name], 'error', 'module/missing-variable',
        `the variable "${name}" has no value for ${nation}`, `Add "${nation}: ..." under variables.${name}, or build for another nation.`)));
    }
  }
}

export function planOutputs(config: BuildConfig, modules: ValidModule[]): PlannedOutput[] {
  const planned: PlannedOutput[] = [];
  for (const m of modules) {
    for (const [audience, entry] of Object.entries(m.source.audiences)) {
      if (config.audiences && !config.audiences.includes(audience)) continue;
      for (const format of entry.formats) {
        if (config.formats && !config.formats.includes(format)) continue;
        planned.push({ module: m.id, audience, format, path: OUTPUT_PATHS[format] });
      }
    }
  }
  return planned;
}

interface PendingPrint {
  module: string;
  audience: string;
  tailored: TailoredModule;
  request: PrintRequest;
}

function printJob(staging: string, pending: PendingPrint, options: RenderOptions): PrintJob {
  const { tailored, request } = pending;
  const organisation = organisationOf(tailored, options.look);
  const folder = path.join(staging, pending.module, pending.audience);
  return {
    label: `${pending.module}/${pending.audience}/${request.pdf}`,
    htmlFile: path.join(folder, ...request.html.split('/')),
    pdfFile: path.join(folder, request.pdf),
    page: request.page,
    footer: [organisation, `Content reviewed ${formatDate(tailored.module.reviewed)}`].filter(Boolean).join(' · '),
    ...(options.look ? { footerStyle: footerStyleOf(options.look) } : {}),
    meta: {
      title: `${tailored.module.title}: ${tailored.audience.label}`,
      author: organisation ?? 'workshopkit',
      subject: request.subject,
      keywords: [tailored.module.id, tailored.audience.id],
      language: tailored.module.locale,
      creator: options.generator,
      date: new Date(`${tailored.module.reviewed}T00:00:00Z`),
    },
  };
}

/**
 * `workshopkit check` first: its errors stop the build (a ContentError), its warnings are returned and the
 * build goes on; then the options are checked against the modules. `serve` starts each rebuild here too.
 */
export function checkForBuild(config: BuildConfig, dirs: string[]): { modules: ValidModule[]; findings: Finding[] } {
  const { modules, findings } = checkModules(dirs, { ...(config.nation ? { nation: config.nation } : {}), ...(config.date ? { today: config.date } : {}) });
  if (hasErrors(findings)) throw new ContentError(findings);
  checkOptions(config, modules);
  return { modules, findings: [...findings, ...buildLook(config).findings] };
}

/** The theme with the brand laid over it, checked: its errors stop the build, its warnings are returned. */
export function buildLook(config: BuildConfig): { look: Look; findings: Finding[] } {
  const { look, findings } = loadLook(config.theme, config.brand);
  if (!look) throw new ContentError(findings);
  return { look, findings };
}

/** What every renderer is given besides the tailored module and its templates. */
export function renderOptions(config: BuildConfig): RenderOptions {
  return { theme: config.theme, generator: generatorName(), look: buildLook(config).look };
}

/** Tailors one module for one audience and renders it in each of the given formats. */
export function renderAudience(m: ValidModule, audience: string, formats: Format[], templates: ReadonlyMap<Format, FormatTemplates>, config: BuildConfig, options = renderOptions(config)): { tailored: TailoredModule; rendered: Rendered[] } {
  const tailored = tailorModule(m, audience, config.nation ? { nation: config.nation } : {});
  return { tailored, rendered: formats.map((format) => RENDERERS[format](tailored, templates.get(format)!, options)) };
}

export async function build(config: BuildConfig): Promise<BuildResult> {
  const dirs = resolveModuleDirs(config.modules, config.modulesDir);
  const { modules, findings } = checkForBuild(config, dirs);

  const planned = planOutputs(config, modules);
  const formats = [...new Set(planned.map((p) => p.format))];
  const templates = new Map<Format, FormatTemplates>(formats.map((f) => [f, loadFormatTemplates(TEMPLATES_DIR, f, BLOCKS_FROM[f])]));
  const options = renderOptions(config);
  const willPrint = !config.dryRun && planned.some((p) => p.format !== 'deck');
  if (!willPrint) void config.browser?.then((b) => b.close(), () => undefined);

  const models: TailoredModule[] = [];
  const outputs: AudienceOutput[] = [];
  const prints: PendingPrint[] = [];
  const staging = config.dryRun ? undefined : createStaging(config.outDir);
  // Printing starts with the first audience and runs while the others render.
  const queue = new PrintQueue();
  const printing = willPrint
    ? printAll(queue, {
        root: staging!,
        total: planned.filter((p) => p.format !== 'deck').length,
        ...(config.onProgress ? { onProgress: config.onProgress } : {}),
        ...(config.browser ? { browser: config.browser } : {}),
      }).then(() => undefined, (error: unknown) => error)
    : Promise.resolve(undefined);
  try {
    for (const m of modules) {
      for (const audience of Object.keys(m.source.audiences)) {
        const wanted = planned.filter((p) => p.module === m.id && p.audience === audience);
        if (!wanted.length) continue;
        const { tailored, rendered } = renderAudience(m, audience, wanted.map((p) => p.format), templates, config, options);
        models.push(tailored);
        const output = { module: m.id, audience, files: rendered.flatMap((r) => r.files) };
        outputs.push(output);
        if (!staging) continue;
        stageAudience(staging, output);
        for (const r of rendered) {
          if (!r.print) continue;
          const pending = { module: m.id, audience, tailored, request: r.print };
          prints.push(pending);
          queue.push(printJob(staging, pending, options));
        }
        await new Promise((resolve) => setImmediate(resolve)); // let the pages print meanwhile
      }
    }
  } catch (error) {
    queue.close();
    await printing;
    if (staging) discardStaged(staging);
    throw error;
  }
  queue.close();
  if (!staging) return { findings, planned, models, written: [] };

  try {
    const printError = await printing;
    let browserProblem: EnvironmentError | undefined;
    if (printError) {
      // No browser: the decks are still worth having; the PDFs are reported as one clear problem.
      if (!(printError instanceof EnvironmentError) || printError instanceof RefusedRequestError) throw printError;
      browserProblem = printError;
    }
    const entries = outputs.map((o) => ({
      module: o.module,
      audience: o.audience,
      entries: [
        ...stagedEntries(o.files),
        ...(browserProblem ? [] : prints.filter((p) => p.module === o.module && p.audience === o.audience).map((p) => p.request.pdf)),
      ],
    }));
    const written = commitStaged(config.outDir, staging, entries);
    if (browserProblem) throw browserProblem;
    return { findings, planned, models, written };
  } catch (error) {
    discardStaged(staging);
    throw error;
  }
}
