// The whole pipeline, written out once: resolve the context, load, validate, tailor each audience once,
// check the tailored views, render, print, write.
import path from 'node:path';
import { ContentError, hasErrors, uniqueFindings, UsageError, type Finding } from '../errors/finding.js';
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
import { checkEachModule, checkModules, languagesOf, resolveModuleDirs, type CheckStageOptions, type TailoredViews } from './modules.js';
import { SOURCE_LANGUAGE, type Language } from '../schema/languages.js';
import { isUpToDate, OutputKeys, readKeys, recordKeys, type RecordedCheck } from './output-keys.js';
import { printAll, PrintQueue, type PrintJob, type PrintProgress } from './print.js';
import { cutOffFindings, type CutOffSlide } from './slide-length.js';
import { audienceFolder, commitStaged, createStaging, discardStaged, stageAudience, stagedEntries, type AudienceOutput } from './write.js';

export type { BuildConfig, BuildContext } from './context.js';
export { generatorName, resolveContext } from './context.js';
export { loadAndValidate, resolveModuleDirs } from './modules.js';

export interface PlannedOutput {
  module: string;
  audience: string;
  /** The language folder of outputs not in English alone ("cy", "cy-en"); absent for English outputs. */
  edition?: string;
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
  /** Each module whose outputs use a translation not yet reviewed, by language: the outputs are marked as a draft. */
  drafts: { module: string; language: Language; unreviewed: number; units: number }[];
}

/** The language folder of the outputs in these languages: none for English, "cy", "cy-en" (Welsh first). */
export function editionOf(languages: readonly Language[]): string | undefined {
  return languages.length === 1 && languages[0] === SOURCE_LANGUAGE ? undefined : languages.join('-');
}

export async function build(config: BuildConfig): Promise<BuildResult> {
  const context = resolveContext(config);
  const dirs = resolveModuleDirs(context.modules, context.modulesDir);
  if (context.dryRun) {
    const { views, findings } = checkForBuild(context, dirs);
    void config.browser?.close();
    const planned = planOutputs(context, views.map((v) => v.module));
    return { findings, planned, upToDate: [], models: plannedModels(context, views, planned), drafts: draftsOf(context, views), written: [] };
  }
  // Module by module: each is checked, then rendered and its PDFs queued, while the browser prints the one
  // before. A module with an error stops the rendering, not the checking: every problem is still reported.
  const run = new StagedRun(context, config, dirs.length > 1);
  const views: TailoredViews[] = [];
  const declared: DeclaredModule[] = [];
  const findings: Finding[] = [];
  const allPlanned: PlannedOutput[] = [];
  const upToDate: PlannedOutput[] = [];
  const drafts: BuildResult['drafts'] = [];
  const checked = new Map<string, RecordedCheck>();
  const keys = buildKeys(context);
  try {
    for (const dir of dirs) {
      // A module checked today from the same files, with every output in place: it is not read again.
      const replayed = keys.replay(dir);
      if (replayed) {
        declared.push(replayed.module);
        findings.push(...replayed.check.findings);
        allPlanned.push(...replayed.planned);
        upToDate.push(...replayed.planned);
        drafts.push(...replayed.check.drafts.map((d) => ({ module: replayed.check.id, ...d })));
        continue;
      }
      // Rendered and queued for printing before its content rules run, when it is valid so far: the browser
      // prints while the rules read the module. Nothing is written unless the rules pass too.
      let rendered: { planned: PlannedOutput[]; keyed: ReturnType<typeof keys.outputs> } | { error: unknown } | undefined;
      const render = async (module: TailoredViews) => {
        checkModuleOptions(context, module.module);
        const planned = planOutputs(context, [module.module]);
        // Outputs whose inputs have not changed since they were last written are left alone.
        const keyed = keys.outputs(dir, planned);
        await run.add(module, planned.filter((p) => !keyed.upToDate.includes(p)), keyed.keys);
        return { planned, keyed };
      };
      for (const one of checkEachModule([dir], { ...checkStageOptions(context), beforeRules: true })) {
        if (one.beforeRules) {
          if (one.views && !hasErrors(findings) && !hasErrors(one.findings)) {
            // A failure is said only if the rules find nothing: a problem they find explains it better.
            rendered = await render(one.views).catch((error: unknown) => ({ error }));
          }
          continue;
        }
        findings.push(...one.findings);
        if (!one.views) continue;
        views.push(one.views);
        declared.push(one.views.module);
        if (hasErrors(findings)) continue;
        rendered ??= await render(one.views);
        if ('error' in rendered) throw rendered.error;
        run.checked(one.views.module.id);
        const { planned, keyed } = rendered;
        allPlanned.push(...planned);
        upToDate.push(...keyed.upToDate);
        const moduleDrafts = draftsOf(context, [one.views]);
        drafts.push(...moduleDrafts);
        checked.set(dir, keys.checkRecord(one.views.module, one.findings, moduleDrafts));
      }
    }
    const unique = uniqueFindings(findings);
    if (hasErrors(unique)) throw new ContentError(unique);
    checkOptions(context, declared);
    const written = await run.finish(checked);
    const built = allPlanned.filter((p) => !upToDate.includes(p));
    return { findings: [...unique, ...context.lookFindings], planned: allPlanned, upToDate, models: plannedModels(context, views, built), drafts, written };
  } catch (error) {
    await run.abandon();
    throw error;
  }
}

/** Each module whose outputs use a translation not yet reviewed, by language. */
function draftsOf(context: BuildContext, views: TailoredViews[]): BuildResult['drafts'] {
  return views.flatMap((v) => context.languages.flatMap((language) => {
    const translated = v.translations.get(language);
    return translated?.draft ? [{ module: v.module.id, language, unreviewed: translated.unreviewed, units: translated.units }] : [];
  }));
}

const checkStageOptions = (context: BuildContext): CheckStageOptions => ({
  ...(context.nation ? { nation: context.nation } : {}),
  today: context.date,
  languages: context.languages,
  look: context.look,
  // A build of some outputs measures the slides of those outputs only.
  ...(context.audiences || context.formats ? { builds: (m: ValidModule) => {
    const planned = new Set(planOutputs(context, [m]).map((p) => `${p.audience}\0${p.format}`));
    return (audience: string, format: string) => planned.has(`${audience}\0${format}`);
  } } : {}),
});

/** A module as the build plans its outputs: its id, folder and the formats each audience declares. */
export interface DeclaredModule {
  id: string;
  dir: string;
  source: { audiences: Record<string, { formats: readonly string[] }> };
}

/** The build's keys: of each planned output, and of each module's check, against the record in the output folder. */
interface BuildKeys {
  /** The key of every planned output of the module in `dir`, and which are in place, built from the same inputs. */
  outputs(dir: string, planned: PlannedOutput[]): { keys: Map<PlannedOutput, string>; upToDate: PlannedOutput[] };
  /** The module in `dir`, if its check today is recorded and every output planned for it is up to date. */
  replay(dir: string): { module: DeclaredModule; planned: PlannedOutput[]; check: RecordedCheck } | undefined;
  /** What is recorded of a module just checked, once the build succeeds. */
  checkRecord(m: ValidModule, findings: Finding[], drafts: BuildResult['drafts']): RecordedCheck;
}

/** The keys of a build: what every key shares (the code, the look) is hashed, and the record read, once. */
function buildKeys(context: BuildContext): BuildKeys {
  const outputKeys = new OutputKeys({
    ...(context.nation ? { nation: context.nation } : {}),
    language: context.languages.join(','),
    translations: context.languages.filter((l) => l !== SOURCE_LANGUAGE),
    look: context.look,
  });
  // --force: nothing is taken from the record (it is still written for the next build).
  const recorded = context.force ? undefined : readKeys(context.outDir);
  const outputs = (dir: string, planned: PlannedOutput[]) => {
    const keys = new Map(planned.map((p) => [p, outputKeys.keyOf(p, dir)]));
    return { keys, upToDate: recorded ? planned.filter((p) => isUpToDate(context.outDir, p, keys.get(p)!, recorded.outputs)) : [] };
  };
  return {
    outputs,
    replay(dir) {
      const check = recorded?.checks.get(dir);
      if (!check || check.key !== outputKeys.checkKeyOf(dir, context.date)) return undefined;
      const module: DeclaredModule = { id: check.id, dir, source: { audiences: Object.fromEntries(Object.entries(check.audiences).map(([a, formats]) => [a, { formats }])) } };
      const planned = planOutputs(context, [module]);
      return outputs(dir, planned).upToDate.length === planned.length ? { module, planned, check } : undefined;
    },
    checkRecord(m, findings, drafts) {
      return {
        key: outputKeys.checkKeyOf(m.dir, context.date),
        id: m.id,
        audiences: Object.fromEntries(Object.entries(m.source.audiences).map(([a, entry]) => [a, [...entry.formats]])),
        findings,
        drafts: drafts.map(({ language, unreviewed, units }) => ({ language, unreviewed, units })),
      };
    },
  };
}

/**
 * Load, validate, tailor and check: its errors stop the build (a ContentError), its warnings are returned
 * with the look's; then the options are checked against the modules. `serve` starts each rebuild here too.
 */
export function checkForBuild(context: BuildContext, dirs: readonly string[]): { views: TailoredViews[]; findings: Finding[] } {
  const { views, findings } = checkModules(dirs, checkStageOptions(context));
  if (hasErrors(findings)) throw new ContentError(findings);
  checkOptions(context, views.map((v) => v.module));
  for (const v of views) checkModuleOptions(context, v.module);
  return { views, findings: [...findings, ...context.lookFindings] };
}

/** The options that depend on all the modules: audiences they have, and that something is asked for. */
function checkOptions(context: BuildContext, modules: readonly DeclaredModule[]): void {
  const declared = [...new Set(modules.flatMap((m) => Object.keys(m.source.audiences)))];
  for (const audience of context.audiences ?? []) {
    if (!declared.includes(audience)) throw new UsageError(`no module here has the audience "${audience}"`, didYouMean(audience, declared));
  }
  if ((context.formats || context.audiences) && modules.length && !planOutputs(context, modules).length) throw nothingToBuild(context, modules);
}

/** The options that depend on one module, checked before it renders: bilingual formats, the nation's words. */
function checkModuleOptions(context: BuildContext, m: ValidModule): void {
  if (context.languages.length > 1) {
    // A format that cannot lay two languages out would make a one-language output in the bilingual folder.
    const asked = [...new Set(planOutputs(context, [m]).map((p) => p.format))].map(formatOf);
    const single = asked.filter((f) => !f.bilingual);
    if (single.length) {
      const both = asked.filter((f) => f.bilingual).map((f) => f.id);
      throw new UsageError(`bilingual outputs (--lang ${context.languages.join(',')}) cannot be made yet as ${single.map((f) => f.id).join(', ')}`,
        `Build each language on its own (--lang ${context.languages[0]}, then --lang ${context.languages[1]})${both.length ? `, or ask only for ${both.join(', ')} with --format` : ''}.`);
    }
  }
  const nation = context.nation ?? m.source.nation;
  const missing = Object.entries(m.source.variables ?? {}).filter(([, values]) => !values[nation]).map(([name]) => name);
  if (missing.length) {
    throw new ContentError(missing.map((name) => m.loaded.module.findingAt(['variables', name], 'error', CODE.moduleMissingVariable,
      `the variable "${name}" has no value for ${nation}`, `Add "${nation}: ..." under variables.${name}, or build for another nation.`)));
  }
}

/**
 * --format and --audience together asked for outputs no module makes: said, rather than a build that writes
 * nothing and succeeds, with what each audience asked for does get and where to change it.
 */
function nothingToBuild(context: Pick<BuildContext, 'audiences' | 'formats'>, modules: readonly DeclaredModule[]): UsageError {
  const wanted = context.formats?.map((f) => f.id) ?? [];
  const gets = modules.flatMap((m) => Object.entries(m.source.audiences)
    .filter(([audience]) => !context.audiences || context.audiences.includes(audience))
    .map(([audience, entry]) => ({ m, audience, formats: entry.formats })));
  const lines = gets.slice(0, 6).map(({ m, audience, formats }) => `  ${m.id}, ${audience}: ${formats.join(', ')}`);
  if (gets.length > lines.length) lines.push(`  and ${gets.length - lines.length} more`);
  const first = gets[0];
  const where = first ? ` or add ${wanted[0]} to audiences.${first.audience}.formats in ${path.join(path.relative(process.cwd(), first.m.dir) || '.', 'module.yaml')}` : '';
  return new UsageError(
    `nothing to build: ${wanted.length ? `no audience asked for gets ${wanted.join(' or ')}` : 'the audiences asked for get no format'}. What each gets:\n${lines.join('\n')}`,
    `Ask with --format for a format it gets${wanted.length ? `,${where}` : ''}.`,
  );
}

export function planOutputs(context: Pick<BuildContext, 'audiences' | 'formats'> & { languages?: readonly Language[] }, modules: readonly DeclaredModule[]): PlannedOutput[] {
  const planned: PlannedOutput[] = [];
  const wantedFormats = context.formats?.map((f) => f.id);
  const edition = editionOf(context.languages ?? [SOURCE_LANGUAGE]);
  for (const m of modules) {
    for (const [audience, entry] of Object.entries(m.source.audiences)) {
      if (context.audiences && !context.audiences.includes(audience)) continue;
      for (const format of entry.formats) {
        if (wantedFormats && !wantedFormats.includes(format)) continue;
        planned.push({ module: m.id, audience, ...(edition ? { edition } : {}), format, path: formatOf(format).output });
      }
    }
  }
  return planned;
}

function plannedModels(context: BuildContext, views: TailoredViews[], planned: PlannedOutput[]): TailoredModule[] {
  return views.flatMap((v) => [...editionViews(context, v).lead].filter(([audience]) => planned.some((p) => p.module === v.module.id && p.audience === audience)).map(([, t]) => t));
}

/** A module's views for the outputs asked for: in the first language, and for bilingual outputs the second. */
export interface EditionViews {
  lead: ReadonlyMap<string, TailoredModule>;
  second?: ReadonlyMap<string, TailoredModule>;
  /** A translation they use is not reviewed. */
  draft: boolean;
  /** English outputs of a module that also has Welsh, built for Wales, say the Welsh is there. */
  welshAvailable: boolean;
}

export function editionViews(context: Pick<BuildContext, 'languages' | 'nation'>, v: TailoredViews): EditionViews {
  const inLanguage = (language: Language) => (language === SOURCE_LANGUAGE ? v.byAudience : v.translations.get(language)!.byAudience);
  const [first, second] = context.languages;
  const englishOnly = context.languages.length === 1 && first === SOURCE_LANGUAGE;
  return {
    lead: inLanguage(first!),
    ...(second ? { second: inLanguage(second) } : {}),
    draft: context.languages.some((l) => v.translations.get(l)?.draft),
    welshAvailable: englishOnly && languagesOf(v.module).includes('cy') && (context.nation ?? v.module.source.nation) === 'wales',
  };
}

/** What an audience's renderers are given besides its view: whether it is a draft, the Welsh notice, the second language's view. */
export function editionOptions(options: RenderOptions, edition: EditionViews, audience: string): RenderOptions {
  const second = edition.second?.get(audience);
  return {
    ...options,
    ...(edition.draft ? { draft: true } : {}),
    ...(edition.welshAvailable ? { welshAvailable: true } : {}),
    ...(second ? { second } : {}),
  };
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
  edition?: string;
  tailored: TailoredModule;
  format: OutputFormat;
  request: PrintRequest;
  /** What it was rendered with, to plan its slides again when one is cut off. */
  options: RenderOptions;
  job: PrintJob;
}

function printJob(staging: string, pending: Omit<PendingPrint, 'format' | 'options' | 'job'>, options: RenderOptions): PrintJob {
  const { tailored, request } = pending;
  const organisation = organisationOf(tailored, options.look);
  const folder = path.join(staging, ...audienceFolder(pending));
  return {
    label: [...audienceFolder(pending), request.pdf].join('/'),
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
      ...(request.languageParts ? { languageParts: request.languageParts.map(languageTag) } : {}),
      creator: options.generator,
      date: new Date(`${tailored.module.reviewed}T00:00:00Z`),
    },
  };
}

/** The printed slides that were cut off, with what they were printed from. */
function cutOffSlides(cutOff: { job: PrintJob; slides: number[] }[], prints: PendingPrint[], views: TailoredViews[]): CutOffSlide[] {
  return cutOff.flatMap(({ job, slides }) => {
    const pending = prints.find((p) => p.job === job)!;
    const module = views.find((v) => v.module.id === pending.module)!.module;
    return slides.map((index) => ({ module, audience: pending.audience, tailored: pending.tailored, format: pending.format, options: pending.options, index }));
  });
}

/**
 * A build's outputs as they are made: each module's planned audiences rendered into a staging folder as the
 * module is added, its PDFs printed meanwhile (one browser, a pool of pages), and every output moved over
 * the old one only when all of it succeeded (`finish`), or none of it (`abandon`).
 */
class StagedRun {
  private staging: string | undefined;
  private readonly queue = new PrintQueue();
  private printDone: Promise<unknown> | undefined;
  private readonly outputs: AudienceOutput[] = [];
  private readonly prints: PendingPrint[] = [];
  private readonly views: TailoredViews[] = [];
  private readonly built: { output: PlannedOutput; key: string }[] = [];
  /** Slides the browser measured as cut off even at the smallest size: each an error at its source. */
  private readonly cutOff: { job: PrintJob; slides: number[] }[] = [];
  private readonly edition: { edition?: string };
  /** The browser shutting down once the printing is over: waited for before the build is done. */
  private browserClosed: Promise<void> = Promise.resolve();
  /**
   * A module's PDFs print while its content rules run, and may come to nothing: what is said of them waits
   * until the rules have passed (`checked`), so a build that fails never says it printed anything.
   */
  private readonly passed = new Set<string>();
  private readonly held: PrintProgress[] = [];

  /**
   * The pages print in a worker thread when the main thread has something else to do meanwhile: check the
   * next module (`severalModules`), or check this one while the browser starts and the worker connects.
   */
  private readonly inWorker: boolean;

  constructor(private readonly context: BuildContext, private readonly config: BuildConfig, severalModules: boolean) {
    const edition = editionOf(context.languages);
    this.edition = edition ? { edition } : {};
    this.inWorker = severalModules || Boolean(config.browser);
    // A browser already starting means PDFs are expected: a print worker starts now too, alongside the check.
    if (config.browser) this.startPrinting(this.stagingFolder());
  }

  /** The staging folder, made when first needed. */
  private stagingFolder(): string {
    return (this.staging ??= writingTo(this.context.outDir, () => createStaging(this.context.outDir)));
  }

  /** Renders a checked module's planned outputs and queues its PDFs; returns once the printer has had a turn. */
  async add(v: TailoredViews, planned: PlannedOutput[], keys: Map<PlannedOutput, string>): Promise<void> {
    if (!planned.length) return;
    const { context } = this;
    this.views.push(v);
    this.built.push(...planned.map((output) => ({ output, key: keys.get(output)! })));
    const staging = this.stagingFolder();
    const editionView = editionViews(context, v);
    for (const [audience, tailored] of editionView.lead) {
      const formats = planned.filter((p) => p.audience === audience).map((p) => formatOf(p.format));
      if (!formats.length) continue;
      const audienceOptions = editionOptions(context.renderOptions, editionView, audience);
      const rendered = await renderAudience(tailored, formats, (f) => context.templatesFor(f), audienceOptions);
      const output = { module: v.module.id, audience, ...this.edition, files: rendered.flatMap((r) => r.files) };
      this.outputs.push(output);
      writingTo(context.outDir, () => stageAudience(staging, output));
      rendered.forEach((r, i) => {
        if (!r.print) return;
        const pending = { module: v.module.id, audience, ...this.edition, tailored, request: r.print };
        const job = printJob(staging, pending, audienceOptions);
        this.prints.push({ ...pending, format: formats[i]!, options: audienceOptions, job });
        this.startPrinting(staging);
        this.queue.push(job);
      });
      await new Promise((resolve) => setImmediate(resolve)); // let the pages print meanwhile
    }
  }

  /** The module's content rules have passed: what was printed of it can be said. */
  checked(module: string): void {
    this.passed.add(module);
    const held = this.held.splice(0);
    for (const progress of held) this.sayOrHold(progress);
  }

  private sayOrHold(progress: PrintProgress): void {
    const module = this.prints.find((p) => p.job === progress.job)?.module;
    if (module !== undefined && this.passed.has(module)) this.config.onProgress?.(progress);
    else this.held.push(progress);
  }

  /** The printer, started with the first PDF: a build that prints nothing never waits on a browser. */
  private startPrinting(staging: string): void {
    const { config } = this;
    this.printDone ??= printAll(this.queue, {
      root: staging,
      inWorker: this.inWorker,
      ...(config.onProgress ? { onProgress: (progress) => this.sayOrHold(progress) } : {}),
      ...(config.browser ? { browser: config.browser } : {}),
      onOverflow: (job, slides) => this.cutOff.push({ job, slides }),
      onClosing: (closed) => (this.browserClosed = closed),
    }).then(() => undefined, (error: unknown) => error);
  }

  /**
   * Waits for the last PDF, then moves every output into place and records the keys it was built from, and
   * the modules `checked` (by folder) for the next build.
   */
  async finish(checked: ReadonlyMap<string, RecordedCheck>): Promise<string[]> {
    const { context } = this;
    this.queue.close();
    if (!this.printDone) void this.config.browser?.close();
    if (!this.outputs.length) {
      // Nothing to write (everything up to date): the printer, if it started, had no job and closes the browser.
      await this.abandon();
      writingTo(context.outDir, () => recordKeys(context.outDir, [], checked));
      return [];
    }
    // A build that planned PDFs and could not print them fails whole: out/ keeps its old decks and PDFs together.
    const printError = outputProblem(asBrowserProblem(await this.printDone), context.outDir);
    if (printError) throw printError;
    if (this.cutOff.length) throw new ContentError(cutOffFindings(cutOffSlides(this.cutOff, this.prints, this.views)));
    const entries = this.outputs.map((o) => ({
      module: o.module,
      audience: o.audience,
      ...(o.edition ? { edition: o.edition } : {}),
      entries: [...stagedEntries(o.files), ...this.prints.filter((p) => p.module === o.module && p.audience === o.audience).map((p) => p.request.pdf)],
    }));
    const written = writingTo(context.outDir, () => commitStaged(context.outDir, this.staging!, entries));
    this.staging = undefined;
    writingTo(context.outDir, () => recordKeys(context.outDir, this.built, checked));
    await this.browserClosed;
    return written;
  }

  /** Stops printing and removes what was staged: out/ stays as it was. */
  async abandon(): Promise<void> {
    this.queue.cancel();
    if (this.printDone) await this.printDone;
    else void this.config.browser?.close();
    if (this.staging) discardStaged(this.staging);
    this.staging = undefined;
    await this.browserClosed;
  }
}
