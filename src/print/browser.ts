// Finds an installed Chrome or Chromium (workshopkit never downloads one) and starts it headless, with a
// fresh profile so nothing leaks between builds. Chromium keeps its sandbox unless it cannot have one.
// Starting it needs no browser driver: the process is spawned here and its DevTools address read from what
// it says, so the build's main thread never loads Puppeteer. Whoever prints connects (connect.ts): the print
// worker, off the main thread, or the main thread itself.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { EnvironmentError } from '../errors/finding.js';
import { undoOnInterrupt } from '../interrupt.js';

const ENV_VARIABLES = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'];

/** Set to 1 to run Chromium without its sandbox as a user who is not root (containers without user namespaces). */
export const NO_SANDBOX_VARIABLE = 'WORKSHOPKIT_NO_SANDBOX';

/**
 * Where Chrome's installers put it (stable, beta, dev, canary), then the distributions' Chromium (Debian's
 * /usr/bin/chromium, Ubuntu's and Fedora's chromium-browser, the snap) and, on Windows, Edge. The same
 * places Puppeteer looks for Chrome, without loading its download code to know them.
 */
export function installPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'linux') {
    return ['/opt/google/chrome/chrome', '/opt/google/chrome-beta/chrome', '/opt/google/chrome-unstable/chrome', '/opt/google/chrome-canary/chrome',
      '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
  }
  if (platform === 'darwin') {
    return ['', ' Beta', ' Dev', ' Canary'].map((channel) => `/Applications/Google Chrome${channel}.app/Contents/MacOS/Google Chrome${channel}`);
  }
  if (platform === 'win32') {
    const roots = [...new Set([env['PROGRAMFILES'], env['ProgramW6432'], env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'], env['LOCALAPPDATA'],
      'C:\\Program Files', 'C:\\Program Files (x86)'].filter((root): root is string => Boolean(root)))];
    const chrome = ['Chrome', 'Chrome Beta', 'Chrome Dev', 'Chrome SxS'].flatMap((channel) => roots.map((root) => path.win32.join(root, 'Google', channel, 'Application', 'chrome.exe')));
    return [...chrome, ...roots.map((root) => path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'))];
  }
  return [];
}

export const NO_BROWSER_MESSAGE =
  'No Chrome or Chromium was found, so PDFs cannot be printed. workshopkit never ' +
  'downloads a browser: install one, or point PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) at one you have. ' +
  'On Debian or Ubuntu: apt-get update && apt-get install -y chromium fonts-noto-core (with sudo if you ' +
  'are not root); on macOS: install Google Chrome from google.com/chrome; on Windows: install Google Chrome ' +
  'or use Microsoft Edge, which is already there. To build only the decks, which need no browser, add --format deck.';

/** The browser to use: an environment variable first, then Google Chrome's install paths, then Chromium's. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  for (const name of ENV_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    if (fs.existsSync(value)) return value;
    throw new EnvironmentError(`${name} is set to "${value}", but there is no file there. ${NO_BROWSER_MESSAGE}`);
  }
  const found = installPaths(platform, env).find((candidate) => fs.existsSync(candidate));
  if (!found) throw new EnvironmentError(NO_BROWSER_MESSAGE);
  return found;
}

const COMMON_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * Chromium's flags. Its sandbox stays on, except as root, where Chromium refuses to start with it, or when
 * WORKSHOPKIT_NO_SANDBOX=1 asks (a container that gives a user no namespaces to sandbox with).
 */
export function launchArgs(uid: number | undefined, env: NodeJS.ProcessEnv): string[] {
  const withoutSandbox = uid === 0 || env[NO_SANDBOX_VARIABLE] === '1';
  return withoutSandbox ? [COMMON_ARGS[0]!, '--no-sandbox', ...COMMON_ARGS.slice(1)] : [...COMMON_ARGS];
}

/**
 * Chrome features a headless browser has no use for, turned off besides those Puppeteer turns off: the
 * address bar's drop-downs are web pages of their own, which Chrome loads into a renderer as it starts, at
 * about 0.7 s of processor time (renderer and browser) on the 2-core machine the benchmarks run on.
 */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The flags Puppeteer's launcher gives Chrome (puppeteer-core 24, headless): no first-run screens, no
 * background work, tagged PDFs with an outline, sRGB colour; with DISABLED_FEATURES added to the features it
 * turns off. A unit test holds this list to Puppeteer's own.
 */
export const DRIVER_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  `--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes,${DISABLED_FEATURES.join(',')}`,
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
];

/**
 * A browser starting for a build: where it will say its DevTools address, and how to stop it. Started
 * without waiting, so a print worker can be told where to look before the main thread goes on checking.
 */
export interface StartedBrowser {
  /**
   * Its throw-away profile folder, where it writes its DevTools port and path (DevToolsActivePort) once it
   * listens: a thread that cannot read its output looks there. Absent when no browser could be started.
   */
  profile?: string;
  /** The start page its first tab opens (see startPage): whoever connects waits until it has loaded. */
  startUrl: string;
  /** Its DevTools address (ws://127.0.0.1:…) once it listens; an EnvironmentError, in words, if it cannot start. */
  endpoint: Promise<string>;
  /**
   * Resolves when its process has ended, however it ended. A connection to a browser that was killed can
   * stay open with nothing answering (a process it started may hold it): whoever prints stops on this.
   */
  exited: Promise<void>;
  /** Stops the browser and removes its profile. Safe to call more than once: later calls wait for the first. */
  close: () => Promise<void>;
}

/** A started browser with Puppeteer connected to it (tests, and printing on the main thread). */
export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Where the throw-away profile is made. Chromium makes its single-instance socket in a folder of its own in
 * its TMPDIR, which is the profile (see startBrowser), and a socket's path may be at most 103 bytes long
 * (macOS; 107 on Linux). Under a long temporary folder it would not start: macOS's own (/var/folders/…/T/)
 * is about 49 characters, and 103 leaves about 55 for it. The profile then goes in /tmp. Windows uses no
 * such socket.
 */
export function profileParent(tmp: string = os.tmpdir(), platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return tmp;
  // The longest the socket's path can be: Chrome's folder name is longer than Chromium's.
  const socket = path.posix.join(tmp, 'workshopkit-chrome-XXXXXX', '.com.google.Chrome.XXXXXX', 'SingletonSocket');
  return Buffer.byteLength(socket) <= 103 || !fs.existsSync('/tmp') ? tmp : '/tmp';
}

/** An empty page in the profile folder, for the browser's first tab: its address. */
function startPage(userDataDir: string): string {
  const file = path.join(userDataDir, 'start.html');
  fs.writeFileSync(file, '<!doctype html><meta charset="utf-8"><title></title>');
  return pathToFileURL(file).href;
}

/** How long Chromium may take to say its address before the build gives up on it. */
const START_TIMEOUT_MS = 30_000;

/** The line Chromium prints once it listens for a driver. */
const LISTENING = /^DevTools listening on (ws:\/\/\S+)\s*$/m;

/**
 * What a browser that would not start said, in one line: the fatal error it logged, or else its last error
 * (Chromium logs harmless ones as it starts, such as having no system bus), without Chromium's
 * "[pid:tid:time:ERROR:file(line)]" prefix; or else the first thing it said.
 */
export function firstComplaint(said: string): string | undefined {
  const lines = said.split('\n').map((line) => line.trim()).filter(Boolean);
  const logged = (level: string) => lines.filter((line) => new RegExp(`^\\[[^\\]]*:${level}[^\\]]*\\]`).test(line));
  const complaint = logged('FATAL')[0] ?? logged('ERROR').at(-1) ?? lines[0];
  return complaint?.replace(/^\[[^\]]*\]\s*/, '').replace(/\s+/g, ' ');
}

/** A browser that could not be started: `error` is what waiting for it gives. */
function notStarted(error: unknown): StartedBrowser {
  const endpoint = Promise.reject(error);
  endpoint.catch(() => undefined); // said by whoever waits for it
  return { startUrl: '', endpoint, exited: Promise.resolve(), close: async () => undefined };
}

/**
 * Starts the browser with a fresh, throw-away profile; its `endpoint` resolves once it listens for a driver.
 * It is stopped by close(), or at once if the process is stopped by a signal (see interrupt.ts); either way
 * its profile is removed. A browser that cannot start is an EnvironmentError that says why, in one paragraph.
 */
export function startBrowser(executablePath?: string): StartedBrowser {
  let executable: string;
  try {
    executable = executablePath ?? findBrowser();
  } catch (error) {
    return notStarted(error);
  }
  const userDataDir = fs.mkdtempSync(path.join(profileParent(), 'workshopkit-chrome-'));
  // Retried: a renderer killed with the browser may still be writing for a moment.
  const removeProfile = () => fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  const startUrl = startPage(userDataDir);
  // The first tab opens an empty file of the profile: a page of the build, also a file, is then shown by
  // the renderer already running for files, not a new one (a tenth of a second on a one-deck build).
  const args = [...DRIVER_ARGS, ...launchArgs(process.getuid?.(), process.env), '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, startUrl];
  const cannotStart = (reason: string, cause?: unknown) => {
    const sandboxHint = /sandbox|namespace/i.test(reason)
      ? ` Chromium could not set up its sandbox here: if this machine gives it none (some containers), set ${NO_SANDBOX_VARIABLE}=1.`
      : '';
    return new EnvironmentError(`The browser at ${executable} could not be started, so PDFs cannot be printed: ${reason}.${sandboxHint} Point PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) at a working Chrome or Chromium, or build only the decks with --format deck.`, { cause });
  };
  let child: ChildProcess;
  try {
    child = spawn(executable, args, {
      // Its own process group, so that stopping it stops every process it started (its renderers).
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe'],
      // Chromium's own scratch files go inside the profile too, so removing it leaves nothing behind.
      env: { ...process.env, TMPDIR: userDataDir },
    });
  } catch (error) {
    removeProfile();
    return notStarted(cannotStart((error as Error).message, error));
  }
  // A file that cannot be run gives 'error' and may never give 'exit'.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const kill = () => killTree(child.pid, child.exitCode !== null || child.signalCode !== null);
  // Stopped by a signal, even while starting, or ending without closing it (an error nothing caught): kill the
  // browser's processes at once, then its profile. It runs in a process group of its own, so nothing else would.
  const stop = () => {
    kill();
    removeProfile();
  };
  const forget = undoOnInterrupt(stop);
  process.once('exit', stop);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Everything it made has been read by now, so it is stopped rather than asked to shut down: a clean
      // shutdown writes the profile it is about to lose, and takes a tenth of a second longer.
      kill();
      await exited;
      removeProfile();
      forget();
      process.off('exit', stop);
    })());
  const endpoint = listening(child).catch(async (error: unknown) => {
    await close();
    throw cannotStart((error as Error).message, error);
  });
  endpoint.catch(() => undefined); // said by whoever waits for it
  return { profile: userDataDir, startUrl, endpoint, exited, close };
}

/** Stops a browser's process and every process it started, at once. */
function killTree(pid: number | undefined, gone: boolean): void {
  if (pid === undefined || gone) return;
  try {
    if (process.platform === 'win32') execFileSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Resolves with the browser's DevTools address once it says it; rejects, in words, if it stops or says nothing. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let said = '';
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.stderr!.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
      // Read on, and drop: a full pipe would stop the browser the next time it logs something.
      child.stderr!.resume();
      settle();
    };
    const onData = (chunk: Buffer) => {
      said += chunk.toString('utf8');
      const address = LISTENING.exec(said)?.[1];
      if (address) done(() => resolve(address));
    };
    // What it said may still be on its way when it has exited: read to the end of it (or for a tenth of a second).
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      let reported = false;
      const fail = () => {
        if (reported) return;
        reported = true;
        const complaint = firstComplaint(said);
        done(() => reject(new Error(`it stopped before it was ready (${signal ?? `exit code ${code}`})${complaint ? `: ${complaint.replace(/[.:]$/, '')}` : ''}`)));
      };
      if (child.stderr!.readableEnded) fail();
      else {
        child.stderr!.once('end', fail);
        setTimeout(fail, 100);
      }
    };
    const onError = (error: NodeJS.ErrnoException) => done(() => reject(new Error(error.code === 'EACCES' ? 'the file cannot be run (permission denied)' : error.message)));
    const timer = setTimeout(() => done(() => reject(new Error(`it did not say it was ready within ${START_TIMEOUT_MS / 1000} s`))), START_TIMEOUT_MS);
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** Starts a browser and connects Puppeteer to it: for tests and tools that drive pages themselves. */
export async function launchBrowser(executablePath?: string): Promise<LaunchedBrowser> {
  const started = startBrowser(executablePath);
  try {
    const { connectBrowser } = await import('./connect.js');
    const browser = await connectBrowser(await started.endpoint, started.startUrl);
    return {
      browser,
      close: async () => {
        await browser.disconnect().catch(() => undefined);
        await started.close();
      },
    };
  } catch (error) {
    await started.close();
    throw error;
  }
}
