// `workshopkit serve` in headless Chromium, against a temporary copy of a module: saving a file reloads the
// open deck on the same slide; a broken file shows its problem over the last good version until it is fixed.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import { startServer, type RebuildEvent, type RunningServer } from '../../src/serve/server.js';
import { axeViolations } from '../support/browser.js';
import { BROKEN, FIXTURES, GOOD } from '../support/cli.js';
import { copyModule, tempDir } from '../support/files.js';

let launched: LaunchedBrowser;
let server: RunningServer;
let moduleDir: string;
let brandFile: string;
const logs: string[] = [];

beforeAll(async () => {
  const modulesDir = path.join(tempDir(), 'modules');
  moduleDir = copyModule(path.join(GOOD, 'every-block'), modulesDir);
  copyModule(path.join(BROKEN, 'unknown-key'), modulesDir);
  const brandDir = path.join(tempDir(), 'brand');
  fs.cpSync(path.join(FIXTURES, 'brands/northshire'), brandDir, { recursive: true });
  brandFile = path.join(brandDir, 'brand.yaml');
  server = await startServer({ config: { modulesDir, theme: 'default', brand: brandFile }, port: 0, log: { out: (t) => logs.push(t), err: (t) => logs.push(t) } });
  launched = await launchBrowser();
});
afterAll(async () => {
  await launched?.close();
  await server?.close();
});

type RevealPage = { Reveal: { slide(n: number): void; getIndices(): { h: number } } };

/** Opens a served page and waits until it is ready and connected for live reload. */
async function openServed(address: string): Promise<Page> {
  const page = await launched.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(new URL(address, server.url).href, { waitUntil: 'load' });
  if (address.includes('/deck/')) await page.waitForSelector('html[data-ready="true"]');
  const pagePath = new URL(address, server.url).pathname;
  await waitFor(() => server.pages().includes(pagePath), `${pagePath} to connect for live reload`);
  expect(errors).toEqual([]);
  return page;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const nextRebuild = () => new Promise<RebuildEvent>((resolve) => {
  const stop = server.onRebuild((event) => {
    stop();
    resolve(event);
  });
});

const overlayText = (page: Page) =>
  page.evaluate(() => document.getElementById('workshopkit-overlay')?.shadowRoot?.querySelector('.panel')?.textContent ?? '');

function edit(file: string, from: string, to: string): string {
  const before = fs.readFileSync(file, 'utf8');
  expect(before).toContain(from);
  fs.writeFileSync(file, before.replace(from, to));
  return before;
}

describe('workshopkit serve in Chromium', () => {
  it('reloads an open deck on the same slide when a section file is saved, and prints the time it took', async () => {
    const page = await openServed('/every-block/parents/deck/');
    const slide = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].findIndex((s) => s.textContent!.includes('Why scams work')));
    expect(slide).toBeGreaterThan(1);
    await page.evaluate((n) => (globalThis as unknown as RevealPage).Reveal.slide(n), slide);
    await page.waitForFunction((n) => location.hash === `#/${n}`, {}, slide);
    await page.evaluate(() => ((globalThis as { sameDocument?: boolean }).sameDocument = true));
    const reloaded = new Promise<{ page: string; ms: number }>((resolve) => server.onReloaded(resolve));

    edit(path.join(moduleDir, 'sections/why.md'), 'Scammers are skilled.', 'Scammers are skilled and patient.');
    await page.waitForFunction(
      () => document.querySelector('.slides > section.present')?.textContent?.includes('skilled and patient') && document.documentElement.dataset.ready === 'true',
      { timeout: 15_000 },
    );
    // Only the slides changed, so they were swapped in place: the same document, with nothing done by hand.
    expect(await page.evaluate(() => (globalThis as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as RevealPage).Reveal.getIndices().h)).toBe(slide);
    expect(await page.evaluate(() => location.hash)).toBe(`#/${slide}`);
    // Only the slide on show can take focus, as after a load.
    const inert = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((s) => s.hasAttribute('inert')));
    expect(inert.filter((x) => !x)).toHaveLength(1);
    expect(inert[slide]).toBe(false);
    const report = await reloaded;
    expect(report.page).toBe('/every-block/parents/deck/');
    expect(report.ms).toBeGreaterThan(0);
    expect(logs.join('\n')).toMatch(/\/every-block\/parents\/deck\/: reloaded \d+ ms after the save/);
    await page.close();
  });

  it('shows the problem over the last good version when the YAML breaks, and clears it when fixed', async () => {
    const page = await openServed('/every-block/parents/deck/');
    expect(await overlayText(page)).toBe('');
    const moduleFile = path.join(moduleDir, 'module.yaml');
    const rebuilt = nextRebuild();
    const good = edit(moduleFile, 'subtitle: A small module that uses every block type', 'subtitle: Colons: in a plain value: break YAML');
    expect((await rebuilt).problems).toBe(true);

    await page.waitForFunction(() => document.getElementById('workshopkit-overlay')?.shadowRoot?.textContent?.includes('yaml/syntax'), { timeout: 10_000 });
    const text = await overlayText(page);
    expect(text).toContain('every-block/module.yaml:4:11  error  yaml/syntax');
    expect(text).toContain('hint: Put the value in quotes: subtitle: "Colons: in a plain value: break YAML"');
    expect(text).toContain('subtitle: Colons: in a plain value: break YAML');
    expect(text).toContain('Showing the last version without errors');
    // The last good deck is still there under the overlay.
    expect(await page.evaluate(() => document.querySelector('.slides > section.present h2')?.textContent)).toBe('Staying safe from online scams');
    const overlayRole = await page.evaluate(() => document.getElementById('workshopkit-overlay')!.shadowRoot!.querySelector('[role="alert"]') !== null);
    expect(overlayRole).toBe(true);

    fs.writeFileSync(moduleFile, good);
    await page.waitForFunction(() => !document.getElementById('workshopkit-overlay'), { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-workshopkit-problems'))).toBe(false);
    await page.close();
  });

  it('reloads only the pages whose output a change touches', async () => {
    const parents = await openServed('/every-block/parents/deck/');
    const webinar = await openServed('/every-block/webinar/deck/');
    const countChanges = () => {
      const target = globalThis as { slideChanges?: number };
      target.slideChanges = 0;
      new MutationObserver(() => (target.slideChanges! += 1)).observe(document.querySelector('.reveal .slides')!, { childList: true, subtree: true, characterData: true });
    };
    for (const page of [parents, webinar]) await page.evaluate(countChanges);
    // The holding slide is for the webinar only.
    const rebuilt = nextRebuild();
    edit(path.join(moduleDir, 'module.yaml'), 'Cameras and microphones are off.', 'Cameras and microphones are switched off.');
    const event = await rebuilt;
    expect(event.reloaded).toEqual(['/every-block/webinar/deck/']);
    await webinar.waitForFunction(() => document.querySelector('.reveal .slides')!.textContent!.includes('switched off'), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await parents.evaluate(() => (globalThis as { slideChanges?: number }).slideChanges)).toBe(0);
    await parents.close();
    await webinar.close();
  });

  it('reloads the whole page on the same slide when its look changes (a new brand colour)', async () => {
    const page = await openServed('/every-block/parents/deck/');
    await page.evaluate(() => (globalThis as unknown as RevealPage).Reveal.slide(2));
    await page.waitForFunction(() => location.hash === '#/2');
    await page.evaluate(() => ((globalThis as { sameDocument?: boolean }).sameDocument = true));
    const accent = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--wk-accent').trim().toLowerCase());
    const before = await accent();
    edit(brandFile, '#5b2a86', '#1f4e79');
    await page.waitForFunction(() => !(globalThis as { sameDocument?: boolean }).sameDocument && document.documentElement.dataset.ready === 'true', { timeout: 15_000 });
    expect(await accent()).not.toBe(before);
    expect(await page.evaluate(() => (globalThis as unknown as RevealPage).Reveal.getIndices().h)).toBe(2);
    await page.close();
  });

  it('serves an index page that passes axe-core, lists problems with links to them, and works without JavaScript', async () => {
    const page = await openServed('/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    const plain = await launched.browser.newPage();
    await plain.setJavaScriptEnabled(false);
    await plain.goto(server.url, { waitUntil: 'load' });
    const links = await plain.$$eval('a', (anchors) => anchors.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })));
    const hrefs = links.map((l) => l.href);
    for (const href of ['/every-block/parents/deck/', '/every-block/parents/handout/', '/every-block/webinar/notes/', '/every-block/webinar/slides-pdf/', '/every-block/pupils-11-13/lesson-plan/']) {
      expect(hrefs).toContain(href);
      const response = await fetch(new URL(href, server.url));
      expect(response.status, href).toBe(200);
    }
    // The broken module's problem, linked to its line in the file.
    const problem = links.find((l) => l.text.startsWith('unknown-key/module.yaml:9:5') || l.text.includes('unknown-key/module.yaml:9:5'));
    expect(problem, JSON.stringify(links)).toBeDefined();
    const source = await plain.goto(new URL(problem!.href, server.url).href);
    expect(source!.status()).toBe(200);
    expect(await plain.$eval('#L9', (line) => line.textContent)).toContain('schema/unknown-key');
    const sourcePage = await openServed(problem!.href);
    expect(await axeViolations(sourcePage)).toEqual([]);
    await sourcePage.close();

    // PDFs are made on request, with a plain form.
    await plain.goto(server.url, { waitUntil: 'load' });
    await Promise.all([plain.waitForNavigation({ timeout: 60_000 }), plain.click('#module-every-block-parents button[type="submit"]')]);
    const pdfLink = await plain.$eval('#module-every-block-parents a[href$="handout.pdf"]', (a) => a.getAttribute('href'));
    const pdf = await fetch(new URL(pdfLink!, server.url));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    await plain.close();
  });

  it('sends decks and its own pages with a Content-Security-Policy that breaks neither Reveal.js, the live reload nor the speaker view', async () => {
    const violations: string[] = [];
    const watchConsole = (page: Page) => page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    const deckUrl = new URL('/every-block/webinar/deck/', server.url).href;
    const response = await fetch(deckUrl);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self' 'sha256-/);
    const page = await launched.browser.newPage();
    watchConsole(page);
    await page.goto(deckUrl, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]');
    await waitFor(() => server.pages().includes('/every-block/webinar/deck/'), 'the deck to connect for live reload');
    // The speaker view: a window Reveal.js writes with an inline script, under the deck's policy.
    const popup = new Promise<Page>((resolve) => launched.browser.once('targetcreated', (target) => void target.page().then((p) => p && resolve(p))));
    await page.keyboard.press('s');
    const speaker = await popup;
    watchConsole(speaker);
    await speaker.waitForFunction(() => document.querySelector('.speaker-controls-time .clock-value')?.textContent !== '', { timeout: 15_000 });
    // Its notes arrive from the deck once the two windows have connected: they are scripts talking to each other.
    const withNotes = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].findIndex((s) => s.querySelector('aside.notes')));
    expect(withNotes).toBeGreaterThanOrEqual(0);
    await page.evaluate((n) => (globalThis as unknown as RevealPage).Reveal.slide(n), withNotes);
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').trim().length > 0, { timeout: 15_000 });
    await speaker.close();
    // An inline handler smuggled into the page does not run.
    const handlerRan = await page.evaluate(async () => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.handlerRan = true');
      img.src = 'data:,not-an-image';
      document.body.appendChild(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (globalThis as { handlerRan?: boolean }).handlerRan === true;
    });
    expect(handlerRan).toBe(false);
    // The one refusal is the smuggled handler's.
    expect(violations.filter((v) => !/inline event handler/.test(v))).toEqual([]);
    expect(violations.filter((v) => /inline event handler/.test(v)).length).toBeGreaterThan(0);
    await page.close();
    violations.length = 0;
    for (const address of ['/', '/every-block/parents/handout/', '/every-block/webinar/notes/']) {
      const other = await launched.browser.newPage();
      watchConsole(other);
      await other.goto(new URL(address, server.url).href, { waitUntil: 'load' });
      if (address !== '/') await other.waitForSelector('html[data-ready="true"]');
      await other.close();
    }
    expect(violations).toEqual([]);
  });
});
