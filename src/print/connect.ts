// Connects Puppeteer to a browser started by startBrowser (browser.ts), and waits until its first tab is
// ready to print on.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
// Puppeteer's entry without its launchers: the browser is started elsewhere, and the launchers bring
// @puppeteer/browsers with them, about 2 MB of code to compile. This entry has no file system: ask a page
// for a PDF's or a screenshot's bytes and write them yourself (a `path` option throws).
import puppeteer from 'puppeteer-core/internal/puppeteer-core-browser.js';

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

/** Puppeteer connected to a started browser, once its first tab shows the start page. */
export async function connectBrowser(endpoint: string, startUrl: string): Promise<Browser> {
  // The same class as the package's own entry gives; its declarations come from another file, hence the cast.
  const browser = (await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: { width: 1280, height: 720 } })) as unknown as Browser;
  await startPageLoaded(browser, startUrl);
  return browser;
}

/**
 * The DevTools address a browser wrote into its profile (DevToolsActivePort: its port, then its path), once
 * it is there and whole; undefined until then.
 */
export function endpointInProfile(profile: string): string | undefined {
  let written: string;
  try {
    written = fs.readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8');
  } catch {
    return undefined; // not yet
  }
  const [, port, browserPath] = /^(\d+)\r?\n(\/devtools\/browser\/[\w-]+)\s*$/.exec(written) ?? [];
  return port ? `ws://127.0.0.1:${port}${browserPath}` : undefined;
}
