// Sending one file. A file on disk (reveal.js, a theme's CSS, a PDF, the preview's own script) goes through
// `send`, which answers conditional requests (ETag, Last-Modified), ranges and HEAD; a file rendered in memory
// gets an ETag of its contents. Which file answers which address is the router's business, never the URL's:
// nothing here resolves a path from a request.
import crypto from 'node:crypto';
import type http from 'node:http';
import path from 'node:path';
import send from 'send';

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
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The type an output file is served as; the same whichever way it is sent. */
export const contentType = (file: string) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** A file as the build describes it: rendered in memory, or copied from disk. */
export interface ServedFile {
  contents?: string | Uint8Array;
  copyFrom?: string;
}

/**
 * Sends a file rendered in memory, answering If-None-Match with 304. `headers` are added (a CSP, for one).
 */
export function sendContents(req: http.IncomingMessage, res: http.ServerResponse, contents: string | Uint8Array, name: string, headers: http.OutgoingHttpHeaders = {}): void {
  const etag = `"${crypto.createHash('sha1').update(contents).digest('hex')}"`;
  const common = { ...headers, 'content-type': contentType(name), 'cache-control': 'no-cache', etag };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common);
    return void res.end();
  }
  res.writeHead(200, { ...common, 'content-length': Buffer.byteLength(contents) });
  res.end(req.method === 'HEAD' ? undefined : contents);
}

/**
 * Sends a file from disk. Resolves true when it was sent, false when it is not there (the caller answers 404
 * in its own words); other failures end the response.
 */
export function sendFromDisk(req: http.IncomingMessage, res: http.ServerResponse, file: string, name: string, headers: http.OutgoingHttpHeaders = {}): Promise<boolean> {
  return new Promise((resolve) => {
    // `send` takes a URL path inside a root: the file's own folder, and its name encoded, so no character in
    // a name (a "%", a "#") is read as anything else.
    const stream = send(req, `/${encodeURIComponent(path.basename(file))}`, { root: path.dirname(file), dotfiles: 'allow', index: false, cacheControl: false });
    stream.on('headers', (response: http.ServerResponse) => {
      for (const [key, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(key, value);
      response.setHeader('content-type', contentType(name));
      response.setHeader('cache-control', 'no-cache');
      resolve(true);
    });
    stream.on('error', (error: { status?: number }) => {
      if (error.status === 404 && !res.headersSent) return resolve(false);
      if (!res.headersSent) res.writeHead(error.status ?? 500);
      res.end();
      resolve(true);
    });
    stream.pipe(res);
  });
}
