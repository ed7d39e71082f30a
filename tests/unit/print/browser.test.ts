import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../../src/errors/finding.js';
import { findBrowser, launchArgs, NO_BROWSER_MESSAGE } from '../../../src/print/browser.js';
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
