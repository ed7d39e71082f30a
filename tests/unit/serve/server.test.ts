import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EnvironmentError } from '../../../src/errors/finding.js';
import { build } from '../../../src/pipeline/build.js';
import { DEFAULT_PORT, injectLiveReload, startServer, type RebuildEvent, type RunningServer } from '../../../src/serve/server.js';
import { TEMPLATES_DIR } from '../../../src/project-root.js';
import { FIXTURES, GOOD, runCli } from '../../support/cli.js';
import { copyModule, tempDir } from '../../support/files.js';

// The watcher, with a way to lose a file's next change event as chokidar does for a second change within 50 ms.
const droppedChanges = vi.hoisted(() => new Set<string>());
vi.mock('chokidar', async (importOriginal) => {
  const chokidar = await importOriginal<typeof import('chokidar')>();
  return {
    ...chokidar,
    watch: (...args: Parameters<typeof chokidar.watch>) => {
      const watcher = chokidar.watch(...args);
      const on = watcher.on.bind(watcher);
      watcher.on = ((event: string, listener: (file: string) => void) =>
        on(event as 'change', event === 'change' ? (file: string) => { if (!droppedChanges.delete(file)) listener(file); } : listener)) as typeof watcher.on;
      return watcher;
    },
  };
});

let server: RunningServer;
let moduleDir: string;
const logs: string[] = [];

beforeAll(async () => {
  moduleDir = copyModule(path.join(GOOD, 'every-block'), path.join(tempDir(), 'modules'));
  server = await startServer({ config: { modulesDir: path.dirname(moduleDir), theme: 'default' }, port: 0, log: { out: (t) => logs.push(t), err: (t) => logs.push(t) } });
});
afterAll(() => server?.close());

const get = (address: string, headers: Record<string, string> = {}) => fetch(new URL(address, server.url), { headers, redirect: 'manual' });

/** The status of a request made with exactly these headers (fetch() adds some of its own). */
const rawStatus = (address: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    http.get(new URL(address, server.url), { headers }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    }).on('error', reject);
  });

/** A read still waiting for its chunk when the last wait gave up: the next wait takes it, so no event is lost. */
const pendingReads = new WeakMap<ReadableStreamDefaultReader<Uint8Array>, Promise<ReadableStreamReadResult<Uint8Array>>>();

async function waitForText(reader: ReadableStreamDefaultReader<Uint8Array>, add: (text: string) => void, done: () => boolean): Promise<void> {
  const until = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out');
    const read = pendingReads.get(reader) ?? reader.read();
    pendingReads.set(reader, read);
    const chunk = await Promise.race([read, new Promise<null>((resolve) => setTimeout(() => resolve(null), 500))]);
    if (!chunk) continue;
    pendingReads.delete(reader);
    if (!chunk.done) add(new TextDecoder().decode(chunk.value));
  }
}

/** The server-sent events of one page, read as they arrive. */
async function subscribe(page: string) {
  const response = await get(`/__workshopkit/events?page=${encodeURIComponent(page)}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const next = async (name: string, timeoutMs = 10_000): Promise<unknown> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(buffer);
      if (match) {
        buffer = buffer.slice(match.index + match[0].length);
        return JSON.parse(match[1]!);
      }
      if (Date.now() > until) throw new Error(`no "${name}" event; got:\n${buffer}`);
      const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), until - Date.now()))]);
      if (chunk && !chunk.done) buffer += decoder.decode(chunk.value);
    }
  };
  return { next, close: () => reader.cancel().catch(() => undefined), skipAll: () => (buffer = '') };
}

describe('the preview server', () => {
  it('serves the index and every output from memory, with the live-reload script added once', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await index.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('href="/every-block/webinar/notes/"');
    const deck = await (await get('/every-block/parents/deck/')).text();
    expect(deck.match(/__workshopkit\/live\.js/g)).toHaveLength(1);
    expect(deck.indexOf('/__workshopkit/live.js')).toBeLessThan(deck.indexOf('</body>'));
    const reveal = await get('/every-block/parents/deck/assets/reveal/reveal.js');
    expect(reveal.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // A browser revalidating a no-cache file sends If-None-Match alone (fetch() would add Cache-Control: no-cache, which asks for the whole file).
    expect(await rawStatus('/every-block/parents/deck/assets/reveal/reveal.js', { 'if-none-match': reveal.headers.get('etag')! })).toBe(304);
    const tokens = await get('/every-block/parents/deck/assets/tokens.css');
    expect(await rawStatus('/every-block/parents/deck/assets/tokens.css', { 'if-none-match': tokens.headers.get('etag')! })).toBe(304);
    expect((await get('/every-block/parents/deck')).headers.get('location')).toBe('/every-block/parents/deck/');
    expect((await get('/every-block/pupils-11-13/lesson-plan/')).status).toBe(200);
    expect((await get('/__workshopkit/live.js')).status).toBe(200);
  });

  it('never adds the live-reload script to built outputs', async () => {
    const out = tempDir();
    await build({ modules: [], modulesDir: path.dirname(moduleDir), outDir: out, theme: 'default', dryRun: false, formats: ['deck'] });
    const files = fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(html|js)$/.test(e.name));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(fs.readFileSync(path.join(file.parentPath, file.name), 'utf8')).not.toContain('__workshopkit');
    expect(injectLiveReload('<p>no body</p>')).toBe('<p>no body</p><script src="/__workshopkit/live.js"></script>');
  });

  it('refuses other hosts, other sites\' forms, and paths that leave a folder', async () => {
    // A page on another site that reaches this port through a name of its own (DNS rebinding) gets nothing.
    const status = await new Promise<number>((resolve, reject) => {
      http.get(server.url, { headers: { host: 'attacker.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      }).on('error', reject);
    });
    expect(status).toBe(421);
    const post = await fetch(new URL('/__workshopkit/pdf', server.url), { method: 'POST', headers: { origin: 'https://attacker.example' }, body: 'module=every-block&audience=parents' });
    expect(post.status).toBe(403);
    // A sandboxed frame on another local page sends Origin: null; a malformed Origin is the sender's mistake, not the server's.
    const postFrom = (origin: string) => fetch(new URL('/__workshopkit/pdf', server.url), { method: 'POST', headers: { origin }, body: 'module=every-block&audience=parents' });
    expect((await postFrom('null')).status).toBe(403);
    expect((await postFrom('http://[not-an-address')).status).toBe(400);
    expect(logs.join('\n')).not.toContain('TypeError');
    for (const address of ['/every-block/parents/deck/..%2f..%2f..%2fpackage.json', '/__workshopkit/source/every-block/..%2fevery-block%2f..%2f..%2f..%2fpackage.json', '/every-block/parents/handout.pdf']) {
      const response = await get(address);
      expect(response.status, address).toBe(404);
      expect(await response.text()).not.toContain('"name": "workshopkit"');
    }
  });

  it('tells a page to reload when its output changes, and shows and clears a problem', async () => {
    const events = await subscribe('/every-block/parents/deck/');
    expect(await events.next('hello')).toHaveProperty('instance');
    expect(await events.next('status')).toMatchObject({ problems: [] });
    await get('/every-block/parents/deck/');

    const section = path.join(moduleDir, 'sections/why.md');
    const text = fs.readFileSync(section, 'utf8');
    fs.writeFileSync(section, text.replace('Stop replying.', 'Stop replying at once.'));
    // Only the deck's HTML changed: the page may swap its slides in place, so it is told its status too.
    expect(await events.next('reload')).toMatchObject({ soft: true });
    expect(await events.next('status')).toMatchObject({ problems: [] });

    const file = path.join(moduleDir, 'module.yaml');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('reviewed: 2026-09-01', 'reviewed: 2026-09-01\nreviewd: 2026-09-02'));
    const broken = (await events.next('status')) as { problems: { text: string; link: string; excerpt: { number: number; text: string }[] }[] };
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.text).toMatch(/every-block\/module\.yaml:7:1 {2}error {2}schema\/unknown-key {2}unknown key "reviewd" in the file\n {4}hint: Did you mean "reviewed"\?/);
    expect(broken.problems[0]!.link).toBe('/__workshopkit/source/every-block/module.yaml#L7');
    expect(broken.problems[0]!.excerpt.map((l) => l.number)).toEqual([6, 7, 8]);
    const source = await (await get(broken.problems[0]!.link)).text();
    expect(source).toContain('<li id="L7" class="has-problem"><code>reviewd: 2026-09-02</code>');
    // The last good deck is still served.
    expect(await (await get('/every-block/parents/deck/')).text()).toContain('Stop replying at once.');

    fs.writeFileSync(file, good);
    expect(await events.next('status')).toMatchObject({ problems: [] });
    await events.close();
    expect(logs.join('\n')).toMatch(/every-block: fixed, no errors/);
  });

  it('rebuilds nothing for a save that leaves a module as it was, and reloads no page', async () => {
    const events = await subscribe('/every-block/parents/deck/');
    expect(await events.next('status')).toMatchObject({ problems: [] });
    await get('/every-block/parents/deck/');
    const section = path.join(moduleDir, 'sections/why.md');
    // The rebuild for this save: one the test before set off may still arrive first.
    const rebuilt = new Promise<{ reloaded: string[] }>((resolve) => {
      const stop = server.onRebuild((event) => {
        if (!logs.at(-1)!.includes('why.md')) return;
        stop();
        resolve(event);
      });
    });
    fs.writeFileSync(section, fs.readFileSync(section));
    expect((await rebuilt).reloaded).toEqual([]);
    // A late change event from the test before (its file saved as it was, too) may share this rebuild.
    expect(logs.at(-1)).toMatch(/why\.md(, [^:]+)?: unchanged, nothing rebuilt/);
    await expect(events.next('reload', 1000)).rejects.toThrow('no "reload" event');
    await events.close();
  });

  it('renders nothing again for a template saved as it was', async () => {
    const rebuilt = new Promise<RebuildEvent>((resolve) => {
      const stop = server.onRebuild((event) => {
        stop();
        resolve(event);
      });
    });
    const template = path.join(TEMPLATES_DIR, 'handout/layout.hbs');
    fs.writeFileSync(template, fs.readFileSync(template));
    expect((await rebuilt).reloaded).toEqual([]);
    expect(logs.at(-1)).toMatch(/layout\.hbs: unchanged, nothing rebuilt/);
  });

  it('keeps a fix saved moments after a mistake (the watcher drops a second change within 50 ms)', async () => {
    const file = path.join(moduleDir, 'module.yaml');
    const good = fs.readFileSync(file, 'utf8');
    const rebuilt = () => new Promise<RebuildEvent>((resolve) => { const off = server.onRebuild((event) => { off(); resolve(event); }); });
    // The fix is saved the moment the mistake is rebuilt. Within 50 ms of the mistake's change event the
    // watcher drops the fix's (chokidar's throttle); that needs a fast machine, so here it is dropped for sure.
    const broken = rebuilt().then((event) => {
      droppedChanges.add(file);
      fs.writeFileSync(file, good);
      return event;
    });
    fs.writeFileSync(file, good.replace('reviewed: 2026-09-01', 'reviewd: 2026-09-01'));
    expect((await broken).problems).toBe(true);
    const fixed = await Promise.race([rebuilt(), new Promise<string>((resolve) => setTimeout(() => resolve('no rebuild after the fix'), 5_000))]);
    expect(fixed).toMatchObject({ problems: false });
    expect(server.site.modules.get('every-block')!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('watches the brand file: a new colour reloads every open page', async () => {
    const brandDir = path.join(tempDir(), 'brand');
    fs.cpSync(path.join(FIXTURES, 'brands/northshire'), brandDir, { recursive: true });
    const brandFile = path.join(brandDir, 'brand.yaml');
    const branded = await startServer({ config: { modulesDir: path.dirname(moduleDir), theme: 'default', brand: brandFile }, port: 0, log: { out: () => {}, err: () => {} } });
    try {
      const deckUrl = new URL('/every-block/parents/deck/assets/tokens.css', branded.url);
      expect(await (await fetch(deckUrl)).text()).toContain('#5b2a86');
      const response = await fetch(new URL('/__workshopkit/events?page=/every-block/parents/deck/', branded.url));
      const reader = response.body!.getReader();
      let seen = '';
      await waitForText(reader, (t) => (seen += t), () => seen.includes('event: status'));
      fs.writeFileSync(brandFile, fs.readFileSync(brandFile, 'utf8').replace('#5b2a86', '#1f4e79'));
      await waitForText(reader, (t) => (seen += t), () => seen.includes('event: reload'));
      expect(await (await fetch(deckUrl)).text()).toContain('#1f4e79');
      // A mistake in the brand file is a problem at its line, over the last good version.
      fs.writeFileSync(brandFile, fs.readFileSync(brandFile, 'utf8').replace('colours:', 'colors:'));
      await waitForText(reader, (t) => (seen += t), () => /brand\.yaml:\d+:\d+ {2}error/.test(seen));
      expect(seen).toContain('Did you mean');
      expect(await (await fetch(deckUrl)).text()).toContain('#1f4e79');
      await reader.cancel();
    } finally {
      await branded.close();
    }
  });

  it('uses the port asked for, and says so when it must pick another', async () => {
    const blocker = http.createServer();
    const taken = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
    await expect(startServer({ config: { modulesDir: path.dirname(moduleDir), theme: 'default' }, port: taken, log: { out: () => {}, err: () => {} } }))
      .rejects.toThrow(EnvironmentError);
    blocker.close();

    // The default port, taken by this or by anything else: the server picks the next free one and says which.
    const holder = http.createServer();
    await new Promise<void>((resolve) => holder.once('error', () => resolve()).listen(DEFAULT_PORT, '127.0.0.1', () => resolve()));
    const second = await startServer({ config: { modulesDir: path.dirname(moduleDir), theme: 'default' }, log: { out: () => {}, err: () => {} } });
    expect(second.port).not.toBe(DEFAULT_PORT);
    expect(second.portTaken).toBe(DEFAULT_PORT);
    expect((await fetch(second.url)).status).toBe(200);
    await second.close();
    holder.close();
  });

  it('exits 2 with a hint for a wrong port or a missing modules folder', async () => {
    const port = await runCli(['serve', '--port', 'eighty']);
    expect(port.code).toBe(2);
    expect(port.err).toContain('"eighty" is not a port');
    const theme = await runCli(['serve', '--theme', 'high-contrst', '--modules-dir', path.dirname(moduleDir)]);
    expect(theme.code).toBe(2);
    expect(theme.err).toContain('Did you mean "high-contrast"?');
    const missing = await runCli(['serve', '--modules-dir', path.join(tempDir(), 'nothing-here')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('there is no folder');
    expect(missing.err).toContain('workshopkit new <id>');
    expect(missing.err).not.toMatch(/\n\s+at /);
  });
});
