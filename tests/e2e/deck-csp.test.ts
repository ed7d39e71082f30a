// Decks carry a Content-Security-Policy of their own (a meta tag), so it holds wherever they are opened:
// both decks start with no violation, and a picture or script from the web, an inline event handler or an
// inline script the deck was not built with, put into the page, are refused.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import { sextortionIn, sharedBuild } from '../support/shared-builds.js';

interface Violation {
  directive: string;
  blocked: string;
}

let out: string;
let launched: LaunchedBrowser;

beforeAll(async () => {
  out = await sharedBuild(sextortionIn('default'));
  launched = await launchBrowser();
}, 300_000);
afterAll(async () => launched?.close());

/** A deck opened from disk, recording every policy violation and console error from its first moment. */
async function openDeck(file: string): Promise<{ page: Page; violations: () => Promise<Violation[]>; errors: string[]; requests: string[] }> {
  const page = await launched.browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => errors.push(String(error)));
  // Chromium announces a request the policy then blocks; only one that finished went anywhere.
  page.on('requestfinished', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (globalThis as unknown as { cspViolations: typeof seen }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  return { page, errors, requests, violations: () => page.evaluate(() => (globalThis as unknown as { cspViolations: Violation[] }).cspViolations) };
}

const DECKS: [string, string][] = [
  ['the deck folder', 'sextortion/webinar/deck/index.html'],
  ['the one-file deck', 'sextortion/webinar/deck.html'],
];

describe.each(DECKS)('%s', (_, relative) => {
  it('carries a policy that loads nothing from elsewhere and runs no inline handler, and starts with no violation', async () => {
    const { page, violations, errors } = await openDeck(path.join(out, relative));
    const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content')!);
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    expect(directives.get('script-src')!.join(' ')).not.toContain('unsafe-hashes');
    expect(await page.evaluate(() => (globalThis as unknown as { Reveal: { isReady(): boolean } }).Reveal.isReady())).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length)).toBeGreaterThan(20);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a picture or script from the web, an inline event handler and an inline script put into it', async () => {
    const { page, violations, requests } = await openDeck(path.join(out, relative));
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.org/tracker.png';
      document.body.append(img);
      const script = document.createElement('script');
      script.src = 'https://example.org/steal.js';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.handlerRan = true">');
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true;';
      document.body.append(inline);
    });
    await page.waitForFunction(() => (globalThis as unknown as { cspViolations: unknown[] }).cspViolations.length >= 4, { timeout: 5_000 });
    const seen = await violations();
    expect(seen).toEqual(expect.arrayContaining([
      { directive: 'img-src', blocked: 'https://example.org/tracker.png' },
      { directive: 'script-src-elem', blocked: 'https://example.org/steal.js' },
      { directive: 'script-src-attr', blocked: 'inline' },
      { directive: 'script-src-elem', blocked: 'inline' },
    ]));
    expect(await page.evaluate(() => [(window as unknown as { handlerRan?: boolean }).handlerRan ?? false, (window as unknown as { inlineRan?: boolean }).inlineRan ?? false])).toEqual([false, false]);
    expect(requests.filter((url) => url.includes('example.org'))).toEqual([]);
    await page.close();
  });
});
