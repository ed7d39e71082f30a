// `workshopkit serve` on the command line: start the server, say where it is, open a browser if asked, and
// stop cleanly on Ctrl-C (SIGINT) or SIGTERM: the watcher, the connections and any PDF job are closed first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { plural } from '../errors/plural.js';
import { UsageError } from '../errors/finding.js';
import { formatFindings } from '../errors/report.js';
import { unknownTheme } from '../theme/load-theme.js';
import type { Nation } from '../schema/module-schema.js';
import type { Language } from '../schema/languages.js';
import { startServer, summariseModules, type RunningServer } from './server.js';

export interface ServeCommandOptions {
  modulesDir: string;
  host: string;
  port?: number;
  open?: boolean;
  theme: string;
  brand?: string;
  nation?: Nation;
  date?: string;
  /** The language previewed (`--lang`): one, or two for bilingual outputs. */
  languages?: Language[];
}

export interface ServeIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** How each system opens an address in the user's default browser. */
export function openCommand(url: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/** Opens a page in the user's own browser; it is theirs, so it is left open when the server stops. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] = openCommand(url, platform);
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

/** Resolves on the first Ctrl-C or SIGTERM. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runServe(options: ServeCommandOptions, io: ServeIo, stopped: Promise<unknown> = untilStopped()): Promise<number> {
  if (!fs.existsSync(options.modulesDir) || !fs.statSync(options.modulesDir).isDirectory()) {
    throw new UsageError(`there is no folder ${options.modulesDir}`, 'Run this in the project folder, pass --modules-dir, or start a module with "workshopkit new <id>".');
  }
  const themeProblem = unknownTheme(options.theme);
  if (themeProblem) throw new UsageError(themeProblem.message, themeProblem.hint);
  const server: RunningServer = await startServer({
    config: {
      modulesDir: options.modulesDir,
      theme: options.theme,
      ...(options.brand ? { brand: path.resolve(options.brand) } : {}),
      ...(options.nation ? { nation: options.nation } : {}),
      ...(options.date ? { date: options.date } : {}),
      ...(options.languages ? { languages: options.languages } : {}),
    },
    host: options.host,
    ...(options.port !== undefined ? { port: options.port } : {}),
    log: io,
  });
  const count = server.site.modules.size;
  const relative = path.relative(process.cwd(), options.modulesDir);
  io.out(`workshopkit serve: ${plural(count, 'module')} in ${relative.startsWith('..') ? options.modulesDir : relative || '.'}`);
  if (count) io.out(summariseModules(server.site));
  for (const state of server.site.modules.values()) {
    const errors = state.findings.filter((f) => f.severity === 'error');
    if (errors.length) io.err(formatFindings(errors));
  }
  if (server.portTaken) io.out(`Port ${server.portTaken} is in use, so the preview uses port ${server.port}.`);
  if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
    io.err(`Listening on ${options.host}: anyone who can reach this computer on port ${server.port} can see the previews.`);
  }
  io.out(`Preview: ${server.url}  (saves rebuild and reload open pages; Ctrl-C stops)`);
  if (options.open) openInBrowser(server.url);

  await stopped;
  io.out('Stopping the preview…');
  await server.close();
  io.out('Stopped.');
  return 0;
}
