import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveReload } from '../../../src/serve/live-reload.js';
import type { ServeTemplates } from '../../../src/serve/pages.js';
import type { PdfJobs } from '../../../src/serve/pdf-jobs.js';
import { createRouter } from '../../../src/serve/router.js';
import type { PreviewSite, RenderedOutput } from '../../../src/serve/site.js';

// The router against stand-ins: one module, "scams", whose parents' deck is an inline page and a stylesheet.
const deckHtml = '<!doctype html><html lang="en"><body><p>slides</p><script>window.fitted = true;</script></body></html>';
const deck: RenderedOutput = {
  files: new Map([['index.html', { path: 'deck/index.html', contents: deckHtml }], ['assets/logo.svg', { path: 'deck/assets/logo.svg', contents: '<svg xmlns="http://www.w3.org/2000/svg"/>' }]]),
  hash: 'h',
  fileHashes: new Map(),
  copies: new Set(),
};
const site = {
  modules: new Map([['scams', { id: 'scams', good: {}, findings: [] }]]),
  formatsOf: (module: string, audience: string) => (module === 'scams' && audience === 'parents' ? ['deck', 'handout'] : []),
  output: (key: { format: string; audience: string }) => (key.format === 'deck' && key.audience === 'parents' ? deck : undefined),
  templateFailure: undefined,
} as unknown as PreviewSite;
const made: string[] = [];
const pdfs = { make: async (module: string, audience: string) => void made.push(`${module}/${audience}`), fileOf: () => undefined } as unknown as PdfJobs;
const message = (data: { title: string }) => `<!doctype html><html lang="en"><body><h1>${data.title}</h1></body></html>`;

let server: http.Server;
let base: string;
beforeAll(async () => {
  const route = createRouter({
    site,
    pdfs,
    live: new LiveReload(),
    modulesDir: '/m',
    ownNames: new Set(['127.0.0.1', 'localhost']),
    templates: () => ({ message, index: message, source: message }) as unknown as ServeTemplates,
    indexHtml: () => '<!doctype html><html lang="en"><body>index</body></html>',
    statusFor: () => ({ problems: [] }),
    onReloaded: () => undefined,
  });
  server = http.createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function request(address: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(`${base}${address}`, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    req.on('error', reject).end(options.body);
  });
}

const form = (headers: Record<string, string>) =>
  request('/__workshopkit/pdf', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: 'module=scams&audience=parents' });

describe('the router', () => {
  it('serves a page with the live-reload script and a policy that allows its own inline script by hash', async () => {
    const page = await request('/scams/parents/deck/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__workshopkit/live.js"></script>');
    const policy = page.headers['content-security-policy']!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(policy).not.toContain('unsafe-inline\' \'sha'); // scripts are never allowed inline wholesale
    // A file opened on its own runs no script.
    const svg = await request('/scams/parents/deck/assets/logo.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('redirects a folder without its slash, and answers what is not there in its own words', async () => {
    expect((await request('/scams/parents/deck')).headers.location).toBe('/scams/parents/deck/');
    const missing = await request('/scams/parents/handout.pdf');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('This PDF has not been made');
    expect((await request('/scams/parents/deck/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await request('/nothing/here')).status).toBe(404);
    expect((await request('/', { method: 'PUT' })).status).toBe(405);
  });

  it('answers only its own names', async () => {
    expect((await request('/', { headers: { host: 'attacker.example' } })).status).toBe(421);
  });

  it('takes a form only from its own pages: null and other sites 403, a malformed origin 400', async () => {
    const own = base;
    expect((await form({ origin: 'null' })).status).toBe(403);
    expect((await form({ origin: 'https://attacker.example' })).status).toBe(403);
    expect((await form({ origin: 'http://[not-an-address' })).status).toBe(400);
    expect((await form({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await form({ referer: 'https://attacker.example/' })).status).toBe(403);
    expect(made).toEqual([]);
    const accepted = await form({ origin: own });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.location).toBe('/#module-scams-parents');
    expect((await form({ referer: `${own}/` })).status).toBe(303);
    expect(made).toEqual(['scams/parents', 'scams/parents']);
    // The reload report is a state change too.
    expect((await request('/__workshopkit/reloaded', { method: 'POST', headers: { origin: 'null' }, body: '{}' })).status).toBe(403);
    expect((await request('/__workshopkit/reloaded', { method: 'POST', headers: { origin: own }, body: '{}' })).status).toBe(204);
  });
});
