// The whole pipeline, written out once: load, validate, tailor, render, print, write.
import fs from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../errors/did-you-mean.js';
import { ContentError, hasErrors, uniqueFindings, UsageError, type Finding } from '../errors/finding.js';
import { browserProblem as asBrowserProblem, outputProblem, writingTo } from '../errors/wrap.js';
import { availableThemes } from '../theme/load-theme.js';
import { loadLook } from '../theme/load-look.js';
import { footerStyleOf, type Look } from '../theme/look.js';
import { loadFormatTemplates, type FormatTemplates } from '../render/templates.js';
import { TEMPLATES_DIR, PROJECT_ROOT } from '../project-root.js';
import { FORMATS, NATIONS, type Format, type Nation } from '../schema/module-schema.js';
import { checkModules } from '../check/run-checks.js';
import { footerSizeFor } from '../audiences/print-sizes.js';
import { findModuleDirs, loadModule } from './load.js';
import { BLOCKS_FROM, formatDate, isPrinted, LAYOUT_FROM, organisationOf, RENDERERS, type PrintRequest, type Rendered, type RenderOptions } from './render.js';
import { printAll, PrintQueue, type PrintJob, type PrintProgress } from './print.js';
import type { LaunchedBrowser } from '../print/browser.js';
import { tailorModule, type TailoredModule } from './tailor.js';
import { validateModule, type ValidModule } from './validate.js';
import { isUpToDate, OutputKeys, readKeys, recordKeys } from './output-keys.js';
import { commitStaged, createStaging, discardStaged, stageAudience, stagedEntries, type AudienceOutput } from './write.js';
import { CODE } from '../errors/catalogue.js';

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
  /** Build every output, even those whose inputs have not changed since they were last built. */
  force?: boolean;
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
  /** Planned outputs that were already built from the same inputs, and so were left as they are. */
  upToDate: PlannedOutput[];
  /** The tailored models (for --dry-run --json and tests). */
  models: TailoredModule[];
  written: string[];
}

const OUTPUT_PATHS: Record<Format, string> = {
  deck: 'deck/index.html',
  'deck-file': 'deck.html',
  pptx: 'slides.pptx',
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
  return { modules, findings: uniqueFindings(findings) };
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
      throw new ContentError(missing.map((name) => m.loaded.module.findingAt(['variables', name], 'error', CODE.moduleMissingVariable,
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
    ...(footerSizeFor(tailored.audience) ? { footerSize: footerSizeFor(tailored.audience)! } : {}),
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

/** A format's templates: its own layout (or the one it borrows) and the block partials it reuses. */
export function formatTemplates(format: Format): FormatTemplates {
  return loadFormatTemplates(TEMPLATES_DIR, LAYOUT_FROM[format], BLOCKS_FROM[format]);
}

export { isPrinted };

/** Tailors one module for one audience and renders it in each of the given formats. */
export async function renderAudience(m: ValidModule, audience: string, formats: Format[], templates: ReadonlyMap<Format, FormatTemplates>, config: BuildConfig, options = renderOptions(config)): Promise<{ tailored: TailoredModule; rendered: Rendered[] }> {
  const tailored = tailorModule(m, audience, config.nation ? { nation: config.nation } : {});
  const rendered: Rendered[] = [];
  for (const format of formats) rendered.push(await RENDERERS[format](tailored, templates.get(format)!, options));
  return { tailored, rendered };
}

/** The key of every planned output, and which of them are already in place, built from the same inputs. */
function keyOutputs(config: BuildConfig, modules: ValidModule[], planned: PlannedOutput[], options: RenderOptions): { keys: Map<PlannedOutput, string>; upToDate: PlannedOutput[] } {
  const outputKeys = new OutputKeys({ ...(config.nation ? { nation: config.nation } : {}), look: options.look! });
  const dirs = new Map(modules.map((m) => [m.id, m.dir]));
  const keys = new Map(planned.map((p) => [p, outputKeys.keyOf(p, dirs.get(p.module)!)]));
  if (config.force) return { keys, upToDate: [] };
  const recorded = readKeys(config.outDir);
  return { keys, upToDate: planned.filter((p) => isUpToDate(config.outDir, p, keys.get(p)!, recorded)) };
}

export async function build(config: BuildConfig): Promise<BuildResult> {
  const dirs = resolveModuleDirs(config.modules, config.modulesDir);
  const { modules, findings } = checkForBuild(config, dirs);

  const allPlanned = planOutputs(config, modules);
  const options = renderOptions(config);
  // Outputs whose inputs have not changed since they were last written are left alone.
  const keyed = config.dryRun ? undefined : keyOutputs(config, modules, allPlanned, options);
  const upToDate = keyed?.upToDate ?? [];
  const planned = allPlanned.filter((p) => !upToDate.includes(p));
  const formats = [...new Set(planned.map((p) => p.format))];
  const templates = new Map<Format, FormatTemplates>(formats.map((f) => [f, formatTemplates(f)]));
  const willPrint = !config.dryRun && planned.some((p) => isPrinted(p.format));
  if (!willPrint) void config.browser?.then((b) => b.close(), () => undefined);

  const models: TailoredModule[] = [];
  const outputs: AudienceOutput[] = [];
  const prints: PendingPrint[] = [];
  const staging = config.dryRun || !planned.length ? undefined : writingTo(config.outDir, () => createStaging(config.outDir));
  // Printing starts with the first audience and runs while the others render.
  const queue = new PrintQueue();
  const printing = willPrint
    ? printAll(queue, {
        root: staging!,
        total: planned.filter((p) => isPrinted(p.format)).length,
        ...(config.onProgress ? { onProgress: config.onProgress } : {}),
        ...(config.browser ? { browser: config.browser } : {}),
      }).then(() => undefined, (error: unknown) => error)
    : Promise.resolve(undefined);
  try {
    for (const m of modules) {
      for (const audience of Object.keys(m.source.audiences)) {
        const wanted = planned.filter((p) => p.module === m.id && p.audience === audience);
        if (!wanted.length) continue;
        const { tailored, rendered } = await renderAudience(m, audience, wanted.map((p) => p.format), templates, config, options);
        models.push(tailored);
        const output = { module: m.id, audience, files: rendered.flatMap((r) => r.files) };
        outputs.push(output);
        if (!staging) continue;
        writingTo(config.outDir, () => stageAudience(staging, output));
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
  if (!staging) return { findings, planned: allPlanned, upToDate, models, written: [] };

  try {
    // A build that planned PDFs and could not print them fails whole: out/ keeps its old decks and PDFs together.
    const printError = outputProblem(asBrowserProblem(await printing), config.outDir);
    if (printError) throw printError;
    const entries = outputs.map((o) => ({
      module: o.module,
      audience: o.audience,
      entries: [...stagedEntries(o.files), ...prints.filter((p) => p.module === o.module && p.audience === o.audience).map((p) => p.request.pdf)],
    }));
    const written = writingTo(config.outDir, () => commitStaged(config.outDir, staging, entries));
    writingTo(config.outDir, () => recordKeys(config.outDir, planned.map((output) => ({ output, key: keyed!.keys.get(output)! }))));
    return { findings, planned: allPlanned, upToDate, models, written };
  } catch (error) {
    discardStaged(staging);
    throw error;
  }
}
