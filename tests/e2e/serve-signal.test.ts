// `workshopkit serve` as a real process: Ctrl-C (SIGINT) stops it, with pages still connected and even while
// it prints PDFs, and leaves no process behind.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GOOD, ROOT } from '../support/cli.js';
import { commandLine } from '../support/compiled-cli.js';
import { copyModule, tempDir } from '../support/files.js';
import { commandOf, descendants, isAlive } from '../support/processes.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startServe(): Promise<Started> {
  const modulesDir = path.dirname(copyModule(path.join(GOOD, 'every-block'), path.join(tempDir(), 'modules')));
  const child = spawn(process.execPath, commandLine(['serve', '--modules-dir', modulesDir, '--port', '0']), {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const match = /Preview: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

function exited(child: ChildProcess, timeoutMs = 15_000): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not stop')), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? -1 : null));
    });
  });
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('stopping workshopkit serve', () => {
  it('stops cleanly on Ctrl-C with a page connected, and leaves no process behind', async () => {
    const { child, url, output } = await startServe();
    expect((await fetch(url)).status).toBe(200);
    // An open live-reload connection must not keep the server alive.
    const events = await fetch(new URL('/__workshopkit/events?page=/', url));
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    const reader = events.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('retry:');

    const before = descendants(child.pid!);
    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('Stopped.');
    expect(before.filter(isAlive)).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
    await reader.cancel().catch(() => undefined);
  });

  it('stops on Ctrl-C while it prints PDFs, and closes the browser it started', async () => {
    const { child, url, output } = await startServe();
    const request = fetch(new URL('/__workshopkit/pdf', url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'module=every-block&audience=webinar',
      redirect: 'manual',
    }).catch(() => undefined);
    let started: number[] = [];
    await waitUntil(() => {
      started = descendants(child.pid!);
      return started.some((pid) => /chrom/i.test(commandOf(pid)));
    }, `a browser to start\n${output()}`, 30_000);

    child.kill('SIGINT');
    const code = await exited(child);
    // Ctrl-C while printing: the browser's own handler may end the process at once (130), or it stops as usual.
    expect([0, 130]).toContain(code);
    await waitUntil(() => !started.some(isAlive), 'the browser to end', 5_000);
    expect(started.filter(isAlive).map(commandOf)).toEqual([]);
    await request;
  });
});
