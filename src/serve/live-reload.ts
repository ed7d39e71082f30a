// The pages connected for live reload (server-sent events): who is open, telling them to reload or what their
// module's problems are, and the record of each rebuild so a page that reports it has reloaded can be timed
// from the save.
import crypto from 'node:crypto';
import type http from 'node:http';
import { parsePath, TOOL_PREFIX, type PageRef } from './paths.js';

export interface LiveClient {
  res: http.ServerResponse;
  page: PageRef;
  /** The page's address, as it gave it. */
  path: string;
}

interface BuildRecord {
  savedAt: number;
}

export interface ReloadedEvent {
  build: number;
  page: string;
  /** Milliseconds from the save to the reloaded page being ready. */
  ms: number;
}

const LIVE_SCRIPT = `<script src="${TOOL_PREFIX}/live.js"></script>`;
/** How many rebuilds are remembered for timing the pages' reloads. */
const BUILDS_KEPT = 200;

/** Adds the live-reload script to a served page; built outputs never have it. */
export function injectLiveReload(html: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? `${html}${LIVE_SCRIPT}` : `${html.slice(0, at)}${LIVE_SCRIPT}\n${html.slice(at)}`;
}

export class LiveReload {
  readonly clients = new Set<LiveClient>();
  /** Changes with every server start, so a page left open across a restart reloads. */
  readonly instance = crypto.randomUUID();
  private readonly builds = new Map<number, BuildRecord>();
  private buildCount = 0;

  /** The addresses of the connected pages. */
  pages(): string[] {
    return [...this.clients].map((client) => client.path);
  }

  /** Answers /__workshopkit/events?page=…: keeps the response open and adds the page. */
  connect(req: http.IncomingMessage, res: http.ServerResponse, pagePath: string, greet: (client: LiveClient) => void): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 500\n\n');
    const client: LiveClient = { res, page: parsePath(pagePath.endsWith('/') && pagePath !== '/' ? `${pagePath}index.html` : pagePath), path: pagePath };
    this.clients.add(client);
    this.send(client, 'hello', { instance: this.instance });
    greet(client);
    const ping = setInterval(() => res.write(': ping\n\n'), 20_000);
    ping.unref();
    req.on('close', () => {
      clearInterval(ping);
      this.clients.delete(client);
    });
  }

  send(client: LiveClient, event: string, data: unknown): void {
    if (!client.res.writableEnded) client.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Numbers a rebuild and remembers when its files were saved. */
  recordBuild(savedAt: number): number {
    const build = ++this.buildCount;
    this.builds.set(build, { savedAt });
    if (this.builds.size > BUILDS_KEPT) this.builds.delete(Math.min(...this.builds.keys()));
    return build;
  }

  /** A page's report that it shows a rebuild (its JSON body): the time since the save, or undefined. */
  reloaded(body: string, now = Date.now()): ReloadedEvent | undefined {
    try {
      const { build, page } = JSON.parse(body) as { build: unknown; page: unknown };
      const record = typeof build === 'number' ? this.builds.get(build) : undefined;
      if (!record || typeof page !== 'string') return undefined;
      return { build: build as number, page, ms: Math.round(now - record.savedAt) };
    } catch {
      return undefined; // not a report from our own script
    }
  }

  close(): void {
    for (const client of this.clients) client.res.end();
    this.clients.clear();
  }
}
