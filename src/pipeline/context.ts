// The build context: everything a build decides before it reads a module, resolved once (a flag, else
// workshopkit.config.yaml, else the default) and frozen, so no stage decides it again or differently.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, UsageError, type Finding } from '../errors/finding.js';
import { didYouMean } from '../errors/did-you-mean.js';
import { checkDate } from '../check/run-checks.js';
import { chooseLook } from '../config/project-config.js';
import { allFormats, parseFormatId } from '../formats/registry.js';
import type { OutputFormat } from '../formats/format.js';
import type { RenderOptions } from '../render/context.js';
import { loadFormatTemplates, type FormatTemplates } from '../render/templates.js';
import { PROJECT_ROOT, TEMPLATES_DIR } from '../project-root.js';
import { generatorName } from '../package-info.js';
import { NATIONS, type Nation } from '../schema/module-schema.js';
import { LANGUAGE_TAGS, SOURCE_LANGUAGE, type Language } from '../schema/languages.js';
import { loadLook } from '../theme/load-look.js';
import { unknownTheme } from '../theme/load-theme.js';
import type { Look } from '../theme/look.js';
import type { StartedBrowser } from '../print/browser.js';
import type { PrintProgress } from './print.js';

/** What a build is asked for: the command line's flags, or a caller's (tests, the preview). */
export interface BuildConfig {
  /** Module ids (folders under modulesDir) or paths to module folders; empty means every module. */
  modules: string[];
  modulesDir: string;
  outDir: string;
  audiences?: string[];
  formats?: string[];
  nation?: Nation;
  /** The theme; from workshopkit.config.yaml, else "default", when not given. */
  theme?: string;
  /** A brand file (brand.yaml): name, logo, colours, contact lines, presenters; from the config file when not given. */
  brand?: string;
  dryRun: boolean;
  /** Build every output, even those whose inputs have not changed since they were last built. */
  force?: boolean;
  /** The build date the check judges figures and reviews against (YYYY-MM-DD); today when not set. */
  date?: string;
  /** The languages of the outputs (`--lang`): one, or two for bilingual outputs, the first leading; English when not set. */
  languages?: Language[];
  /** The folder paths are relative to and workshopkit.config.yaml is read from; the process's when not set. */
  cwd?: string;
  /** Told after each PDF is printed. */
  onProgress?: (progress: PrintProgress) => void;
  /** A browser already starting, to print with; closed by the build whether it is used or not. */
  browser?: StartedBrowser;
}

export interface BuildContext {
  readonly cwd: string;
  readonly modules: readonly string[];
  readonly modulesDir: string;
  readonly outDir: string;
  readonly audiences?: readonly string[];
  /** The formats asked for; every format a module's audience lists when not set. */
  readonly formats?: readonly OutputFormat[];
  readonly nation?: Nation;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** A BCP 47 tag: "en-GB", or "cy": the outputs' (first) language. */
  readonly language: string;
  /** The languages of the outputs, the first leading: [en], [cy], or [cy, en] and [en, cy] for bilingual outputs. */
  readonly languages: readonly Language[];
  readonly theme: string;
  readonly brand?: string;
  /** The theme with the brand laid over it, loaded and contrast-checked once; its fonts read once. */
  readonly look: Look;
  /** The look's warnings (a very large logo), reported with the build's. */
  readonly lookFindings: readonly Finding[];
  /** What every renderer is given besides the tailored module and its templates. */
  readonly renderOptions: RenderOptions;
  readonly dryRun: boolean;
  readonly force: boolean;
  /** A format's templates, read the first time a format asks for them. */
  templatesFor(format: OutputFormat): FormatTemplates;
}

export const DEFAULT_LANGUAGE = 'en-GB';

export { generatorName } from '../package-info.js';

/** Resolves and checks what the build is asked for; a wrong option is a usage error, a broken look a content error. */
export function resolveContext(config: BuildConfig): BuildContext {
  const cwd = config.cwd ?? process.cwd();
  const { theme, brand } = chooseLook({ ...(config.theme ? { theme: config.theme } : {}), ...(config.brand ? { brand: config.brand } : {}) }, cwd);
  const themeProblem = unknownTheme(theme);
  if (themeProblem) throw new UsageError(themeProblem.message, themeProblem.hint);
  if (brand && !fs.existsSync(brand)) {
    throw new UsageError(`there is no brand file "${config.brand ?? brand}"`, 'Give the path of a brand.yaml, relative to the folder you run workshopkit in.');
  }
  if (config.nation && !NATIONS.includes(config.nation)) throw new UsageError(`unknown nation "${config.nation}"`, didYouMean(config.nation, NATIONS));
  const formats = config.formats?.map((id) => allFormats().find((f) => f.id === parseFormatId(id))!);

  const loaded = loadLook(theme, brand, cwd);
  if (!loaded.look) throw new ContentError(loaded.findings);
  const look = loaded.look;

  const templates = new Map<string, FormatTemplates>();
  return Object.freeze({
    cwd,
    modules: Object.freeze([...config.modules]),
    modulesDir: config.modulesDir,
    outDir: config.outDir,
    ...(config.audiences ? { audiences: Object.freeze([...config.audiences]) } : {}),
    ...(formats ? { formats: Object.freeze(formats) } : {}),
    ...(config.nation ? { nation: config.nation } : {}),
    date: config.date ?? checkDate(),
    language: config.languages?.[0] ? LANGUAGE_TAGS[config.languages[0]] : DEFAULT_LANGUAGE,
    languages: Object.freeze([...(config.languages?.length ? config.languages : [SOURCE_LANGUAGE])]),
    theme,
    ...(brand ? { brand } : {}),
    look,
    lookFindings: Object.freeze(loaded.findings),
    renderOptions: Object.freeze({ theme, generator: generatorName(), look }),
    dryRun: config.dryRun,
    force: Boolean(config.force),
    templatesFor(format: OutputFormat): FormatTemplates {
      let found = templates.get(format.id);
      if (!found) templates.set(format.id, (found = loadFormatTemplates(TEMPLATES_DIR, format.layoutFrom ?? format.id, format.blocksFrom ?? format.id)));
      return found;
    },
  });
}
