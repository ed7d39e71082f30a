// The preview server's own pages (the index of modules, a module file with its problems marked, a short
// message) and the status a page's overlay shows. Templates are in templates/serve/.
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { hasErrors, type Finding } from '../errors/finding.js';
import { plural } from '../errors/plural.js';
import { formatFinding, formatFindings, sortFindings } from '../errors/report.js';
import { formatOf, printFormats } from '../formats/registry.js';
import { formatDate } from '../render/context.js';
import { resolveInside } from '../source/paths.js';
import { summariseModule } from '../library/overview.js';
import { TEMPLATES_DIR } from '../project-root.js';
import { outputUrl, sourceUrl } from './paths.js';
import type { ModuleState, PreviewSite } from './site.js';

export const SERVE_TEMPLATES_DIR = path.join(TEMPLATES_DIR, 'serve');

/** The PDF each print format makes, by format id (from the registry). */
export const PDF_FILES: Record<string, string> = Object.fromEntries(printFormats().map((f) => [f.id, f.output]));
export const PRINT_FORMATS = printFormats().map((f) => f.id);

export interface ServeTemplates {
  index: HandlebarsTemplateDelegate;
  source: HandlebarsTemplateDelegate;
  message: HandlebarsTemplateDelegate;
}

export function loadServeTemplates(dir = SERVE_TEMPLATES_DIR): ServeTemplates {
  const hbs = Handlebars.create();
  const compile = (name: string) => hbs.compile(fs.readFileSync(path.join(dir, `${name}.hbs`), 'utf8'), { strict: false });
  return { index: compile('index'), source: compile('source'), message: compile('message') };
}


/** "No problems", "2 warnings", "1 error, 3 warnings". */
export function countText(findings: readonly Finding[], failure?: string): string {
  const errors = findings.filter((f) => f.severity === 'error').length + (failure ? 1 : 0);
  const warnings = findings.length - findings.filter((f) => f.severity === 'error').length;
  if (!errors && !warnings) return 'No problems';
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

/** The module file a finding points at, relative to the module's folder, when it is one of the module's files. */
function moduleFileOf(state: ModuleState, finding: Finding): string | undefined {
  const absolute = path.resolve(finding.file);
  const relative = path.relative(state.dir, absolute);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

export interface ProblemView {
  severity: Finding['severity'];
  /** As the terminal prints it: `file:line:col  severity  rule  message`, and the hint. */
  text: string;
  where: string;
  line: number;
  col: number;
  rule: string;
  message: string;
  hint?: string;
  link?: string;
  excerpt: { number: number; text: string }[];
}

function excerptOf(file: string, line: number): { number: number; text: string }[] {
  try {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    const from = Math.max(1, line - 1);
    const to = Math.min(lines.length, line + 1);
    const excerpt = [];
    for (let n = from; n <= to; n++) excerpt.push({ number: n, text: lines[n - 1]! });
    return excerpt;
  } catch {
    return [];
  }
}

export function problemView(state: ModuleState, finding: Finding, withExcerpt = false): ProblemView {
  const file = moduleFileOf(state, finding);
  return {
    severity: finding.severity,
    text: formatFinding(finding),
    where: `${finding.file}:${finding.line}:${finding.col}`,
    line: finding.line,
    col: finding.col,
    rule: finding.rule,
    message: finding.message,
    ...(finding.hint ? { hint: finding.hint } : {}),
    ...(file ? { link: sourceUrl(state.id, file, finding.line) } : {}),
    excerpt: withExcerpt ? excerptOf(path.resolve(finding.file), finding.line) : [],
  };
}

/** What a page's overlay shows: its module's errors (warnings stay on the index), or nothing. */
export interface PageStatus {
  module?: string;
  title: string;
  showing: string;
  failure?: string;
  problems: ProblemView[];
  summary: string;
}

export function pageStatus(site: PreviewSite, module: string | undefined): PageStatus {
  const state = module ? site.modules.get(module) : undefined;
  const errors = state ? sortFindings(state.findings.filter((f) => f.severity === 'error')) : [];
  const failure = [site.templateFailure, state?.failure].filter(Boolean).join('\n') || undefined;
  const name = state?.good?.source.title ?? module ?? 'workshopkit';
  const count = countText(errors, failure);
  return {
    ...(module ? { module } : {}),
    title: `${name}: ${count.toLowerCase()}`,
    showing: state?.good
      ? `Showing the last version without errors, from ${state.goodSince!.toLocaleTimeString('en-GB')}. Fix the problem and save: this page updates.`
      : 'Nothing can be shown until the problem is fixed. Fix it and save: this page updates.',
    ...(failure ? { failure } : {}),
    problems: state ? errors.map((f) => problemView(state, f, true)) : [],
    summary: errors.length ? formatFindings(errors).split('\n').at(-1)! : '',
  };
}

export interface IndexOptions {
  modulesDir: string;
  generator: string;
  /** The PDFs made so far, by "module/audience". */
  pdfsOf: (module: string, audience: string) => Set<string>;
  pdfProblemOf: (module: string, audience: string) => string | undefined;
  /** PDFs can be made only when a browser is installed. */
  canPrint: boolean;
  /** The date reviews are judged against (YYYY-MM-DD). */
  today: string;
}

export function renderIndex(site: PreviewSite, templates: ServeTemplates, options: IndexOptions): string {
  const modules = [...site.modules.values()].sort((a, b) => a.id.localeCompare(b.id)).map((state) => {
    const source = state.good?.source;
    const errors = hasErrors(state.findings) || Boolean(state.failure);
    const status = countText(state.findings, state.failure);
    const anchor = `module-${state.id}`;
    const summary = state.good ? summariseModule(state.good, options.today) : undefined;
    const audiences = (summary?.audiences ?? []).map(({ id, label, duration, formats: formatIds }) => {
      const pdfs = options.pdfsOf(state.id, id);
      const formats = formatIds.map(formatOf);
      const printed = formats.filter((f) => f.page !== undefined);
      // The format shown live (the deck) is the one that is not printed.
      const shown = formats.find((f) => f.page === undefined && f.output.endsWith('/index.html'));
      // The formats that are one file to download (the one-file deck, the PowerPoint).
      const downloads = formats.filter((f) => f.page === undefined && f !== shown);
      return {
        id,
        anchor: `${anchor}-${id}`,
        label,
        duration,
        formatNames: formats.map((f) => f.label).join(', '),
        deck: shown ? outputUrl(state.id, id, shown.id) : undefined,
        files: downloads.map((f) => ({ name: f.label, url: `${outputUrl(state.id, id, f.id)}${f.output}` })),
        previews: printed.map((f) => ({ name: f.label, url: outputUrl(state.id, id, f.id) })),
        pdfs: printed.filter((f) => pdfs.has(f.output)).map((f) => ({ name: f.label, url: `/${encodeURIComponent(state.id)}/${encodeURIComponent(id)}/${f.output}` })),
        pdfProblem: options.pdfProblemOf(state.id, id),
        canMakePdfs: printed.length > 0 && !errors && options.canPrint,
        noPdfText: !printed.length ? 'No print formats' : errors ? 'Fix the errors first' : 'No browser to print with',
      };
    });
    return {
      anchor,
      folder: state.id,
      title: source?.title ?? state.id,
      subtitle: source?.subtitle,
      reviewed: source ? formatDate(source.reviewed) : undefined,
      reviewDue: summary?.reviewDue,
      reviewMonths: summary?.reviewMonths,
      languages: summary?.languages.join(', '),
      statusText: status,
      statusClass: errors ? 'errors' : state.findings.length ? 'warnings' : 'ok',
      showingNote: errors ? (state.good ? 'Showing the last version without errors.' : 'Nothing to show until the errors are fixed.') : undefined,
      failure: state.failure,
      audiences,
      problems: sortFindings(state.findings).map((f) => problemView(state, f)),
    };
  });
  return templates.index({
    modules,
    modulesDir: displayDir(options.modulesDir),
    moduleCountText: plural(modules.length, 'module'),
    templateFailure: site.templateFailure,
    generator: options.generator,
    dueForReview: modules.filter((m) => m.reviewDue).map((m) => ({ anchor: m.anchor, title: m.title })),
  });
}

function displayDir(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') ? `${relative}/` : `${dir}/`;
}

/** A module's file with line numbers and its problems marked; undefined when the file is not the module's. */
export function renderSource(state: ModuleState, file: string, templates: ServeTemplates): string | undefined {
  const absolute = resolveInside(state.dir, file);
  if (!absolute || !fs.existsSync(absolute) || !fs.statSync(absolute).isFile()) return undefined;
  const findings = state.findings.filter((f) => path.resolve(f.file) === absolute);
  const lines = fs.readFileSync(absolute, 'utf8').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return templates.source({
    file: `${state.id}/${file}`,
    anchor: `module-${state.id}`,
    problemCountText: countText(findings),
    lines: lines.map((text, i) => ({ number: i + 1, text, problems: findings.filter((f) => f.line === i + 1) })),
  });
}
