// Finds an installed Chrome or Chromium (workshopkit never downloads one) and launches it headless with
// flags that work in containers and as root, with a fresh profile so nothing leaks between builds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { EnvironmentError } from '../errors/finding.js';

const ENV_VARIABLES = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'];

function candidatePaths(platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      path.join(os.homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ];
  }
  if (platform === 'win32') {
    const roots = [process.env['PROGRAMFILES'], process.env['PROGRAMFILES(X86)'], process.env['LOCALAPPDATA']].filter(Boolean) as string[];
    return roots.flatMap((root) => [
      path.join(root, 'Google/Chrome/Application/chrome.exe'),
      path.join(root, 'Chromium/Application/chrome.exe'),
      path.join(root, 'Microsoft/Edge/Application/msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/opt/google/chrome/chrome',
  ];
}

export const NO_BROWSER_MESSAGE =
  'No Chrome or Chromium was found, so PDFs cannot be printed (decks still build). workshopkit never ' +
  'downloads a browser: install one, or point PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) at one you have. ' +
  'On Debian or Ubuntu: apt-get update && apt-get install -y chromium fonts-noto-core (with sudo if you ' +
  'are not root); on macOS: install Google Chrome from google.com/chrome; on Windows: install Google Chrome ' +
  'or use Microsoft Edge, which is already there.';

/** The browser to use: an environment variable first, then the usual install paths. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  for (const name of ENV_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    if (fs.existsSync(value)) return value;
    throw new EnvironmentError(`${name} is set to "${value}", but there is no file there. ${NO_BROWSER_MESSAGE}`);
  }
  const found = candidatePaths(platform).find((candidate) => fs.existsSync(candidate));
  if (!found) throw new EnvironmentError(NO_BROWSER_MESSAGE);
  return found;
}

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/** Launches one browser with a fresh, throw-away profile; close() removes the profile too. */
export async function launchBrowser(executablePath = findBrowser()): Promise<LaunchedBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workshopkit-chrome-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...LAUNCH_ARGS, `--user-data-dir=${userDataDir}`],
      defaultViewport: { width: 1280, height: 720 },
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new EnvironmentError(`The browser at ${executablePath} could not be started: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  let closing: Promise<void> | undefined;
  return {
    browser,
    // Safe to call more than once: the first call closes, later calls wait for it.
    close: () =>
      (closing ??= browser
        .close()
        .catch(() => undefined)
        .then(() => fs.rmSync(userDataDir, { recursive: true, force: true }))),
  };
}
