#!/usr/bin/env node
// Argument parsing only: every command calls the pipeline and returns an exit code.
// 0 success, 1 a content problem (or an environment one, like no browser), 2 a usage mistake;
// a build stopped by Ctrl-C or SIGTERM exits 130 or 143 (src/interrupt.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
// Only what every command needs, and the names its help shows, are imported here: each command loads its
// own work when it runs (`await import`), so `--version`, `--help` and `list` never wait for the browser
// driver, the templates, the content rules or the PowerPoint writer (a test holds this).
import { ContentError, EnvironmentError, hasErrors, UsageError } from './errors/finding.js';
import { formatFindings } from './errors/report.js';
import { packageVersion } from './package-info.js';
import { PROJECT_ROOT } from './project-root.js';
import { NATIONS, type Nation } from './schema/nations.js';
import { plural } from './errors/plural.js';
import { CHECK_FORMATS, type CheckFormat } from './check/output.js';
import { parsePort } from './serve/port.js';
import { DEFAULT_AUDIENCES } from './scaffold/starter-content.js';
import { CONFIG_FILE } from './config/config-file.js';
import { availableThemes } from './theme/theme-names.js';
import type { BuildConfig } from './pipeline/build.js';
import type { StartedBrowser } from './print/browser.js';
import { LANGUAGE_NAMES, LANGUAGES, parseLanguageList, SOURCE_LANGUAGE, type Language } from './schema/languages.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  /** Where progress bars may be drawn, when it is a terminal. */
  progressStream?: NodeJS.WriteStream;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
  progressStream: process.stderr,
};

function splitList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function parseDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`"${value}" is not a date`, 'Write it as YYYY-MM-DD, for example 2026-11-23.');
  }
  return value;
}

const LANG_HELP = `the language of the outputs: ${LANGUAGES.join(', ')} (default: en); two, comma-separated, for bilingual outputs, the first leading (cy,en)`;

export interface MainOptions {
  /** A browser already starting (see bin.ts), for the build to print with. */
  warmBrowser?: StartedBrowser;
}

/** Whether commander will show the build command's help, which names every format (so loads their registry). */
function showsBuildHelp(argv: string[]): boolean {
  return (argv[0] === 'build' && (argv.includes('--help') || argv.includes('-h'))) || (argv[0] === 'help' && argv[1] === 'build');
}

export async function main(argv: string[], io: Io = defaultIo, options: MainOptions = {}): Promise<number> {
  let exitCode = 0;
  // The format ids are only shown in the build command's help; the registry that lists them loads every format.
  const formatIds = showsBuildHelp(argv) ? (await import('./formats/registry.js')).formatIdList() : undefined;
  const modulesDirOf = (opts: { modulesDir?: string }) => path.resolve(io.cwd, opts.modulesDir ?? 'modules');

  const program = new Command('workshopkit')
    .description('Turn a training module into decks, handouts and lesson plans for each audience.')
    .version(packageVersion())
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('build')
    .description('build every output of the given modules (all modules when none is named)')
    .argument('[module...]', 'module ids or folders')
    .option('-a, --audience <ids>', 'only these audiences (comma-separated)', splitList)
    .option('-f, --format <formats>', `only these formats${formatIds ? `: ${formatIds.join(', ')}` : ''}`, splitList)
    .option('-o, --out <dir>', 'output folder', 'out')
    .addOption(new Option('--nation <nation>', 'build for this nation: its terms (role names, curriculum) and the blocks and services kept to it').choices(NATIONS))
    .option('--lang <languages>', LANG_HELP, parseLanguageList)
    .option('--theme <name>', `the look: ${availableThemes().join(', ')} (default: from ${CONFIG_FILE}, else default)`)
    .option('--brand <file>', `a brand file: organisation name, logo, colours, contact lines (default: from ${CONFIG_FILE})`)
    .option('--modules-dir <dir>', 'where modules live', 'modules')
    .option('--force', 'build every output, even those already built from the same inputs')
    .option('--dry-run', 'run every stage but writing')
    .option('--json', 'with --dry-run: print the tailored models as JSON')
    .option('--date <YYYY-MM-DD>', 'the build date the check judges figures and reviews against (default: today)', parseDate)
    .action(async (modules: string[], opts) => {
      const [{ build }, { parseFormatId }, { createProgressReporter }, { exitOnInterrupt }, { audienceFolder }] = await Promise.all([
        import('./pipeline/build.js'),
        import('./formats/registry.js'),
        import('./progress.js'),
        import('./interrupt.js'),
        import('./pipeline/write.js'),
      ]);
      const config: BuildConfig = {
        modules: modules.map((m) => path.resolve(io.cwd, m)).map((abs, i) => (fs.existsSync(abs) ? abs : modules[i]!)),
        modulesDir: modulesDirOf(opts),
        outDir: path.resolve(io.cwd, opts.out as string),
        ...(opts.audience ? { audiences: opts.audience as string[] } : {}),
        ...(opts.format ? { formats: (opts.format as string[]).map(parseFormatId) } : {}),
        ...(opts.nation ? { nation: opts.nation as Nation } : {}),
        ...(opts.lang ? { languages: opts.lang as Language[] } : {}),
        ...(opts.theme ? { theme: opts.theme as string } : {}),
        ...(opts.brand ? { brand: opts.brand as string } : {}),
        cwd: io.cwd,
        dryRun: Boolean(opts.dryRun),
        force: Boolean(opts.force),
        ...(opts.date ? { date: opts.date as string } : {}),
      };
      if (options.warmBrowser) config.browser = options.warmBrowser;
      const progress = createProgressReporter(io.progressStream, io.err);
      config.onProgress = progress.onProgress;
      const stopHandlingSignals = exitOnInterrupt(io.err);
      const result = await build(config).finally(() => {
        progress.stop();
        stopHandlingSignals();
      });
      if (result.findings.length) io.err(formatFindings(result.findings));
      if (opts.json) {
        io.out(JSON.stringify({ planned: result.planned, models: result.models, findings: result.findings }, null, 2));
        return;
      }
      const upToDate = new Set(result.upToDate);
      for (const planned of result.planned) {
        const verb = config.dryRun ? 'would build' : upToDate.has(planned) ? 'up to date' : 'built';
        io.out(`${verb} ${path.relative(io.cwd, path.join(config.outDir, ...audienceFolder(planned), planned.path)) || '.'}`);
      }
      for (const draft of result.drafts) {
        io.out(`${LANGUAGE_NAMES[draft.language]} outputs of ${draft.module} are a draft: ${draft.unreviewed} of ${plural(draft.units, 'text')} not yet reviewed (XLIFF state final or signed-off)`);
      }
      const made = result.planned.length - upToDate.size;
      io.out(`${plural(made, 'output')} ${config.dryRun ? 'planned' : 'written'}${upToDate.size ? `, ${upToDate.size} up to date` : ''}`);
    });

  program
    .command('check')
    .description('check modules against the content rules and report every problem, without building')
    .argument('[module...]', 'module ids or folders')
    .option('--modules-dir <dir>', 'where modules live', 'modules')
    .addOption(new Option('--format <format>', 'output format').choices(CHECK_FORMATS).default('text'))
    .addOption(new Option('--nation <nation>', 'check only the build for this nation (default: the module\'s nation and every nation it keeps content to)').choices(NATIONS))
    .option('--date <YYYY-MM-DD>', 'judge figures and reviews as of this date (default: today, or SOURCE_DATE_EPOCH)', parseDate)
    .option('--lang <languages>', LANG_HELP, parseLanguageList)
    .action(async (modules: string[], opts) => {
      const [{ resolveModuleDirs, checkModules }, { formatCheck }, { RULES }] = await Promise.all([
        import('./pipeline/modules.js'),
        import('./check/output.js'),
        import('./check/registry.js'),
      ]);
      const dirs = resolveModuleDirs(modules, modulesDirOf(opts));
      const result = checkModules(dirs, {
        everyNation: true,
        ...(opts.nation ? { nation: opts.nation as Nation } : {}),
        ...(opts.date ? { today: opts.date as string } : {}),
        ...(opts.lang ? { languages: opts.lang as Language[] } : {}),
      });
      io.out(formatCheck(opts.format as CheckFormat, result, dirs.length, RULES, packageVersion()));
      if (hasErrors(result.findings)) exitCode = 1;
    });

  program
    .command('list')
    .description('the library at a glance: every module with its audiences, formats, languages and review date, and which are due for review')
    .option('--modules-dir <dir>', 'where modules live', 'modules')
    .option('--date <YYYY-MM-DD>', 'judge reviews as of this date (default: today, or SOURCE_DATE_EPOCH)', parseDate)
    .action(async (opts) => {
      const [{ loadAndValidate, resolveModuleDirs }, { checkDate }, { formatOverview, summariseModule }, { formatDate }] = await Promise.all([
        import('./pipeline/modules.js'),
        import('./check/run-checks.js'),
        import('./library/overview.js'),
        import('./render/context.js'),
      ]);
      const { modules, findings } = loadAndValidate(resolveModuleDirs([], modulesDirOf(opts)));
      const today = (opts.date as string | undefined) ?? checkDate();
      io.out(formatOverview(modules.map((m) => summariseModule(m, today)), formatDate));
      if (hasErrors(findings)) {
        io.err(formatFindings(findings));
        exitCode = 1;
      }
    });

  program
    .command('new')
    .description('start a new module: every file in place, with comments that teach the format')
    .argument('<id>', 'the module id, which is also its folder name: lower-case letters, digits and hyphens')
    .option('-a, --audiences <ids>', `its audiences (comma-separated; default: all of ${DEFAULT_AUDIENCES.join(', ')})`, splitList)
    .option('--modules-dir <dir>', 'where modules live', 'modules')
    .action(async (id: string, opts) => {
      // The registry tells the audience schema, which the new module is checked against, the format ids.
      await import('./formats/registry.js');
      const { createModule } = await import('./scaffold/new-module.js');
      const modulesDir = modulesDirOf(opts);
      const { dir, files } = createModule(modulesDir, id, opts.audiences as string[] | undefined);
      const shown = (file: string) => (path.relative(io.cwd, file).startsWith('..') ? file : path.relative(io.cwd, file));
      for (const file of files) io.out(`wrote ${shown(file)}`);
      const where = opts.modulesDir === 'modules' ? '' : ` --modules-dir ${shown(modulesDir)}`;
      io.out(`\nNew module in ${shown(dir)}. Next:\n  workshopkit serve${where}         preview it in your browser as you edit\n  workshopkit check ${id}${where}  check it against the content rules`);
    });

  program
    .command('serve')
    .description('preview every module in your browser: saving a file rebuilds what it touches and reloads open pages')
    .option('-p, --port <n>', 'the port to listen on (default: 4280, or the next free one when it is taken; 0: any free port)', (value: string) => parsePort(value))
    .option('--host <address>', 'the address to listen on; other computers can reach the preview only if it is not 127.0.0.1', '127.0.0.1')
    .option('--open', 'open the index page in your browser')
    .option('--modules-dir <dir>', 'where modules live', 'modules')
    .option('--theme <name>', `the look: ${availableThemes().join(', ')} (default: from ${CONFIG_FILE}, else default)`)
    .option('--brand <file>', `a brand file, watched like the modules (default: from ${CONFIG_FILE})`)
    .addOption(new Option('--nation <nation>', 'preview the build for this nation').choices(NATIONS))
    .option('--lang <languages>', LANG_HELP, parseLanguageList)
    .option('--date <YYYY-MM-DD>', 'judge figures and reviews as of this date (default: today)', parseDate)
    .action(async (opts) => {
      const [{ runServe }, { chooseLook }] = await Promise.all([import('./serve/command.js'), import('./config/project-config.js')]);
      exitCode = await runServe({
        modulesDir: modulesDirOf(opts),
        host: opts.host as string,
        ...(opts.port !== undefined ? { port: opts.port as number } : {}),
        open: Boolean(opts.open),
        ...chooseLook({ ...(opts.theme ? { theme: opts.theme as string } : {}), ...(opts.brand ? { brand: opts.brand as string } : {}) }, io.cwd),
        ...(opts.nation ? { nation: opts.nation as Nation } : {}),
        ...(opts.date ? { date: opts.date as string } : {}),
        ...(opts.lang ? { languages: opts.lang as Language[] } : {}),
      }, io);
    });

  program
    .command('translate')
    .description('create or update a module\'s translation file (translations/<lang>.xlf, XLIFF 1.2) from its English')
    .argument('<module>', 'module id or folder')
    .requiredOption('--lang <language>', `the language to translate into: ${LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE).join(', ')}`)
    .option('--modules-dir <dir>', 'where modules live', 'modules')
    .action(async (moduleName: string, opts) => {
      const [language, ...more] = parseLanguageList(opts.lang as string);
      if (more.length) throw new UsageError('translate takes one language', `Run it once for each: workshopkit translate ${moduleName} --lang ${language}.`);
      if (language === SOURCE_LANGUAGE) throw new UsageError('modules are written in English: there is nothing to translate into it', `Give the language to translate into: ${LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE).join(', ')}.`);
      const [{ loadAndValidate, resolveModuleDirs }, { translateModule }] = await Promise.all([import('./pipeline/modules.js'), import('./translation/translate.js')]);
      const [dir] = resolveModuleDirs([moduleName], modulesDirOf(opts));
      const { modules, findings } = loadAndValidate([dir!]);
      if (!modules[0]) throw new ContentError(findings);
      const m = modules[0];
      const result = translateModule(m, language!);
      const { added, changed, removed, kept } = result.counts;
      io.out(`${result.changed ? 'wrote' : 'unchanged'} ${result.shown}: ${added} added, ${changed} changed (marked needs-translation), ${removed} removed, ${kept} kept`);
      io.out(result.untranslated ? `${plural(result.untranslated, 'unit')} to translate into ${LANGUAGE_NAMES[language!]}.` : `Every unit has a ${LANGUAGE_NAMES[language!]} translation.`);
      if (!m.source.languages?.includes(language!)) io.out(`To build it, add ${language} to the module's languages in module.yaml: languages: [${[...(m.source.languages ?? [SOURCE_LANGUAGE]), language].join(', ')}]`);
    });

  program
    .command('schema')
    .description('write the JSON schemas for module.yaml, stats.yaml, resources.yaml, audience files, brand files, themes and workshopkit.config.yaml to schemas/')
    .option('-o, --out <dir>', 'folder', path.join(PROJECT_ROOT, 'schemas'))
    .action(async (opts) => {
      // The registry tells the module schema the format ids it lists.
      const [{ buildJsonSchemas }, { audienceJsonSchemas }, { lookJsonSchemas }] = await Promise.all([
        import('./formats/registry.js').then(() => import('./schema/module-schema.js')),
        import('./schema/audience-schema.js'),
        import('./theme/json-schemas.js'),
      ]);
      const dir = path.resolve(io.cwd, opts.out as string);
      fs.mkdirSync(dir, { recursive: true });
      for (const [name, schema] of Object.entries({ ...buildJsonSchemas(), ...audienceJsonSchemas(), ...lookJsonSchemas() })) {
        fs.writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
        io.out(`wrote ${path.relative(io.cwd, path.join(dir, name))}`);
      }
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2; // commander has already printed the message
  }
  if (error instanceof ContentError) {
    io.err(formatFindings(error.findings));
    return 1;
  }
  if (error instanceof UsageError) {
    io.err(`workshopkit: ${error.message}${error.hint ? `\n  ${error.hint}` : ''}`);
    return 2;
  }
  if (error instanceof EnvironmentError) {
    io.err(`workshopkit: ${error.message}`);
    return 1;
  }
  // Anything else is a bug in workshopkit: show the stack so it can be reported.
  io.err(`workshopkit: internal error. Please report this with the module that caused it.\n${(error as Error)?.stack ?? String(error)}`);
  return 70;
}

// Run directly (tsx src/cli.ts …) as well as through bin.ts, which also starts the browser early.
const invokedDirectly = process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
