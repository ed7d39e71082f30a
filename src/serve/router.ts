// Which answer each request gets. The guards first (the Host header, then the origin of a POST), then by the
// page an address names (paths.ts): the index, a module file, an output rendered from memory, a made PDF, or
// the preview's own script, stylesheet, events and forms. Every HTML page gets the live-reload script and a
// Content-Security-Policy; nothing here reads the disk from a URL.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy, FILE_POLICY } from './csp.js';
import { withoutDeckPolicy } from '../render/csp.js';
import { checkOrigin, hostAllowed } from './guards.js';
import type { LiveReload, ReloadedEvent } from './live-reload.js';
import { injectLiveReload } from './live-reload.js';
import { pageStatus, PDF_FILES, renderSource, SERVE_TEMPLATES_DIR, type ServeTemplates } from './pages.js';
import { parsePath, type PageRef } from './paths.js';
import type { PdfJobs } from './pdf-jobs.js';
import type { PreviewSite } from './site.js';
import { sendContents, sendFromDisk } from './static-files.js';

export interface RouterContext {
  site: PreviewSite;
  live: LiveReload;
  pdfs: PdfJobs;
  modulesDir: string;
  /** The names this server answers to (guards.ts). */
  ownNames: Set<string>;
  templates(): ServeTemplates;
  indexHtml(): string;
  /** The status an open page's overlay shows. */
  statusFor(page: PageRef): unknown;
  onReloaded(event: ReloadedEvent): void;
}

/** The preview's own files, by their name under /__workshopkit/. */
const TOOL_FILES: Record<string, string> = {
  'live.js': path.join(SERVE_TEMPLATES_DIR, 'live-reload.js'),
  'serve.css': path.join(SERVE_TEMPLATES_DIR, 'serve.css'),
};

/** A form's or a report's body, up to a limit: nothing the preview takes is large. */
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

function plainText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': FILE_POLICY });
  res.end(`${text}\n`);
}

export function createRouter(ctx: RouterContext): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  function sendHtml(req: http.IncomingMessage, res: http.ServerResponse, status: number, html: string): void {
    // A deck's own policy (a meta tag) would refuse the live reload's connection: the preview sends its own.
    html = withoutDeckPolicy(html);
    const body = Buffer.from(injectLiveReload(html));
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store', 'content-security-policy': contentSecurityPolicy(html) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function sendMessage(req: http.IncomingMessage, res: http.ServerResponse, status: number, title: string, paragraphs: string[], problems: { severity: string; text: string }[] = []): void {
    sendHtml(req, res, status, ctx.templates().message({ title, paragraphs, problems }));
  }

  async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: { contents?: string | Uint8Array; copyFrom?: string }, name: string): Promise<void> {
    const headers = { 'content-security-policy': FILE_POLICY };
    if (!file.copyFrom) return sendContents(req, res, file.contents ?? '', name, headers);
    if (!(await sendFromDisk(req, res, file.copyFrom, name, headers))) sendMessage(req, res, 404, 'Not found', [`${name} is missing from the disk.`]);
  }

  async function post(req: http.IncomingMessage, res: http.ServerResponse, page: PageRef): Promise<void> {
    const verdict = checkOrigin(req.headers);
    if (!verdict.allowed) return plainText(res, verdict.status, `Refused: ${verdict.reason}.`);
    if (page.kind === 'tool' && page.name === 'reloaded') {
      const body = await readBody(req).catch(() => '');
      res.writeHead(204).end();
      const event = ctx.live.reloaded(body);
      if (event) ctx.onReloaded(event);
      return;
    }
    if (page.kind === 'tool' && page.name === 'pdf') {
      const form = new URLSearchParams(await readBody(req).catch(() => ''));
      const module = form.get('module') ?? '';
      const audience = form.get('audience') ?? '';
      if (!ctx.site.modules.has(module) || !ctx.site.formatsOf(module, audience).length) {
        return sendMessage(req, res, 404, 'No such module or audience', [`There is no audience "${audience}" in a module "${module}".`]);
      }
      await ctx.pdfs.make(module, audience);
      res.writeHead(303, { location: `/#module-${encodeURIComponent(module)}-${encodeURIComponent(audience)}` });
      return void res.end();
    }
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
  }

  async function output(req: http.IncomingMessage, res: http.ServerResponse, page: Extract<PageRef, { kind: 'output' }>, pathname: string): Promise<void> {
    const { key } = page;
    const state = ctx.site.modules.get(key.module);
    if (!state) return sendMessage(req, res, 404, 'Not found', [`There is no module "${key.module}" in ${ctx.modulesDir}.`]);
    if (!state.good) {
      const status = pageStatus(ctx.site, key.module);
      return sendMessage(req, res, 503, `${key.module} cannot be shown yet`, ['This module has never passed the check since the server started. Fix the problems below and save: this page updates.'],
        status.problems.map((p) => ({ severity: p.severity, text: p.text })).concat(status.failure ? [{ severity: 'error', text: status.failure }] : []));
    }
    const rendered = await ctx.site.output(key);
    const file = rendered?.files.get(page.file);
    if (!rendered || !file) {
      if (!rendered && ctx.site.formatsOf(key.module, key.audience).includes(key.format)) {
        return sendMessage(req, res, 500, `${key.format} for ${key.audience} could not be rendered`, [state.failure ?? ctx.site.templateFailure ?? 'See the terminal.']);
      }
      return sendMessage(req, res, 404, 'Not found', [`${pathname} is not one of the outputs of ${key.module}.`]);
    }
    if (page.file.endsWith('.html')) return sendHtml(req, res, 200, typeof file.contents === 'string' ? file.contents : fs.readFileSync(file.copyFrom!, 'utf8'));
    return sendFile(req, res, file, page.file);
  }

  return async function route(req, res) {
    const method = req.method ?? 'GET';
    if (!hostAllowed(req.headers.host, ctx.ownNames)) return plainText(res, 421, 'This preview answers only to its own address.');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const page = parsePath(url.pathname);
    if (method === 'POST') return post(req, res, page);
    if (method !== 'GET' && method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD, POST' }).end();

    switch (page.kind) {
      case 'index':
        return sendHtml(req, res, 200, ctx.indexHtml());
      case 'tool': {
        if (page.name === 'events') {
          return ctx.live.connect(req, res, url.searchParams.get('page') ?? '/', (client) => ctx.live.send(client, 'status', ctx.statusFor(client.page)));
        }
        const file = TOOL_FILES[page.name];
        if (file) return sendFile(req, res, { copyFrom: file }, page.name);
        break;
      }
      case 'source': {
        const state = ctx.site.modules.get(page.module);
        const html = state && renderSource(state, page.file, ctx.templates());
        if (html) return sendHtml(req, res, 200, html);
        return sendMessage(req, res, 404, 'Not found', [`${page.module}/${page.file} is not a file of a module.`]);
      }
      case 'pdf': {
        const file = (Object.values(PDF_FILES) as string[]).includes(page.file) ? ctx.pdfs.fileOf(page.module, page.audience, page.file) : undefined;
        if (file) return sendFile(req, res, { copyFrom: file }, page.file);
        return sendMessage(req, res, 404, 'This PDF has not been made', ['PDFs are made when you ask for them on the index page, and removed when the module changes.']);
      }
      case 'output':
        return output(req, res, page, url.pathname);
    }
    // A folder without its slash: /module/audience/deck.
    if (!url.pathname.endsWith('/') && parsePath(`${url.pathname}/`).kind === 'output') {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return void res.end();
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    return sendMessage(req, res, 404, 'Not found', [`Nothing is served at ${url.pathname}.`]);
  };
}
