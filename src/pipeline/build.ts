// The whole pipeline, written out once: resolve the context, load, validate, tailor each audience once,
// check the tailored views, render, print, write.
import path from 'node:path';
import { ContentError, hasErrors, UsageError, type Finding } from '../errors/finding.js';
import { didYouMean } from '../errors/did-you-mean.js';
import { footerSizeFor } from '../render/print-sizes.js';
import { CODE } from '../errors/catalogue.js';
import { browserProblem as asBrowserProblem, outputProblem, writingTo } from '../errors/wrap.js';
import type { OutputFormat, PrintRequest, Rendered } from '../formats/format.js';
import { formatOf, printsAny } from '../formats/registry.js';
import { languageTag, t } from '../i18n/messages.js';
import { formatDate, organisationOf, type RenderOptions } from '../render/context.js';
import type { FormatTemplates } from '../render/templates.js';
import type { ValidModule } from '../module/validate.js';
import type { TailoredModule } from '../tailor/tailor.js';
import { footerStyleOf } from '../theme/look.js';
import { resolveContext, type BuildConfig, type BuildContext } from './context.js';
import { checkModules, resolveModuleDirs, type TailoredViews } from './modules.js';
import { isUpToDate, OutputKeys, readKeys, recordKeys } from './output-keys.js';
import { printAll, PrintQueue, type PrintJob } from './print.js';
import { commitStaged, createStaging, discardStaged, stageAudience, stagedEntries, type AudienceOutput } from './write.js';

export type { BuildConfig, BuildContext } from './context.js';
export { generatorName, resolveContext } from './context.js';
export { loadAndValidate, resolveModuleDirs } from './modules.js';

export interface PlannedOutput {
  module: string;
  audience: string;
  format: string;
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

export async function build(config: BuildConfig): Promise<BuildResult> {
  const context = resolveContext(config);
  const dirs = resolveModuleDirs(context.modules, context.modulesDir);
  const { views, findings } = checkForBuild(context, dirs);
  const allPlanned = planOutputs(context, views.map((v) => v.module));
  // Outputs whose inputs have not changed since they were last written are left alone.
  const keyed = context.dryRun ? undefined : keyOutputs(context, views, allPlanned);
  const upToDate = keyed?.upToDate ?? [];
  const planned = allPlanned.filter((p) => !upToDate.includes(p));
  if (!printsAny(planned.map((p) => p.format)) || context.dryRun) void config.browser?.then((b) => b.close(), () => undefined);
  const result = { findings, planned: allPlanned, upToDate, models: plannedModels(views, planned) };
  if (!keyed || !planned.length) return { ...result, written: [] };
  return { ...result, written: await renderPrintWrite(context, config, views, planned, keyed.keys) };
}

/** The key of every planned output, and which of them are already in place, built from the same inputs. */
function keyOutputs(context: BuildContext, views: TailoredViews[], planned: PlannedOutput[]): { keys: Map<PlannedOutput, string>; upToDate: PlannedOutput[] } {
  const outputKeys = new OutputKeys({ ...(context.nation ? { nation: context.nation } : {}), language: context.language, look: context.look });
  const dirs = new Map(views.map((v) => [v.module.id, v.module.dir]));
  const keys = new Map(planned.map((p) => [p, outputKeys.keyOf(p, dirs.get(p.module)!)]));
  if (context.force) return { keys, upToDate: [] };
  const recorded = readKeys(context.outDir);
  return { keys, upToDate: planned.filter((p) => isUpToDate(context.outDir, p, keys.get(p)!, recorded)) };
}

/**
 * Load, validate, tailor and check: its errors stop the build (a ContentError), its warnings are returned
 * with the look's; then the options are checked against the modules. `serve` starts each rebuild here too.
 */
export function checkForBuild(context: BuildContext, dirs: readonly string[]): { views: TailoredViews[]; findings: Finding[] } {
  const { views, findings } = checkModules(dirs, { ...(context.nation ? { nation: context.nation } : {}), today: context.date });
  if (hasErrors(findings)) throw new ContentError(findings);
  checkOptions(context, views.map((v) => v.module));
  return { views, findings: [...findings, ...context.lookFindings] };
}

/** The options that depend on the modules: audiences they have, words for the nation asked for. */
function checkOptions(context: BuildContext, modules: ValidModule[]): void {
  const declared = [...new Set(modules.flatMap((m) => Object.keys(m.source.audiences)))];
  for (const audience of context.audiences ?? []) {
    if (!declared.includes(audience)) throw new UsageError(`no module here has the audience "${audience}"`, didYouMean(audience, declared));
  }
  for (const m of modules) {
    const nation = context.nation ?? m.source.nation;
    const missing = Object.entries(m.source.variables ?? {}).filter(([, values]) => !values[nation]).map(([name]) => name);
    if (missing.length) {
      throw new ContentError(missing.map((name) => m.loaded.module.findingAt(['variables', name], 'error', CODE.moduleMissingVariable,
        `the variable "${name}" has no value for ${nation}`, `Add "${nation}: ..." under variables.${name}, or build for another nation.`)));
    }
  }
}

export function planOutputs(context: Pick<BuildContext, 'audiences' | 'formats'>, modules: ValidModule[]): PlannedOutput[] {
  const planned: PlannedOutput[] = [];
  const wantedFormats = context.formats?.map((f) => f.id);
  for (const m of modules) {
    for (const [audience, entry] of Object.entries(m.source.audiences)) {
      if (context.audiences && !context.audiences.includes(audience)) continue;
      for (const format of entry.formats) {
        if (wantedFormats && !wantedFormats.includes(format)) continue;
        planned.push({ module: m.id, audience, format, path: formatOf(format).output });
      }
    }
  }
  return planned;
}

function plannedModels(views: TailoredViews[], planned: PlannedOutput[]): TailoredModule[] {
  return views.flatMap((v) => [...v.byAudience].filter(([audience]) => planned.some((p) => p.module === v.module.id && p.audience === audience)).map(([, t]) => t));
}

/** Renders one audience's tailored module in each of the given formats. */
export async function renderAudience(tailored: TailoredModule, formats: readonly OutputFormat[], templatesFor: (format: OutputFormat) => FormatTemplates, options: RenderOptions): Promise<Rendered[]> {
  const rendered: Rendered[] = [];
  for (const format of formats) rendered.push(await format.render(tailored, format.blocksFrom === undefined ? noTemplates(format) : templatesFor(format), options));
  return rendered;
}

/** What a format without templates is given in their place. */
function noTemplates(format: OutputFormat): FormatTemplates {
  return {
    format: format.id,
    render: () => {
      throw new Error(`the format "${format.id}" has no templates (it names no blocksFrom), so it cannot render with them`);
    },
  };
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
    footer: [organisation, t(request.language, 'pdf.reviewed', { date: formatDate(tailored.module.reviewed, request.language) })].filter(Boolean).join(' · '),
    language: request.language,
    ...(request.draft ? { draft: true } : {}),
    ...(options.look ? { footerStyle: footerStyleOf(options.look) } : {}),
    ...(footerSizeFor(tailored.audience) ? { footerSize: footerSizeFor(tailored.audience)! } : {}),
    meta: {
      title: `${tailored.module.title}: ${tailored.audience.label}`,
      author: organisation ?? 'workshopkit',
      subject: request.subject,
      keywords: [tailored.module.id, tailored.audience.id],
      language: languageTag(request.language),
      creator: options.generator,
      date: new Date(`${tailored.module.reviewed}T00:00:00Z`),
    },
  };
}

/**
 * Render each planned audience into a staging folder, print its PDFs while the next renders (one browser, a
 * pool of pages), then move every output over the old one only when all of it succeeded.
 */
async function renderPrintWrite(context: BuildContext, config: BuildConfig, views: TailoredViews[], planned: PlannedOutput[], keys: Map<PlannedOutput, string>): Promise<string[]> {
  const options = context.renderOptions;
  const printing = planned.filter((p) => formatOf(p.format).page !== undefined);
  const outputs: AudienceOutput[] = [];
  const prints: PendingPrint[] = [];
  const staging = writingTo(context.outDir, () => createStaging(context.outDir));
  const queue = new PrintQueue();
  const printDone = printing.length
    ? printAll(queue, {
        root: staging,
        total: printing.length,
        ...(config.onProgress ? { onProgress: config.onProgress } : {}),
        ...(config.browser ? { browser: config.browser } : {}),
      }).then(() => undefined, (error: unknown) => error)
    : Promise.resolve(undefined);
  try {
    for (const v of views) {
      for (const [audience, tailored] of v.byAudience) {
        const formats = planned.filter((p) => p.module === v.module.id && p.audience === audience).map((p) => formatOf(p.format));
        if (!formats.length) continue;
        const rendered = await renderAudience(tailored, formats, (f) => context.templatesFor(f), options);
        const output = { module: v.module.id, audience, files: rendered.flatMap((r) => r.files) };
        outputs.push(output);
        writingTo(context.outDir, () => stageAudience(staging, output));
        for (const r of rendered) {
          if (!r.print) continue;
          const pending = { module: v.module.id, audience, tailored, request: r.print };
          prints.push(pending);
          queue.push(printJob(staging, pending, options));
        }
        await new Promise((resolve) => setImmediate(resolve)); // let the pages print meanwhile
      }
    }
  } catch (error) {
    queue.close();
    await printDone;
    discardStaged(staging);
    throw error;
  }
  queue.close();

  try {
    // A build that planned PDFs and could not print them fails whole: out/ keeps its old decks and PDFs together.
    const printError = outputProblem(asBrowserProblem(await printDone), context.outDir);
    if (printError) throw printError;
    const entries = outputs.map((o) => ({
      module: o.module,
      audience: o.audience,
      entries: [...stagedEntries(o.files), ...prints.filter((p) => p.module === o.module && p.audience === o.audience).map((p) => p.request.pdf)],
    }));
    const written = writingTo(context.outDir, () => commitStaged(context.outDir, staging, entries));
    writingTo(context.outDir, () => recordKeys(context.outDir, planned.map((output) => ({ output, key: keys.get(output)! }))));
    return written;
  } catch (error) {
    discardStaged(staging);
    throw error;
  }
}
