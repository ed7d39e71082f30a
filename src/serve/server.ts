// `workshopkit serve`: an HTTP server on localhost that serves every module's outputs from memory, watches
// the modules, templates and themes, rebuilds only what a saved file touches, and tells open pages to reload
// (server-sent events), printing the time from the save to the reloaded page.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { EnvironmentError, hasErrors, UsageError } from '../errors/finding.js';
import { formatFindings } from '../errors/report.js';
import { build, generatorName, type BuildConfig } from '../pipeline/build.js';
import { findBrowser } from '../print/browser.js';
import { TEMPLATES_DIR, THEMES_DIR } from '../project-root.js';
import { isEditorTemporary, planRebuild, type RebuildPlan, type WatchRoots } from './changes.js';
import { loadServeTemplates, pageStatus, PDF_FILES, PRINT_FORMATS, renderIndex, renderSource, SERVE_TEMPLATES_DIR, type ServeTemplates } from './pages.js';
import { parsePath, TOOL_PREFIX, type PageRef } from './paths.js';
import { describeFailure, keyName, PreviewSite, type OutputKey } from './site.js';

export const DEFAULT_PORT = 4280;
/** How many ports after the default are tried before asking the system for any free one. */
const PORT_ATTEMPTS = 20;

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

export interface ReloadedEvent {
  build: number;
  page: string;
  /** Milliseconds from the save to the reloaded page being ready. */
  ms: number;
}

interface Client {
  res: http.ServerResponse;
  page: PageRef;
  path: string;
}

interface BuildRecord {
  savedAt: number;
  rebuildMs: number;
  label: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const contentType = (file: string) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

const LIVE_SCRIPT = `<script src="${TOOL_PREFIX}/live.js"></script>`;

/** Adds the live-reload script to a served page; built outputs never have it. */
export function injectLiveReload(html: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? `${html}${LIVE_SCRIPT}` : `${html.slice(0, at)}${LIVE_SCRIPT}\n${html.slice(at)}`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** The brand file of a build config, when the build has one. */
function brandFileOf(config: object): string | undefined {
  const brand = (config as { brand?: unknown; brandFile?: unknown }).brand ?? (config as { brandFile?: unknown }).brandFile;
  return typeof brand === 'string' ? path.resolve(brand) : undefined;
}

/** Listens on the port asked for; without one, on the default or the next free port after it. */
async function listen(server: http.Server, host: string, port: number | undefined): Promise<{ port: number; portTaken?: number }> {
  const tryPort = (candidate: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve((server.address() as { port: number }).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidate, host);
    });
  if (port !== undefined) {
    try {
      return { port: await tryPort(port) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new EnvironmentError(`port ${port} on ${host} is in use. Stop what is using it, pass another --port, or leave --port out to pick a free one.`);
      }
      if ((error as NodeJS.ErrnoException).code === 'EADDRNOTAVAIL') throw new EnvironmentError(`this computer has no address ${host} to listen on. Leave --host out to use 127.0.0.1.`);
      throw error;
    }
  }
  for (let candidate = DEFAULT_PORT; candidate < DEFAULT_PORT + PORT_ATTEMPTS; candidate++) {
    try {
      const bound = await tryPort(candidate);
      return candidate === DEFAULT_PORT ? { port: bound } : { port: bound, portTaken: DEFAULT_PORT };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  return { port: await tryPort(0), portTaken: DEFAULT_PORT };
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? { out: (t: string) => console.log(t), err: (t: string) => console.error(t) };
  const pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workshopkit-serve-'));
  const removePdfDir = () => fs.rmSync(pdfDir, { recursive: true, force: true });
  // If the process ends without close() (a browser's own Ctrl-C handler exits at once), leave nothing behind.
  process.once('exit', removePdfDir);
  const config: BuildConfig = { ...options.config, modules: [], outDir: pdfDir, dryRun: false } as BuildConfig;
  const roots: WatchRoots = { modulesDir: path.resolve(config.modulesDir), templatesDir: TEMPLATES_DIR, themesDir: THEMES_DIR };
  const brandFile = brandFileOf(config);
  if (brandFile) roots.brandFile = brandFile;
  const instance = crypto.randomUUID();
  const generator = generatorName();

  const site = new PreviewSite(config);
  site.onBug = (error) => log.err(`workshopkit serve: ${(error as Error)?.stack ?? String(error)}`);
  site.loadAll();
  let templates: ServeTemplates = loadServeTemplates();
  let canPrint = true;
  try {
    findBrowser();
  } catch {
    canPrint = false;
  }

  const clients = new Set<Client>();
  const builds = new Map<number, BuildRecord>();
  const rebuildListeners = new Set<(event: RebuildEvent) => void>();
  const reloadedListeners = new Set<(event: ReloadedEvent) => void>();
  const pdfProblems = new Map<string, string>();
  let buildCount = 0;
  let closing = false;

  const pdfsOf = (module: string, audience: string) => {
    const dir = path.join(pdfDir, module, audience);
    return new Set(fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')) : []);
  };
  const indexHtml = () =>
    renderIndex(site, templates, { modulesDir: roots.modulesDir, generator, pdfsOf, pdfProblemOf: (m, a) => pdfProblems.get(`${m}/${a}`), canPrint });
  const hashOf = (text: string) => crypto.createHash('sha1').update(text).digest('hex');
  let indexHash = hashOf(indexHtml());

  const moduleOf = (page: PageRef) =>
    page.kind === 'output' ? page.key.module : page.kind === 'source' || page.kind === 'pdf' ? page.module : undefined;
  const send = (client: Client, event: string, data: unknown) => {
    if (!client.res.writableEnded) client.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  // The overlay is for outputs; the index and the source view show the problems themselves.
  const sendStatus = (client: Client) => send(client, 'status', pageStatus(site, client.page.kind === 'output' ? client.page.key.module : undefined));

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
    const plan: RebuildPlan = planRebuild(files.keys(), roots);
    if (!plan.files.size) return;
    const started = performance.now();
    const savedAt = Math.min(...[...plan.files].map((f) => files.get(f) ?? Date.now()));
    const openOutputs = new Map<string, OutputKey>();
    for (const client of clients) if (client.page.kind === 'output') openOutputs.set(keyName(client.page.key), client.page.key);
    const before = new Map([...openOutputs].map(([name, key]) => [name, site.peek(key)]));
    const statusBefore = new Map([...site.modules].map(([id, s]) => [id, JSON.stringify([s.findings.filter((f) => f.severity === 'error'), s.failure])]));
    const templateFailureBefore = site.templateFailure;

    const results = new Map<string, string>();
    // A theme or the brand is checked with every module (its own problems are findings too).
    const toCheck = plan.everything ? new Set([...plan.modules, ...site.modules.keys()]) : plan.modules;
    for (const id of toCheck) results.set(id, site.refreshModule(id));
    if (plan.everything) site.invalidateAll();
    else if (plan.formats.size) site.invalidateFormats(plan.formats);
    if (plan.servePages) {
      try {
        templates = loadServeTemplates();
      } catch (error) {
        log.err(`workshopkit serve: the preview's own templates in ${SERVE_TEMPLATES_DIR} have a problem: ${describeFailure(error)}`);
      }
    }
    // A module that changed makes its PDFs out of date: they are removed, and can be made again.
    for (const [id, result] of results) {
      if (result === 'good' || result === 'removed') {
        fs.rmSync(path.join(pdfDir, id), { recursive: true, force: true });
        for (const key of [...pdfProblems.keys()]) if (key.startsWith(`${id}/`)) pdfProblems.delete(key);
      }
    }

    // Render what the open pages show now; everything else is rendered when it is asked for. A deck whose
    // only change is its HTML can swap its slides in place; anything else (a stylesheet, a script) reloads.
    const changed = new Map<string, { soft: boolean }>();
    for (const [name, key] of openOutputs) {
      const output = await site.output(key);
      const old = before.get(name);
      const copiedChanged = Boolean(output && [...output.copies].some((file) => plan.files.has(file)));
      if (output?.hash === old?.hash && !copiedChanged) continue;
      const onlyHtml = Boolean(output && old) && [...new Set([...output!.fileHashes.keys(), ...old!.fileHashes.keys()])]
        .every((file) => file === 'index.html' || output!.fileHashes.get(file) === old!.fileHashes.get(file));
      changed.set(name, { soft: key.format === 'deck' && onlyHtml && !copiedChanged });
    }
    const newIndexHash = hashOf(indexHtml());
    const indexChanged = newIndexHash !== indexHash || plan.servePages;
    indexHash = newIndexHash;

    const build = ++buildCount;
    const rebuildMs = Date.now() - savedAt;
    const label = [...plan.files].map((f) => describeFile(f, roots)).join(', ');
    builds.set(build, { savedAt, rebuildMs, label });
    if (builds.size > 200) builds.delete(Math.min(...builds.keys()));

    const reloaded: string[] = [];
    for (const client of clients) {
      const page = client.page;
      const module = moduleOf(page);
      let reload = false;
      let soft = false;
      if (page.kind === 'output') {
        reload = changed.has(keyName(page.key));
        soft = changed.get(keyName(page.key))?.soft ?? false;
      } else if (page.kind === 'index') reload = indexChanged;
      else if (page.kind === 'source') reload = plan.modules.has(page.module) || plan.servePages;
      else if (page.kind === 'unknown' || page.kind === 'pdf') reload = module !== undefined && plan.modules.has(module);
      if (reload) {
        send(client, 'reload', { build, soft });
        // A page that swaps its slides in place keeps its overlay, so it is told the status too.
        if (soft) sendStatus(client);
        reloaded.push(client.path);
      } else if (
        (module && statusBefore.get(module) !== JSON.stringify([site.modules.get(module)?.findings.filter((f) => f.severity === 'error'), site.modules.get(module)?.failure])) ||
        templateFailureBefore !== site.templateFailure
      ) {
        sendStatus(client);
      }
    }
    for (const [id, result] of results) reportModule(id, result, statusBefore.get(id));
    const problems = [...results.keys()].some((id) => {
      const state = site.modules.get(id);
      return Boolean(state && (hasErrors(state.findings) || state.failure));
    });
    log.out(`${label}: rebuilt in ${Math.round(performance.now() - started)} ms${reloaded.length ? `, reloading ${reloaded.length} page${reloaded.length === 1 ? '' : 's'}` : ''}`);
    for (const listener of rebuildListeners) listener({ build, files: [...plan.files], rebuildMs, reloaded, problems });
  }

  // Saves arrive as one or more events within a few milliseconds; wait a moment so one save is one rebuild.
  const pending = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
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

  const watched = [roots.modulesDir, roots.templatesDir, roots.themesDir, ...(brandFile ? [brandFile] : [])];
  const watcher: FSWatcher = watch(watched, {
    ignoreInitial: true,
    ignored: (file: string) => file !== roots.modulesDir && isEditorTemporary(file) && !watched.includes(file),
  });
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onFileEvent);
  watcher.on('error', (error) => log.err(`workshopkit serve: watching files failed: ${describeFailure(error)}`));
  await new Promise<void>((resolve) => watcher.once('ready', resolve));

  // PDFs are made only when asked for, one request at a time, into a temporary folder.
  let printing = Promise.resolve();
  async function makePdfs(module: string, audience: string): Promise<void> {
    const state = site.modules.get(module);
    if (!state?.good || !site.formatsOf(module, audience).some((f) => f !== 'deck')) return;
    const started = state.goodSince;
    const formats = site.formatsOf(module, audience).filter((f) => f !== 'deck');
    const job = printing.then(async () => {
      const t0 = performance.now();
      try {
        await build({ ...config, modules: [state.dir], audiences: [audience], formats });
        pdfProblems.delete(`${module}/${audience}`);
        log.out(`${module}/${audience}: ${formats.length} PDF${formats.length === 1 ? '' : 's'} made in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = error instanceof EnvironmentError || error instanceof UsageError ? error.message : describeFailure(error);
        pdfProblems.set(`${module}/${audience}`, `The PDFs could not be made: ${message}`);
        log.err(`${module}/${audience}: the PDFs could not be made: ${message}`);
      }
      // Saved while printing: those PDFs are already out of date.
      if (site.modules.get(module)?.goodSince !== started) fs.rmSync(path.join(pdfDir, module), { recursive: true, force: true });
      const newIndexHash = hashOf(indexHtml());
      if (newIndexHash !== indexHash) {
        indexHash = newIndexHash;
        for (const client of clients) if (client.page.kind === 'index') send(client, 'reload', { build: null });
      }
    });
    printing = job.catch(() => undefined);
    await job;
  }

  // A page on another site could reach this port through a name of its own that points here (DNS
  // rebinding): only an address, or this computer's own names, are answered.
  const ownNames = new Set([...LOOPBACK, host, os.hostname().toLowerCase(), `${os.hostname().toLowerCase()}.local`]);
  const hostAllowed = (hostHeader: string | undefined) => {
    if (!hostHeader) return false;
    const name = hostHeader.toLowerCase().replace(/:\d+$/, '');
    return ownNames.has(name) || net.isIP(name.replace(/^\[|\]$/g, '')) !== 0;
  };

  function sendHtml(res: http.ServerResponse, status: number, html: string, method: string): void {
    const body = Buffer.from(injectLiveReload(html));
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(method === 'HEAD' ? undefined : body);
  }

  function sendMessage(res: http.ServerResponse, status: number, title: string, paragraphs: string[], method: string, problems: { severity: string; text: string }[] = []): void {
    sendHtml(res, status, templates.message({ title, paragraphs, problems }), method);
  }

  function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: { contents?: string | Uint8Array; copyFrom?: string }, name: string, method: string): void {
    let etag: string;
    let size: number;
    if (file.copyFrom) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file.copyFrom);
      } catch {
        return sendMessage(res, 404, 'Not found', [`${name} is missing from the disk.`], method);
      }
      etag = `"${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}"`;
      size = stat.size;
    } else {
      etag = `"${crypto.createHash('sha1').update(file.contents ?? '').digest('hex')}"`;
      size = Buffer.byteLength(file.contents ?? '');
    }
    const headers = { 'content-type': contentType(name), 'cache-control': 'no-cache', etag };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, { ...headers, 'content-length': size });
    if (method === 'HEAD') return void res.end();
    if (file.copyFrom) fs.createReadStream(file.copyFrom).on('error', () => res.destroy()).pipe(res);
    else res.end(file.contents ?? '');
  }

  function serveEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    const pagePath = url.searchParams.get('page') ?? '/';
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 500\n\n');
    const client: Client = { res, page: parsePath(pagePath.endsWith('/') && pagePath !== '/' ? `${pagePath}index.html` : pagePath), path: pagePath };
    clients.add(client);
    send(client, 'hello', { instance });
    sendStatus(client);
    const ping = setInterval(() => res.write(': ping\n\n'), 20_000);
    ping.unref();
    req.on('close', () => {
      clearInterval(ping);
      clients.delete(client);
    });
  }

  function readBody(req: http.IncomingMessage, limit = 16_384): Promise<string> {
    return new Promise((resolve, reject) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > limit) {
          reject(new Error('too large'));
          req.destroy();
        }
      });
      req.on('end', () => resolve(body));
      req.on('error', reject);
    });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (!hostAllowed(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('This preview answers only to its own address.\n');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const page = parsePath(url.pathname);

    if (method === 'POST') {
      const origin = req.headers.origin;
      if (origin && origin !== 'null' && new URL(origin).host !== req.headers.host) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('Refused: the request came from another site.\n');
      }
      if (page.kind === 'tool' && page.name === 'reloaded') {
        const body = await readBody(req).catch(() => '');
        res.writeHead(204).end();
        try {
          const { build, page: reloadedPage } = JSON.parse(body) as { build: number | null; page: string };
          const record = build === null ? undefined : builds.get(build);
          if (!record) return;
          const ms = Math.round(Date.now() - record.savedAt);
          log.out(`${reloadedPage}: reloaded ${ms} ms after the save`);
          for (const listener of reloadedListeners) listener({ build: build!, page: reloadedPage, ms });
        } catch {
          // not a report from our own script
        }
        return;
      }
      if (page.kind === 'tool' && page.name === 'pdf') {
        const form = new URLSearchParams(await readBody(req).catch(() => ''));
        const module = form.get('module') ?? '';
        const audience = form.get('audience') ?? '';
        if (!site.modules.has(module) || !site.formatsOf(module, audience).length) return sendMessage(res, 404, 'No such module or audience', [`There is no audience "${audience}" in a module "${module}".`], 'GET');
        await makePdfs(module, audience);
        res.writeHead(303, { location: `/#module-${encodeURIComponent(module)}-${encodeURIComponent(audience)}` });
        return void res.end();
      }
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, POST' }).end();
      return;
    }

    if (page.kind === 'index') return sendHtml(res, 200, indexHtml(), method);
    if (page.kind === 'tool') {
      if (page.name === 'events') return serveEvents(req, res, url);
      if (page.name === 'live.js') return sendFile(req, res, { copyFrom: path.join(SERVE_TEMPLATES_DIR, 'live-reload.js') }, 'live.js', method);
      if (page.name === 'serve.css') return sendFile(req, res, { copyFrom: path.join(SERVE_TEMPLATES_DIR, 'serve.css') }, 'serve.css', method);
    }
    if (page.kind === 'source') {
      const state = site.modules.get(page.module);
      const html = state && renderSource(state, page.file, templates);
      if (html) return sendHtml(res, 200, html, method);
      return sendMessage(res, 404, 'Not found', [`${page.module}/${page.file} is not a file of a module.`], method);
    }
    if (page.kind === 'pdf') {
      const file = path.join(pdfDir, page.module, page.audience, page.file);
      if (Object.values(PDF_FILES).includes(page.file) && fs.existsSync(file)) return sendFile(req, res, { copyFrom: file }, page.file, method);
      return sendMessage(res, 404, 'This PDF has not been made', ['PDFs are made when you ask for them on the index page, and removed when the module changes.'], method);
    }
    if (page.kind === 'output') {
      const { key } = page;
      const state = site.modules.get(key.module);
      if (!state) return sendMessage(res, 404, 'Not found', [`There is no module "${key.module}" in ${roots.modulesDir}.`], method);
      if (!state.good) {
        const status = pageStatus(site, key.module);
        return sendMessage(res, 503, `${key.module} cannot be shown yet`, ['This module has never passed the check since the server started. Fix the problems below and save: this page updates.'], method,
          status.problems.map((p) => ({ severity: p.severity, text: p.text })).concat(status.failure ? [{ severity: 'error', text: status.failure }] : []));
      }
      const output = await site.output(key);
      const file = output?.files.get(page.file);
      if (!output || !file) {
        if (!output && site.formatsOf(key.module, key.audience).includes(key.format)) {
          return sendMessage(res, 500, `${key.format} for ${key.audience} could not be rendered`, [state.failure ?? site.templateFailure ?? 'See the terminal.'], method);
        }
        return sendMessage(res, 404, 'Not found', [`${url.pathname} is not one of the outputs of ${key.module}.`], method);
      }
      if (page.file.endsWith('.html')) return sendHtml(res, 200, typeof file.contents === 'string' ? file.contents : fs.readFileSync(file.copyFrom!, 'utf8'), method);
      return sendFile(req, res, file, page.file, method);
    }
    // A folder without its slash: /module/audience/deck.
    if (!url.pathname.endsWith('/') && parsePath(`${url.pathname}/`).kind === 'output') {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return void res.end();
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    return sendMessage(res, 404, 'Not found', [`Nothing is served at ${url.pathname}.`], method);
  }

  const server = http.createServer();
  server.on('request', (req, res) => {
    handle(req, res).catch((error) => {
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
    process.off('exit', removePdfDir);
    removePdfDir();
    throw error;
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${listening.port}/`,
    port: listening.port,
    ...(listening.portTaken ? { portTaken: listening.portTaken } : {}),
    site,
    pages: () => [...clients].map((client) => client.path),
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
        await watcher.close();
        for (const client of clients) client.res.end();
        clients.clear();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await working;
        await printing;
        process.off('exit', removePdfDir);
        removePdfDir();
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
