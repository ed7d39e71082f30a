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
 * Shows every slide of a Reveal deck in turn and runs axe-core on each: the violations, by slide. With
 * `minSize`, text on a slide smaller than that many pixels is a problem too (notes and screen-reader text
 * aside); with `rules`, only those axe-core rules run. The whole walk runs inside the page, one call for the
 * deck rather than several for each slide.
 */
export async function axeEverySlide(page: Page, minSize?: number, rules?: readonly string[]): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(fs.readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async (minimum, only) => {
    type Deck = { Reveal: { getTotalSlides(): number; slide(n: number): void } };
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
    const { Reveal, axe } = globalThis as unknown as Deck & { axe: Axe };
    const problems: string[] = [];
    for (let i = 0; i < Reveal.getTotalSlides(); i++) {
      Reveal.slide(i);
      for (const v of (await axe.run(document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) })).violations) {
        problems.push(`slide ${i + 1}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      if (minimum === null) continue;
      const slide = document.querySelector('.slides > section.present');
      if (!slide) {
        problems.push(`slide ${i + 1}: not shown`);
        continue;
      }
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!node.textContent!.trim() || element.closest('aside.notes, .sr-only')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < minimum - 0.05) problems.push(`slide ${i + 1}: ${size.toFixed(1)}px: ${node.textContent!.trim().slice(0, 40)}`);
      }
    }
    return problems;
  }, minSize ?? null, rules ? [...rules] : null);
}
