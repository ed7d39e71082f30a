// The preview's state, in memory: for every module, the findings of its latest check and the last version
// that passed it, rendered format by format when a page asks for it. Nothing is written to disk.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, UsageError, type Finding } from '../errors/finding.js';
import { formatFindings } from '../errors/report.js';
import { checkForBuild, editionOptions, editionViews, renderAudience, resolveContext, type BuildConfig, type BuildContext, type EditionViews } from '../pipeline/build.js';
import { moduleInputsHash } from '../pipeline/output-keys.js';
import { checkDate } from '../check/run-checks.js';
import { PRINT_STAGING, type OutputFormat } from '../formats/format.js';
import { formatOf } from '../formats/registry.js';
import { findModuleDirs } from '../module/load.js';
import type { ValidModule } from '../module/validate.js';
import type { OutputFile } from '../render/assets.js';
import { loadFormatTemplates, type FormatTemplates } from '../render/templates.js';
import { TEMPLATES_DIR } from '../project-root.js';
import type { Format } from '../schema/module-schema.js';
import type { TailoredModule } from '../tailor/tailor.js';

export interface OutputKey {
  module: string;
  audience: string;
  format: Format;
}

export const keyName = (key: OutputKey) => `${key.module}/${key.audience}/${key.format}`;

export interface RenderedOutput {
  /** By path inside the format's folder: "index.html", "assets/deck.css". */
  files: Map<string, OutputFile>;
  /** Of the HTML and of the files it copies: the same hash, the same page. */
  hash: string;
  /** Each file's own hash (of its contents, or of the path it is copied from). */
  fileHashes: Map<string, string>;
  /** Absolute paths of the files it copies (theme CSS, reveal.js), so a change to one reloads the page. */
  copies: Set<string>;
}

export interface ModuleState {
  /** The folder name. */
  id: string;
  dir: string;
  /** The latest check's findings: its errors when it failed, its warnings when it passed. */
  findings: Finding[];
  /** A problem outside the module's text: a template that fails, a theme that is missing. */
  failure?: string;
  /**
   * What the version last checked was made from (its files, its audiences' files and the check's date), the
   * same inputs a build keys its outputs by: a save that leaves them as they were checks and renders nothing.
   */
  checkedInputs?: string;
  /** The last version that passed the check, and since when it is the one shown. */
  good?: ValidModule;
  /** `good`, tailored for each of its audiences when it was checked, in the language previewed (`--lang`). */
  tailored?: ReadonlyMap<string, TailoredModule>;
  /** The same in every language previewed, with whether it is a draft, for the renderers. */
  edition?: EditionViews;
  goodSince?: Date;
  /** Outputs of `good`, by "audience/format", rendered on demand. */
  rendered: Map<string, RenderedOutput>;
  /** What was shown before the last change, kept to fall back on when rendering the new version fails. */
  previous: Map<string, RenderedOutput>;
}

/** 'unchanged': the module's inputs are those last checked, so nothing was checked or rendered again. */
export type RefreshResult = 'good' | 'broken' | 'removed' | 'unchanged';

const hashOf = (data: string | Uint8Array) => crypto.createHash('sha1').update(data).digest('hex');

/** A renderer's files by their path inside the format's folder: "deck/index.html" and ".print/handout/index.html" both lose their folder. */
function collect(files: OutputFile[], format: Format): RenderedOutput {
  const byPath = new Map<string, OutputFile>();
  const copies = new Set<string>();
  const fileHashes = new Map<string, string>();
  const digest = crypto.createHash('sha1');
  for (const file of files) {
    const relative = file.path.replace(new RegExp(`^(?:${PRINT_STAGING.replace('.', '\\.')}/)?${format}/`), '');
    byPath.set(relative, file);
    if (file.copyFrom) copies.add(path.resolve(file.copyFrom));
    const fileHash = file.copyFrom ? `copy:${file.copyFrom}` : hashOf(file.contents ?? '');
    fileHashes.set(relative, fileHash);
    digest.update(`${relative}\0${fileHash}\0`);
  }
  return { files: byPath, hash: digest.digest('hex'), fileHashes, copies };
}

/** A bug's message for the overlay; the terminal gets the stack. */
export function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}${error.hint ? `. ${error.hint}` : ''}`;
  if (error instanceof ContentError) return formatFindings(error.findings);
  return error instanceof Error ? error.message : String(error);
}

export class PreviewSite {
  readonly modules = new Map<string, ModuleState>();
  /** A template that cannot be loaded: every page shows it. */
  templateFailure: string | undefined;
  private readonly templates = new Map<Format, FormatTemplates>();
  /** The theme (and brand) every output is rendered with, read once until one of them changes. */
  private context: BuildContext | undefined;

  constructor(readonly config: BuildConfig) {}

  /** Checks every module folder. */
  loadAll(): void {
    for (const dir of findModuleDirs(this.config.modulesDir)) this.refreshModule(path.basename(dir));
  }

  /** Loads, validates and checks one module again; a version that passes replaces the one shown. */
  refreshModule(id: string): RefreshResult {
    const dir = path.join(this.config.modulesDir, id);
    if (!fs.existsSync(path.join(dir, 'module.yaml'))) {
      this.modules.delete(id);
      return 'removed';
    }
    const state: ModuleState = this.modules.get(id) ?? { id, dir, findings: [], rendered: new Map(), previous: new Map() };
    this.modules.set(id, state);
    const inputs = `${moduleInputsHash(dir)}\0${this.config.date ?? checkDate()}`;
    if (state.checkedInputs === inputs && !state.failure) return 'unchanged';
    delete state.failure;
    delete state.checkedInputs;
    try {
      // Resolved afresh, so a changed theme or brand is checked with the module.
      const context = resolveContext(this.config);
      const { views, findings } = checkForBuild(context, [dir]);
      state.findings = findings;
      state.checkedInputs = inputs;
      state.good = views[0]!.module;
      state.edition = editionViews(context, views[0]!);
      state.tailored = state.edition.lead;
      state.goodSince = new Date();
      state.previous = new Map([...state.previous, ...state.rendered]);
      state.rendered = new Map();
      return 'good';
    } catch (error) {
      if (error instanceof ContentError) {
        state.findings = error.findings;
        state.checkedInputs = inputs;
      } else {
        state.findings = [];
        state.failure = describeFailure(error);
        if (!(error instanceof UsageError)) this.onBug?.(error);
      }
      return 'broken';
    }
  }

  /** Told about errors that are bugs (or a file that vanished mid-save), with their stack, for the terminal. */
  onBug?: (error: unknown) => void;

  /** Templates of these formats changed: render them again, from the same checked modules. */
  invalidateFormats(formats: Iterable<Format>): void {
    const set = new Set(formats);
    for (const format of set) this.templates.delete(format);
    this.templateFailure = undefined;
    for (const state of this.modules.values()) {
      for (const [name, output] of state.rendered) {
        if (!set.has(name.split('/')[1] as Format)) continue;
        state.previous.set(name, output);
        state.rendered.delete(name);
      }
    }
  }

  /** A theme or the brand changed: check every module again with it, and render everything again. */
  invalidateAll(): void {
    this.templates.clear();
    this.context = undefined;
    this.templateFailure = undefined;
    for (const state of this.modules.values()) {
      delete state.checkedInputs;
      state.previous = new Map([...state.previous, ...state.rendered]);
      state.rendered = new Map();
    }
  }

  /** The formats an audience of a module has, from the version shown. */
  formatsOf(module: string, audience: string): Format[] {
    return this.modules.get(module)?.good?.source.audiences[audience]?.formats ?? [];
  }

  /** What is shown now for an output, without rendering it. */
  peek(key: OutputKey): RenderedOutput | undefined {
    const state = this.modules.get(key.module);
    return state?.rendered.get(`${key.audience}/${key.format}`) ?? state?.previous.get(`${key.audience}/${key.format}`);
  }

  /** An output of the version shown, rendered now if it is not yet; undefined when there is none. */
  async output(key: OutputKey): Promise<RenderedOutput | undefined> {
    const state = this.modules.get(key.module);
    if (!state?.good || !state.tailored || !this.formatsOf(key.module, key.audience).includes(key.format)) return undefined;
    const name = `${key.audience}/${key.format}`;
    const cached = state.rendered.get(name);
    if (cached) return cached;
    try {
      this.context ??= resolveContext(this.config);
      const options = state.edition ? editionOptions(this.context.renderOptions, state.edition, key.audience) : this.context.renderOptions;
      const rendered = await renderAudience(state.tailored.get(key.audience)!, [formatOf(key.format)], (f) => this.templatesFor(f), options);
      const output = collect(rendered[0]!.files, key.format);
      state.rendered.set(name, output);
      return output;
    } catch (error) {
      // Keep showing the last good version of this output, with the problem over it.
      state.failure = `${key.format} for ${key.audience} could not be rendered: ${describeFailure(error)}`;
      if (!(error instanceof ContentError)) this.onBug?.(error); // a broken template is a finding, not a bug
      const fallback = state.previous.get(name);
      if (fallback) state.rendered.set(name, fallback);
      return fallback;
    }
  }

  private templatesFor(format: OutputFormat): FormatTemplates {
    let templates = this.templates.get(format.id);
    if (!templates) {
      try {
        templates = loadFormatTemplates(TEMPLATES_DIR, format.layoutFrom ?? format.id, format.blocksFrom ?? format.id);
      } catch (error) {
        this.templateFailure = describeFailure(error);
        throw error;
      }
      this.templates.set(format.id, templates);
    }
    return templates;
  }
}
