// `workshopkit serve`: an HTTP server on localhost that serves every module's outputs from memory, watches
// the modules, templates and themes, rebuilds only what a saved file touches, and tells open pages to reload
// (server-sent events), printing the time from the save to the reloaded page. This file puts the parts
// together: the site (site.ts), the rebuild planner (changes.ts), the live-reload pages (live-reload.ts),
// the PDF jobs (pdf-jobs.ts), the router (router.ts) and the port (listen.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { hasErrors } from '../errors/finding.js';
import { formatFindings } from '../errors/report.js';
import { checkDate } from '../check/run-checks.js';
import { audienceFolders } from '../audiences/load-audiences.js';
import { build, generatorName, type BuildConfig } from '../pipeline/build.js';
import { findBrowser } from '../print/browser.js';
import { TEMPLATES_DIR, THEMES_DIR } from '../project-root.js';
import { isEditorTemporary, outputChange, pageReload, planRebuild, templateFolderOf, withoutUnchanged, type WatchRoots } from './changes.js';
import { folderHash, lookInputsHash } from '../pipeline/output-keys.js';
import { ownHostNames } from './guards.js';
import { listen } from './listen.js';
import { LiveReload, type LiveClient, type ReloadedEvent } from './live-reload.js';
import { loadServeTemplates, pageStatus, renderIndex, SERVE_TEMPLATES_DIR, type ServeTemplates } from './pages.js';
import type { PageRef } from './paths.js';
import { PdfJobs } from './pdf-jobs.js';
import { createRouter } from './router.js';
import { describeFailure, keyName, PreviewSite, type OutputKey } from './site.js';

export { DEFAULT_PORT } from './listen.js';
export { injectLiveReload, type ReloadedEvent } from './live-reload.js';

export interface ServeOptions {
  /** The build the previews are made with: modulesDir, theme, nation, date. Its outDir is ignored. */
  config: Omit<BuildConfig, 'outDir' | 'dryRun' | 'modules'>;
  host?: string;
  /** Undefined: the default, or the next free port when it is taken. 0: any free port. */
  port?: number;
  /** Milliseconds to wait for more events after a save, so one save is one rebuild. */
  debounceMs?: number;
  log?: { out: (text: string) => void; err: (text: string) => void };
}

export interface RunningServer {
  url: string;
  port: number;
  /** The port asked for, when it was taken and another was used. */
  portTaken?: number;
  site: PreviewSite;
  /** The pages connected for live reload, by their address. */
  pages(): string[];
  /** Resolves with each rebuild, after the pages it touches have been told. */
  onRebuild(listener: (event: RebuildEvent) => void): () => void;
  /** Resolves with each page that reports it has reloaded. */
  onReloaded(listener: (event: ReloadedEvent) => void): () => void;
  close(): Promise<void>;
}

export interface RebuildEvent {
  build: number;
  files: string[];
  /** Milliseconds from the save to the end of the rebuild (the wait for more events included). */
  rebuildMs: number;
  /** Pages told to reload. */
  reloaded: string[];
  problems: boolean;
}

/** The brand file of a build config, when the build has one. */
function brandFileOf(config: object): string | undefined {
  const brand = (config as { brand?: unknown; brandFile?: unknown }).brand ?? (config as { brandFile?: unknown }).brandFile;
  return typeof brand === 'string' ? path.resolve(brand) : undefined;
}

const hashOf = (text: string) => crypto.createHash('sha1').update(text).digest('hex');

/** chokidar's throttle for change events on one file, and a margin. */
const DROPPED_CHANGE_WINDOW_MS = 75;

/** What a file was when it was read: a later write changes its size or times (the change time cannot be set back). */
function statKey(file: string): string {
  const stats = fs.statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : 'gone';
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? { out: (t: string) => console.log(t), err: (t: string) => console.error(t) };
  const config = { ...options.config, modules: [], dryRun: false } as Omit<BuildConfig, 'outDir'>;
  const roots: WatchRoots = { modulesDir: path.resolve(config.modulesDir), templatesDir: TEMPLATES_DIR, themesDir: THEMES_DIR };
  const brandFile = brandFileOf(config);
  if (brandFile) roots.brandFile = brandFile;
  roots.audiencesDirs = audienceFolders(path.dirname(roots.modulesDir));
  const generator = generatorName();
  let lookInputs = lookInputsHash(brandFile);
  // What each template folder holds, so a template saved as it was renders nothing again.
  const templateInputs = new Map(
    fs.readdirSync(TEMPLATES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => [e.name, folderHash(path.join(TEMPLATES_DIR, e.name))]),
  );
  const live = new LiveReload();

  // PDFs are printed on request into a temporary folder; everything else is rendered in memory.
  const pdfs: PdfJobs = new PdfJobs({
    config,
    build,
    log,
    source: {
      goodVersionOf: (module) => {
        const state = site.modules.get(module);
        return state?.good ? { dir: state.dir, since: state.goodSince } : undefined;
      },
      formatsOf: (module, audience) => site.formatsOf(module, audience),
    },
    onDone: () => {
      if (indexChanged()) for (const client of live.clients) if (client.page.kind === 'index') live.send(client, 'reload', { build: null });
    },
  });
  const site: PreviewSite = new PreviewSite({ ...config, outDir: pdfs.dir } as BuildConfig);
  site.onBug = (error) => log.err(`workshopkit serve: ${(error as Error)?.stack ?? String(error)}`);
  site.loadAll();
  let templates: ServeTemplates = loadServeTemplates();
  let canPrint = true;
  try {
    findBrowser();
  } catch {
    canPrint = false;
  }

  const rebuildListeners = new Set<(event: RebuildEvent) => void>();
  const reloadedListeners = new Set<(event: ReloadedEvent) => void>();
  let closing = false;

  const indexHtml = () =>
    renderIndex(site, templates, { modulesDir: roots.modulesDir, generator, pdfsOf: (m, a) => pdfs.made(m, a), pdfProblemOf: (m, a) => pdfs.problemOf(m, a), canPrint, today: config.date ?? checkDate() });
  let indexHash = '';
  /** Whether the index shows something new since it was last looked at. */
  const indexChanged = () => {
    const now = hashOf(indexHtml());
    const changed = now !== indexHash;
    indexHash = now;
    return changed;
  };

  indexChanged();

  const moduleOf = (page: PageRef) =>
    page.kind === 'output' ? page.key.module : page.kind === 'source' || page.kind === 'pdf' ? page.module : undefined;
  // The overlay is for outputs; the index and the source view show the problems themselves.
  const statusFor = (page: PageRef) => pageStatus(site, page.kind === 'output' ? page.key.module : undefined);
  const sendStatus = (client: LiveClient) => live.send(client, 'status', statusFor(client.page));
  const errorsOf = (id: string) => {
    const state = site.modules.get(id);
    return JSON.stringify([state?.findings.filter((f) => f.severity === 'error'), state?.failure]);
  };

  function reportModule(id: string, result: string, previous: string | undefined): void {
    const state = site.modules.get(id);
    if (result === 'removed') return log.out(`${id}: removed`);
    if (!state) return;
    const errors = state.findings.filter((f) => f.severity === 'error');
    const now = JSON.stringify([errors, state.failure]);
    if (now === previous) return;
    if (errors.length) log.err(`${id}: the last version without errors is still shown\n${formatFindings(errors)}`);
    else if (state.failure) log.err(`${id}: ${state.failure}`);
    else if (previous && previous !== JSON.stringify([[], undefined])) log.out(`${id}: fixed, no errors`);
  }

  /** One batch of saved files: check the modules they are in, render what open pages show, tell those that changed. */
  async function rebuild(files: Map<string, number>): Promise<void> {
    const saved = planRebuild(files.keys(), roots);
    if (!saved.files.size) return;
    const started = performance.now();
    const readAs = new Map([...files.keys()].map((file) => [file, statKey(file)]));
    const savedAt = Math.min(...[...saved.files].map((f) => files.get(f) ?? Date.now()));
    const openOutputs = new Map<string, OutputKey>();
    for (const client of live.clients) if (client.page.kind === 'output') openOutputs.set(keyName(client.page.key), client.page.key);
    const before = new Map([...openOutputs].map(([name, key]) => [name, site.peek(key)]));
    const statusBefore = new Map([...site.modules.keys()].map((id) => [id, errorsOf(id)]));
    const templateFailureBefore = site.templateFailure;

    const results = new Map<string, string>();
    // Like a build's output keys: a theme or brand saved as it was changes nothing, and neither does a
    // module whose files (and audiences' files) are those last checked.
    const lookNow = saved.everything ? lookInputsHash(brandFile) : lookInputs;
    const lookChanged = lookNow !== lookInputs;
    lookInputs = lookNow;
    // A theme or the brand is checked with every module (its own problems are findings too); an audiences
    // folder's change reaches every module through the module's own inputs.
    if (lookChanged) site.invalidateAll();
    const toCheck = saved.everything ? new Set([...saved.modules, ...site.modules.keys()]) : saved.modules;
    for (const id of toCheck) results.set(id, site.refreshModule(id));
    const unchanged = new Set([...results].filter(([, result]) => result === 'unchanged').map(([id]) => id));
    for (const id of unchanged) results.delete(id);
    const unchangedTemplates = new Set<string>();
    for (const folder of new Set([...saved.files].map((file) => templateFolderOf(file, roots)).filter((f): f is string => f !== undefined))) {
      const now = folderHash(path.join(TEMPLATES_DIR, folder));
      if (templateInputs.get(folder) === now) unchangedTemplates.add(folder);
      templateInputs.set(folder, now);
    }
    const plan = withoutUnchanged(saved, roots, { modules: unchanged, templateFolders: unchangedTemplates, lookChanged });
    if (!lookChanged && plan.formats.size) site.invalidateFormats(plan.formats);
    if (plan.servePages) {
      try {
        templates = loadServeTemplates();
      } catch (error) {
        log.err(`workshopkit serve: the preview's own templates in ${SERVE_TEMPLATES_DIR} have a problem: ${describeFailure(error)}`);
      }
    }
    // A module that changed makes its PDFs out of date: they are removed, and can be made again.
    for (const [id, result] of results) if (result === 'good' || result === 'removed') pdfs.forget(id);

    // Render what the open pages show now; everything else is rendered when it is asked for.
    const outputs = new Map<string, { soft: boolean }>();
    for (const [name, key] of openOutputs) {
      const change = outputChange(key.format, before.get(name), await site.output(key), plan.files);
      if (change) outputs.set(name, change);
    }
    const changes = { outputs, indexChanged: indexChanged() || plan.servePages, plan };

    const build = live.recordBuild(savedAt);
    const rebuildMs = Date.now() - savedAt;
    const label = [...saved.files].map((f) => describeFile(f, roots)).join(', ');
    const reloaded: string[] = [];
    for (const client of live.clients) {
      const { reload, soft } = pageReload(client.page, changes);
      const module = moduleOf(client.page);
      if (reload) {
        live.send(client, 'reload', { build, soft });
        // A page that swaps its slides in place keeps its overlay, so it is told the status too.
        if (soft) sendStatus(client);
        reloaded.push(client.path);
      } else if ((module && statusBefore.get(module) !== errorsOf(module)) || templateFailureBefore !== site.templateFailure) {
        sendStatus(client);
      }
    }
    for (const [id, result] of results) reportModule(id, result, statusBefore.get(id));
    const problems = [...results.keys()].some((id) => {
      const state = site.modules.get(id);
      return Boolean(state && (hasErrors(state.findings) || state.failure));
    });
    if (!plan.files.size) log.out(`${label}: unchanged, nothing rebuilt`);
    else log.out(`${label}: rebuilt in ${Math.round(performance.now() - started)} ms${reloaded.length ? `, reloading ${reloaded.length} page${reloaded.length === 1 ? '' : 's'}` : ''}`);
    for (const listener of rebuildListeners) listener({ build, files: [...plan.files], rebuildMs, reloaded, problems });
    recheckLater(readAs);
  }

  // The watcher drops a second change to a file within 50 ms of the first (an editor's save followed by
  // its format-on-save, or a fix typed fast): so once that window has passed, each file just rebuilt is
  // looked at again, and one that changed since it was read is rebuilt as if its event had come.
  function recheckLater(readAs: Map<string, string>): void {
    const recheck = setTimeout(() => {
      rechecks.delete(recheck);
      for (const [file, before] of readAs) if (statKey(file) !== before) onFileEvent(file);
    }, DROPPED_CHANGE_WINDOW_MS);
    rechecks.add(recheck);
  }

  // Saves arrive as one or more events within a few milliseconds; wait a moment so one save is one rebuild.
  const pending = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  const rechecks = new Set<NodeJS.Timeout>();
  let working = Promise.resolve();
  const debounceMs = options.debounceMs ?? 15;
  function onFileEvent(file: string): void {
    if (closing) return;
    const now = Date.now();
    let savedAt = now;
    try {
      // The file's own time is when the editor wrote it, a little before the event arrives.
      const mtime = fs.statSync(file).mtimeMs;
      if (mtime <= now && now - mtime < 2000) savedAt = mtime;
    } catch {
      // removed
    }
    const absolute = path.resolve(file);
    pending.set(absolute, Math.min(pending.get(absolute) ?? Infinity, savedAt));
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const batch = new Map(pending);
      pending.clear();
      working = working.then(async () => {
        if (closing) return;
        try {
          await rebuild(batch);
        } catch (error) {
          log.err(`workshopkit serve: the rebuild failed: ${(error as Error)?.stack ?? String(error)}`);
        }
      });
    }, debounceMs);
  }

  const watched = [roots.modulesDir, roots.templatesDir, roots.themesDir, ...roots.audiencesDirs, ...(brandFile ? [brandFile] : [])];
  const watcher: FSWatcher = watch(watched, {
    ignoreInitial: true,
    ignored: (file: string) => file !== roots.modulesDir && isEditorTemporary(file) && !watched.includes(file),
  });
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onFileEvent);
  watcher.on('error', (error) => log.err(`workshopkit serve: watching files failed: ${describeFailure(error)}`));
  await new Promise<void>((resolve) => watcher.once('ready', resolve));

  const route = createRouter({
    site,
    live,
    pdfs,
    modulesDir: roots.modulesDir,
    ownNames: ownHostNames(host),
    templates: () => templates,
    indexHtml,
    statusFor,
    onReloaded: (event) => {
      log.out(`${event.page}: reloaded ${event.ms} ms after the save`);
      for (const listener of reloadedListeners) listener(event);
    },
  });
  const server = http.createServer();
  server.on('request', (req, res) => {
    route(req, res).catch((error) => {
      log.err(`workshopkit serve: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The preview server failed on this request; the terminal says why.\n');
    });
  });
  let listening: { port: number; portTaken?: number };
  try {
    listening = await listen(server, host, options.port);
  } catch (error) {
    await watcher.close();
    await pdfs.close();
    throw error;
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${listening.port}/`,
    port: listening.port,
    ...(listening.portTaken ? { portTaken: listening.portTaken } : {}),
    site,
    pages: () => live.pages(),
    onRebuild(listener) {
      rebuildListeners.add(listener);
      return () => rebuildListeners.delete(listener);
    },
    onReloaded(listener) {
      reloadedListeners.add(listener);
      return () => reloadedListeners.delete(listener);
    },
    close() {
      closed ??= (async () => {
        closing = true;
        clearTimeout(timer);
        for (const recheck of rechecks) clearTimeout(recheck);
        await watcher.close();
        live.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await working;
        await pdfs.close();
      })();
      return closed;
    },
  };
}

/** A changed file as the terminal names it: inside the modules folder, or inside workshopkit. */
function describeFile(file: string, roots: WatchRoots): string {
  const inModules = path.relative(roots.modulesDir, file);
  if (!inModules.startsWith('..')) return inModules.split(path.sep).join('/');
  const inProject = path.relative(path.dirname(roots.templatesDir), file);
  return inProject.startsWith('..') ? file : inProject.split(path.sep).join('/');
}

/** One line per module for the terminal: its id and how its check went. */
export function summariseModules(site: PreviewSite): string {
  return [...site.modules.values()]
    .map((state) => `  ${state.id.padEnd(20)} ${state.failure ? `problem: ${state.failure}` : state.findings.length ? formatFindings(state.findings).split('\n').at(-1)! : 'no problems'}`)
    .join('\n');
}
