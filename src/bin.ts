#!/usr/bin/env node
// The command's entry point. A build that prints PDFs starts the browser first, so Chromium boots while
// the rest of workshopkit loads (about a second saved on every cold build); then the CLI runs as usual.
import fs from 'node:fs';
import path from 'node:path';
import type { StartedBrowser } from './print/browser.js';

/** Whether the command builds a format that prints (the registry knows which do). */
async function willPrint(argv: string[]): Promise<boolean> {
  if (argv[0] !== 'build' || argv.includes('--dry-run') || argv.includes('--help') || argv.includes('-h')) return false;
  const at = argv.findIndex((arg) => arg === '--format' || arg === '-f' || arg.startsWith('--format='));
  const value = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1]! : (argv[at + 1] ?? '');
  const { printsAny } = await import('./formats/registry.js');
  return printsAny(value?.split(',').map((format) => format.trim()));
}

/** The value of an option, written as `--name value` or `--name=value`. */
function optionValue(argv: string[], names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (names.includes(arg)) return argv[i + 1];
    const name = names.find((n) => arg.startsWith(`${n}=`));
    if (name) return arg.slice(name.length + 1);
  }
  return undefined;
}

/**
 * A build into a folder that already holds a record of what was built may find everything up to date; a
 * browser started for it would only have to be waited for and closed, so it is started when it is needed.
 */
function mayBeUpToDate(argv: string[]): boolean {
  if (argv.includes('--force')) return false;
  return fs.existsSync(path.join(path.resolve(optionValue(argv, ['--out', '-o']) ?? 'out'), '.workshopkit-keys.json'));
}

const argv = process.argv.slice(2);
// A build stopped by Ctrl-C or SIGTERM undoes what it started (staging folder, browser, its profile) and
// exits 130 or 143; set before the browser starts, so a signal while it starts is handled too.
if (argv[0] === 'build') (await import('./interrupt.js')).exitOnInterrupt();
// An error in starting it (no browser) is said by the print stage, when the build has PDFs to print.
const warmBrowser: StartedBrowser | undefined = (await willPrint(argv)) && !mayBeUpToDate(argv) ? (await import('./print/browser.js')).startBrowser() : undefined;
const { main } = await import('./cli.js');
try {
  process.exitCode = await main(argv, undefined, warmBrowser ? { warmBrowser } : {});
} finally {
  // The print stage closes the browser it used; this closes it when the build stopped before printing.
  await warmBrowser?.close();
}
