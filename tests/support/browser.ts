// One browser per test file, and pages that record every request and console error.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface WatchedPage {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

export async function openWatched(launched: LaunchedBrowser, file: string): Promise<WatchedPage> {
  const page = await launched.browser.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
  return { page, requests, consoleErrors };
}

/** Requests that leave a folder: anything not a file inside it (data: URLs are the page's own). */
export function requestsOutside(requests: string[], folder: string): string[] {
  const root = pathToFileURL(path.resolve(folder)).href + '/';
  return requests.filter((url) => !url.startsWith(root) && !url.startsWith('data:'));
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core in the page (every rule, or only `rules`) and returns its violations, described briefly. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  // Evaluated rather than added as a <script>, so a page's Content-Security-Policy does not stop it.
  if (!loaded) await page.evaluate(fs.readFileSync(AXE_PATH, 'utf8'));
  const violations = (await page.evaluate(async (only) => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) })).violations;
  }, rules ? [...rules] : null)) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The looks of the elements under `root` that axe-core's stylesheet-decided rules read: for each element with
 * text of its own, and each link, button, image or focusable element, its tag, classes and the colours,
 * background, opacity, size and weight of it and every element above it. Two parts of a page with the same
 * looks get the same results from those rules. Defined in pages from its source, so it names nothing outside.
 */
const LOOKS_OF = `(root) => {
  const keys = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.closest('aside.notes')) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText && !el.matches('a, button, img, svg, input, select, textarea, [tabindex]')) continue;
    const chain = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      chain.push([e.tagName, e.getAttribute('class'), s.color, s.backgroundColor, s.backgroundImage, s.opacity, s.fontSize, s.fontWeight,
        s.textDecorationLine, s.display, s.visibility, s.position, s.overflow].join('|'));
    }
    keys.push(chain.join(' < '));
  }
  return keys;
}`;

/**
 * Shows every slide of a Reveal deck in turn and runs axe-core on each: the violations, by slide. The first
 * and last slides are checked with the whole page around them (the controls, the slide number, the rules
 * about the page as a whole); the others with the slide alone, which is all that changes between slides.
 * With `minSize`, text on a slide smaller than that many pixels is a problem too (notes and screen-reader
 * text aside). With `rules`, only those axe-core rules run; with `newLooksOnly` too, a slide whose every
 * element looks like one on a slide already checked (see LOOKS_OF) is not checked again: for the rules a
 * stylesheet decides, it would give the same result. The whole walk runs inside the page, in one call.
 */
export async function axeEverySlide(page: Page, minSize?: number, rules?: readonly string[], newLooksOnly = false): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(fs.readFileSync(AXE_PATH, 'utf8'));
  if (newLooksOnly && !rules) throw new Error('newLooksOnly needs rules a stylesheet decides: other rules read more than looks');
  if (newLooksOnly) await defineLooksOf(page);
  return page.evaluate(async (minimum, only, newLooks) => {
    type Deck = { Reveal: { getTotalSlides(): number; slide(n: number): void } };
    type Axe = { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
    const { Reveal, axe } = globalThis as unknown as Deck & { axe: Axe };
    const looksOf = newLooks ? (globalThis as unknown as { workshopkitLooksOf: (root: Element) => string[] }).workshopkitLooksOf : null;
    const seen = new Set<string>();
    const problems: string[] = [];
    const last = Reveal.getTotalSlides() - 1;
    for (let i = 0; i <= last; i++) {
      Reveal.slide(i);
      const slide = document.querySelector('.slides > section.present');
      if (!slide) {
        problems.push(`slide ${i + 1}: not shown`);
        continue;
      }
      const whole = i === 0 || i === last;
      let check = true;
      if (looksOf && !whole) {
        const looks = looksOf(slide);
        check = looks.some((look) => !seen.has(look));
        for (const look of looks) seen.add(look);
      } else if (looksOf) {
        for (const look of looksOf(slide)) seen.add(look);
      }
      if (check) {
        const context = whole ? document : { include: [['.slides > section.present']] };
        for (const v of (await axe.run(context, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) })).violations) {
          problems.push(`slide ${i + 1}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      if (minimum === null) continue;
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!node.textContent!.trim() || element.closest('aside.notes, .sr-only')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < minimum - 0.05) problems.push(`slide ${i + 1}: ${size.toFixed(1)}px: ${node.textContent!.trim().slice(0, 40)}`);
      }
    }
    return problems;
  }, minSize ?? null, rules ? [...rules] : null, newLooksOnly);
}

/** The looks (see LOOKS_OF) of a whole page, to tell whether another page of the same kind adds any. */
export async function looksOfPage(page: Page): Promise<string[]> {
  await defineLooksOf(page);
  return page.evaluate(() => (globalThis as unknown as { workshopkitLooksOf: (root: Element) => string[] }).workshopkitLooksOf(document.body));
}

/** Defines LOOKS_OF in the page: evaluated as source, so a page's Content-Security-Policy does not stop it. */
async function defineLooksOf(page: Page): Promise<void> {
  await page.evaluate(`globalThis.workshopkitLooksOf = ${LOOKS_OF}`);
}
