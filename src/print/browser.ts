// Finds an installed Chrome or Chromium (workshopkit never downloads one) and launches it headless, with a
// fresh profile so nothing leaks between builds. Chromium keeps its sandbox unless it cannot have one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser as BrowserName, ChromeReleaseChannel, computeSystemExecutablePath, detectBrowserPlatform } from '@puppeteer/browsers';
import puppeteer, { type Browser } from 'puppeteer-core';
import { EnvironmentError } from '../errors/finding.js';
import { undoOnInterrupt } from '../interrupt.js';

const ENV_VARIABLES = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'];

/** Set to 1 to run Chromium without its sandbox as a user who is not root (containers without user namespaces). */
export const NO_SANDBOX_VARIABLE = 'WORKSHOPKIT_NO_SANDBOX';

/**
 * Browsers @puppeteer/browsers does not know, which it only finds for Google Chrome: the distributions'
 * Chromium (Debian's /usr/bin/chromium, Ubuntu's and Fedora's chromium-browser, the snap) and Windows' Edge.
 */
function otherBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'linux') return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env['PROGRAMFILES']].filter((root): root is string => Boolean(root));
    return roots.map((root) => path.join(root, 'Microsoft/Edge/Application/msedge.exe'));
  }
  return [];
}

/** Google Chrome where its installer puts it, for each release channel, stable first. */
function systemChrome(platform: NodeJS.Platform): string | undefined {
  const browserPlatform = platform === process.platform ? detectBrowserPlatform() : undefined;
  if (!browserPlatform) return undefined;
  for (const channel of [ChromeReleaseChannel.STABLE, ChromeReleaseChannel.BETA, ChromeReleaseChannel.DEV, ChromeReleaseChannel.CANARY]) {
    try {
      return computeSystemExecutablePath({ browser: BrowserName.CHROME, platform: browserPlatform, channel });
    } catch {
      // not installed on this channel
    }
  }
  return undefined;
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
  const found = systemChrome(platform) ?? otherBrowserPaths(platform, env).find((candidate) => fs.existsSync(candidate));
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

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/** An empty page in the profile folder, for the browser's first tab: its address. */
function startPage(userDataDir: string): string {
  const file = path.join(userDataDir, 'start.html');
  fs.writeFileSync(file, '<!doctype html><meta charset="utf-8"><title></title>');
  return pathToFileURL(file).href;
}

/**
 * Waits (up to 10 s) until the first tab has loaded the start page. It prints the first PDF: a page gone to
 * while the start page was still on its way would be overtaken by it, and the page's document replaced
 * under the print stage (seen once, when printing began the moment the browser was up).
 */
async function startPageLoaded(browser: Browser, url: string): Promise<void> {
  const until = Date.now() + 10_000;
  while (browser.connected && Date.now() < until) {
    try {
      const [tab] = await browser.pages();
      if (!tab || (tab.url() === url && (await tab.evaluate(() => document.readyState)) === 'complete')) return;
    } catch {
      // the start page's document arrived during the look: look again
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Launches one browser with a fresh, throw-away profile; close() removes the profile too. */
export async function launchBrowser(executablePath = findBrowser()): Promise<LaunchedBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workshopkit-chrome-'));
  const removeProfile = () => fs.rmSync(userDataDir, { recursive: true, force: true });
  // Stopped by a signal, even while starting: kill the browser's process group at once, then its profile.
  // (Puppeteer's own signal handlers are off: they would exit before the build could undo its work.)
  const kill = new AbortController();
  const forget = undoOnInterrupt(() => {
    kill.abort();
    removeProfile();
  });
  const start = startPage(userDataDir);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      // The first tab opens an empty file of the profile: a page of the build, also a file, is then shown by
      // the renderer already running for files, not a new one (a tenth of a second on a one-deck build).
      args: [...launchArgs(process.getuid?.(), process.env), `--user-data-dir=${userDataDir}`, start],
      defaultViewport: { width: 1280, height: 720 },
      // Chromium's own scratch files go inside the profile too, so removing it leaves nothing behind.
      env: { ...process.env, TMPDIR: userDataDir },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      signal: kill.signal,
    });
  } catch (error) {
    forget();
    removeProfile();
    // Puppeteer's first line, and the first thing the browser itself said, if anything.
    const [first = '', ...rest] = (error as Error).message.split('\n');
    const said = rest.slice(rest.findIndex((line) => /^stderr:/i.test(line.trim())) + 1).find((line) => line.trim() && !/^(stdout|stderr):?$|^TROUBLESHOOTING/i.test(line.trim()));
    const reason = [first, said].filter(Boolean).map((part) => part!.replace(/\s+/g, ' ').trim().replace(/[.:]$/, '')).join(': ');
    const sandboxHint = /sandbox|namespace/i.test((error as Error).message)
      ? ` Chromium could not set up its sandbox here: if this machine gives it none (some containers), set ${NO_SANDBOX_VARIABLE}=1.`
      : '';
    throw new EnvironmentError(`The browser at ${executablePath} could not be started, so PDFs cannot be printed: ${reason}.${sandboxHint} Point PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) at a working Chrome or Chromium, or build only the decks with --format deck.`, { cause: error });
  }
  await startPageLoaded(browser, start);
  let closing: Promise<void> | undefined;
  return {
    browser,
    // Safe to call more than once: the first call closes, later calls wait for it.
    close: () =>
      (closing ??= browser
        .close()
        .catch(() => undefined)
        .then(() => {
          removeProfile();
          forget();
        })),
  };
}
