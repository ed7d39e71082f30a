import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, sendContents, sendFromDisk } from '../../../src/serve/static-files.js';
import { tempDir } from '../../support/files.js';

let server: http.Server;
let base: string;
const dir = tempDir();
// A name with characters a URL would read as something else.
const onDisk = path.join(dir, 'odd %2e name#1.css');
fs.writeFileSync(onDisk, 'body { color: #222; }\n');

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/memory.js') return sendContents(req, res, 'console.log(1);\n', 'memory.js', { 'x-extra': 'yes' });
    const file = req.url === '/disk.css' ? onDisk : path.join(dir, 'missing.css');
    void sendFromDisk(req, res, file, path.basename(file), { 'x-extra': 'yes' }).then((sent) => {
      if (!sent) res.writeHead(404, { 'content-type': 'text/plain' }).end('our own 404\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** A request with exactly these headers, as a browser revalidating would send it. */
function request(address: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http.request(`${base}${address}`, { headers, method }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    }).on('error', reject).end();
  });
}

describe('sending a file', () => {
  it('sends a file from disk with its type, an ETag, our headers, and 304 when unchanged', async () => {
    const first = await request('/disk.css');
    expect(first.status).toBe(200);
    expect(first.body).toBe('body { color: #222; }\n');
    expect(first.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['x-extra']).toBe('yes');
    expect(first.headers.etag).toBeTruthy();
    expect((await request('/disk.css', { 'if-none-match': first.headers.etag! })).status).toBe(304);
    const head = await request('/disk.css', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(fs.statSync(onDisk).size));
    expect((await request('/disk.css', { range: 'bytes=0-3' })).body).toBe('body');
  });

  it('leaves a missing file to the caller\'s own 404', async () => {
    const missing = await request('/missing.css');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('our own 404\n');
  });

  it('sends a file rendered in memory with an ETag of its contents', async () => {
    const first = await request('/memory.js');
    expect(first.body).toBe('console.log(1);\n');
    expect(first.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(first.headers['x-extra']).toBe('yes');
    expect((await request('/memory.js', { 'if-none-match': first.headers.etag! })).status).toBe(304);
    expect(contentType('font.woff2')).toBe('font/woff2');
    expect(contentType('unknown.xyz')).toBe('application/octet-stream');
  });
});
