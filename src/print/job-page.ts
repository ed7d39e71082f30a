// Loads the HTML of a print job into a page of the pool. The HTML is written into the page's document
// rather than gone to as a new one: Chromium then keeps the page's renderer, and the stylesheets and fonts
// it has already decoded, from one job to the next. Printing 20 decks took about 40% less of the browser's
// work this way. A `<base>` with the job file's address makes every relative address mean what it did.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { hashFolder } from '../source/folder-hash.js';

/**
 * The assets folders (`assets/` beside each staged HTML, see src/render/assets.ts) already loaded, by
 * their contents. Chromium knows a file it has decoded only by its address, so a job whose folder holds the
 * same files as one before it loads them from that folder's address. The staging folder keeps every job's
 * files until the build ends.
 */
export class SharedAssets {
  private readonly folderOf = new Map<string, string>();

  /** The address to load a job's assets from: the first folder seen with the same contents. */
  addressFor(assetsFolder: string): string {
    const digest = hashFolder(assetsFolder);
    const known = this.folderOf.get(digest);
    if (known) return known;
    const address = `${pathToFileURL(assetsFolder).href}/`;
    this.folderOf.set(digest, address);
    return address;
  }
}

/** Where a staged HTML file's stylesheets, fonts and logo are (see src/render/assets.ts). */
const assetsBeside = (htmlFile: string) => path.join(path.dirname(htmlFile), 'assets');

const HEAD = /<head\b[^>]*>/i;
/** The stylesheets and images a page links from its own assets folder. */
const ASSET_LINK = /(<(?:link|img)\b[^>]*?\b(?:href|src)=")assets\//gi;

/** The job's HTML as the page is given it: with its `<base>`, and its assets from where they were first loaded. */
export function htmlForPage(html: string, htmlFile: string, assets: SharedAssets): string | undefined {
  if (!HEAD.test(html)) return undefined;
  const folder = assetsBeside(htmlFile);
  const address = fs.existsSync(folder) ? assets.addressFor(folder) : undefined;
  const linked = address ? html.replace(ASSET_LINK, (_, before: string) => `${before}${address}`) : html;
  const head = HEAD.exec(linked)!;
  const at = head.index + head[0].length;
  return `${linked.slice(0, at)}<base href="${pathToFileURL(htmlFile).href}">${linked.slice(at)}`;
}

/**
 * Shows the job's HTML in the page. A page's first job is gone to as its file (there is no document yet to
 * write into); so is HTML without a `<head>`, which is never made here.
 */
export async function loadJob(page: Page, htmlFile: string, assets: SharedAssets, timeout: number, first: boolean): Promise<void> {
  const html = first ? undefined : htmlForPage(fs.readFileSync(htmlFile, 'utf8'), htmlFile, assets);
  if (html !== undefined) return void (await page.setContent(html, { waitUntil: 'load', timeout }));
  const folder = assetsBeside(htmlFile);
  if (fs.existsSync(folder)) assets.addressFor(folder); // later jobs with the same files load them from here
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout });
}

/**
 * Waits until the page marks itself ready (`<html data-ready="true">`, set once its fonts are in and its
 * slides fitted), then says which of its printed slides (0-based) the fitting left marked as overflowing:
 * one call into the page, where waiting for a selector and then reading the slides took dozens.
 */
export async function readyPage(page: Page, timeout: number): Promise<number[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`the page was not ready after ${timeout} ms`), { name: 'TimeoutError' })), timeout);
  });
  try {
    return await Promise.race([page.evaluate(untilReady), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs in the page: see readyPage. */
function untilReady(): Promise<number[]> {
  const root = document.documentElement;
  const overflowing = () =>
    [...document.querySelectorAll('.print-slides .slides > section')].flatMap((slide, i) => (slide.hasAttribute('data-overflow') ? [i] : []));
  return new Promise((resolve) => {
    if (root.getAttribute('data-ready') === 'true') return resolve(overflowing());
    const watch = new MutationObserver(() => {
      if (root.getAttribute('data-ready') !== 'true') return;
      watch.disconnect();
      resolve(overflowing());
    });
    watch.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
  });
}
