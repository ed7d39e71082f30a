import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../../src/errors/finding.js';
import puppeteer from 'puppeteer-core';
import { DISABLED_FEATURES, DRIVER_ARGS, findBrowser, firstComplaint, installPaths, launchArgs, launchBrowser, NO_BROWSER_MESSAGE, profileParent, startBrowser } from '../../../src/print/browser.js';
import { compiledBin } from '../../support/compiled-cli.js';
import { tempDir } from '../../support/files.js';

const fakeBrowser = () => {
  const file = path.join(tempDir(), 'chrome');
  fs.writeFileSync(file, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  return file;
};

describe('finding a browser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first, then CHROME_PATH, before any installed browser', () => {
    const first = fakeBrowser();
    const second = fakeBrowser();
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: first, CHROME_PATH: second })).toBe(first);
    expect(findBrowser({ CHROME_PATH: second })).toBe(second);
  });

  it('names the variable that points at nothing, with the one paragraph on how to get a browser', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nowhere/chrome' })).toThrow(EnvironmentError);
    expect(() => findBrowser({ CHROME_PATH: '/nowhere/chrome' })).toThrow(/CHROME_PATH is set to "\/nowhere\/chrome", but there is no file there\. No Chrome or Chromium/);
  });

  it('finds the installed Chrome or Debian\'s Chromium with no variable set', () => {
    const found = findBrowser({}, 'linux');
    expect(fs.existsSync(found)).toBe(true);
    expect(found).toMatch(/chrom/i);
  });

  it('looks where Chrome\'s installers put it on each system, stable first, then Chromium or Edge', () => {
    const linux = installPaths('linux', {});
    expect(linux[0]).toBe('/opt/google/chrome/chrome');
    expect(linux.indexOf('/usr/bin/chromium')).toBeGreaterThan(linux.indexOf('/opt/google/chrome-canary/chrome'));
    expect(installPaths('darwin', {})[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(installPaths('darwin', {})).toContain('/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary');
    const windows = installPaths('win32', { PROGRAMFILES: 'E:\\Apps', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' });
    expect(windows[0]).toBe('E:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\a\\AppData\\Local\\Google\\Chrome SxS\\Application\\chrome.exe');
    expect(windows.at(-1)).toMatch(/\\Microsoft\\Edge\\Application\\msedge\.exe$/);
  });

  it('says in one paragraph how to install one when there is none', () => {
    // A platform this machine is not: none of its install paths exist here.
    expect(() => findBrowser({}, 'aix')).toThrow(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install -y chromium');
    expect(NO_BROWSER_MESSAGE).toContain('--format deck');
  });
});

describe('the sandbox', () => {
  it('stays on for a user who is not root, and on Windows (no user ids)', () => {
    expect(launchArgs(1000, {})).not.toContain('--no-sandbox');
    expect(launchArgs(undefined, {})).not.toContain('--no-sandbox');
  });

  it('is off as root, where Chromium will not start with it, or when WORKSHOPKIT_NO_SANDBOX=1 asks', () => {
    expect(launchArgs(0, {})).toContain('--no-sandbox');
    expect(launchArgs(1000, { WORKSHOPKIT_NO_SANDBOX: '1' })).toContain('--no-sandbox');
    expect(launchArgs(1000, { WORKSHOPKIT_NO_SANDBOX: '0' })).not.toContain('--no-sandbox');
  });

  it('keeps the flags that make printing the same everywhere', () => {
    for (const args of [launchArgs(0, {}), launchArgs(1000, {})]) {
      expect(args).toEqual(expect.arrayContaining(['--headless', '--font-render-hinting=none', '--disable-background-networking']));
    }
  });
});

describe('starting the browser', () => {
  it('gives it the flags Puppeteer\'s own launcher gives Chrome, with the features it needs not turned off too', () => {
    // Puppeteer adds the first tab's address (about:blank) when given no page: the build gives its own.
    const puppeteers = puppeteer.defaultArgs({ headless: true, args: [`--disable-features=${DISABLED_FEATURES.join(',')}`] });
    expect(DRIVER_ARGS).toEqual(puppeteers.filter((arg) => arg !== 'about:blank'));
    expect(DRIVER_ARGS.filter((arg) => arg.startsWith('--disable-features='))).toHaveLength(1);
  });

  it('says what a browser that would not start complained of, in one line', () => {
    const said = 'some wrapper noise\n[1:1:1202/101010.1:ERROR:bus.cc(408)] Failed to connect to the bus\n[123:123:1202/101010.123456:ERROR:zygote_host_impl_linux.cc(127)] Running as root without --no-sandbox is not supported.\nmore\n';
    expect(firstComplaint(said)).toBe('Running as root without --no-sandbox is not supported.');
    expect(firstComplaint(`[1:1:1:ERROR:a.cc(1)] harmless\n[2:2:2:FATAL:b.cc(2)] No usable sandbox!\n[3:3:3:ERROR:c.cc(3)] after`)).toBe('No usable sandbox!');
    expect(firstComplaint('\n  this browser cannot start\n')).toBe('this browser cannot start');
    expect(firstComplaint('')).toBeUndefined();
  });

  it('names the browser and why when it stops at once, and leaves no profile behind', async () => {
    const file = path.join(tempDir(), 'chrome');
    fs.writeFileSync(file, '#!/bin/sh\necho "this browser cannot start" >&2\nexit 3\n', { mode: 0o755 });
    const tmp = tempDir();
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = tmp;
    try {
      const started = startBrowser(file);
      const error = await started.endpoint.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EnvironmentError);
      expect((error as Error).message).toBe(`The browser at ${file} could not be started, so PDFs cannot be printed: it stopped before it was ready (exit code 3): this browser cannot start. Point PUPPETEER_EXECUTABLE_PATH (or CHROME_PATH) at a working Chrome or Chromium, or build only the decks with --format deck.`);
      await started.exited;
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });

  it('writes where it listens into its profile, and close() ends it and removes the profile', async () => {
    const started = startBrowser();
    const endpoint = await started.endpoint;
    expect(endpoint).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/devtools\/browser\//);
    const { endpointInProfile } = await import('../../../src/print/connect.js');
    // Written by the browser itself, a moment after it says so.
    const until = Date.now() + 5_000;
    while (!endpointInProfile(started.profile!) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(endpointInProfile(started.profile!)).toBe(endpoint);
    await started.close();
    await started.exited;
    expect(fs.existsSync(started.profile!)).toBe(false);
  });

  it('starts no address-bar pages: the features Chrome would load them with are off', async () => {
    const launched = await launchBrowser();
    try {
      // Chrome makes them as it starts, before its first tab has loaded: give it a moment more.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const session = await launched.browser.target().createCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      expect(targetInfos.map((t) => `${t.type} ${t.url}`).filter((t) => /omnibox|^browser_ui/i.test(t))).toEqual([]);
      expect(targetInfos.filter((t) => t.type === 'page')).toHaveLength(1);
    } finally {
      await launched.close();
    }
  });

  it('is stopped, and its profile removed, when the process ends without closing it', () => {
    // A process that starts a browser and then dies of an error nothing caught.
    const browserModule = pathToFileURL(path.join(path.dirname(compiledBin()), 'print/browser.js')).href;
    const script = `const { startBrowser } = await import(${JSON.stringify(browserModule)});
      const started = startBrowser();
      await started.endpoint;
      console.log(started.profile);
      throw new Error('nothing caught this');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('nothing caught this');
    const profile = run.stdout.trim();
    expect(profile).toMatch(/workshopkit-chrome-/);
    expect(fs.existsSync(profile)).toBe(false);
    const running = fs.readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile);
      } catch {
        return false; // ended meanwhile
      }
    });
    expect(running).toEqual([]);
  });

  it('makes its profile where Chromium\'s single-instance socket fits, so a long temporary folder does not stop it', async () => {
    // macOS's own temporary folder is this long: the socket under it would be longer than 103 bytes.
    expect(profileParent('/var/folders/lj/2d1lbtpn09dcd3t1tfx7pkt40000gn/T', 'darwin')).toBe('/tmp');
    expect(profileParent('/tmp', 'linux')).toBe('/tmp');
    expect(profileParent('C:\\Users\\a\\AppData\\Local\\Temp\\a\\very\\long\\folder\\indeed\\and\\longer\\still\\than\\that', 'win32')).toMatch(/^C:/);
    // And a browser really starts with such a folder as its TMPDIR.
    let long = tempDir();
    while (long.length < 70) long = fs.mkdtempSync(path.join(long, 'longer-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = long;
    try {
      const started = startBrowser();
      expect(await started.endpoint).toMatch(/^ws:/);
      expect(started.profile!.startsWith(long)).toBe(false);
      await started.close();
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });
});
