// Every built-in theme, on every HTML output of the shipped modules, in Chromium: axe-core finds nothing,
// every slide fits with no text below the theme's minimum, focus is visible, motion is off when asked,
// and the theme's own font draws Welsh ŵ and ŷ.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import { availableThemes, loadTheme } from '../../src/theme/load-theme.js';
import { FONTS } from '../../src/theme/fonts.js';
import { axeEverySlide, axeViolations, looksOfPage, openWatched, requestsOutside } from '../support/browser.js';
import type { StagedPrintHtml } from '../support/print-html.js';
import { sextortionIn, sharedBuild, sharedPrintHtml } from '../support/shared-builds.js';

// The default theme first: its decks get every axe-core rule on every slide.
const THEMES = [...availableThemes()].sort((a, b) => Number(b === 'default') - Number(a === 'default'));
/**
 * A theme changes a deck's stylesheet, not its HTML: so past the default theme, every slide is checked with
 * the rules whose outcome a stylesheet decides (colours, sizes, what is hidden or scrolls), and the rest,
 * which read the HTML alone, are left to the default theme's run. The same goes for the print pages.
 */
const RULES_A_THEME_CHANGES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'aria-hidden-focus'];
const rulesFor = (theme: string) => (theme === THEMES[0] ? undefined : RULES_A_THEME_CHANGES);
/**
 * And those rules give the same result wherever elements look the same (see LOOKS_OF in support/browser.ts):
 * past the default theme, a slide or page is checked when it has an element that looks like none checked
 * before in that theme. Every slide is still shown, fitted and measured against the minimum text size.
 */
const newLooksOnly = (theme: string) => theme !== THEMES[0];
const AUDIENCES = ['webinar', 'professionals', 'parents', 'pupils-14-18', 'pupils-11-13'];
let launched: LaunchedBrowser;
const decks: Record<string, string> = {};
const printPages: Record<string, StagedPrintHtml[]> = {};

beforeAll(async () => {
  for (const theme of THEMES) {
    decks[theme] = await sharedBuild(sextortionIn(theme));
    printPages[theme] = await sharedPrintHtml({ theme });
  }
  launched = await launchBrowser();
}, 600_000);
afterAll(async () => launched?.close());

type RevealWindow = { Reveal: { getTotalSlides(): number; slide(n: number): void; getConfig(): { transition: string } } };

describe.concurrent.each(THEMES)('the %s theme', (theme) => {
  const minSize = () => parseFloat(loadTheme(theme).theme!.source.deck['min-size']);

  // The five decks are checked side by side, each in its own page of the one browser.
  it.concurrent.each(AUDIENCES)('deck for %s: every slide fits, has no text below the minimum and passes axe-core', async (audience) => {
    const deckDir = path.join(decks[theme]!, 'sextortion', audience, 'deck');
    const { page, requests, consoleErrors } = await openWatched(launched, path.join(deckDir, 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(requestsOutside(requests, deckDir)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    const overflowing = await page.evaluate(() => [...document.querySelectorAll('.slides > section[data-overflow]')].map((s) => s.querySelector('h2')?.textContent));
    expect(overflowing).toEqual([]);
    expect(await axeEverySlide(page, minSize(), rulesFor(theme), newLooksOnly(theme))).toEqual([]);
    await page.close();
  });

  it.concurrent('print HTML (handouts, lesson plans, presenter scripts, slides PDF) passes axe-core', async () => {
    expect(new Set(printPages[theme]!.map((p) => p.format))).toEqual(new Set(['handout', 'lesson-plan', 'notes', 'slides-pdf']));
    const problems: string[] = [];
    const seen = new Set<string>();
    let checked = 0;
    // Three documents at a time: the machine's two cores stay busy while one page waits on another.
    const queue = [...printPages[theme]!];
    const next = async (): Promise<void> => {
      const doc = queue.shift();
      if (!doc) return;
      const { page, consoleErrors } = await openWatched(launched, doc.html);
      await page.waitForSelector('html[data-ready="true"]');
      expect(await page.evaluate(() => document.documentElement.lang), doc.html).toBe('en-GB');
      // Before axe runs: axe reads stylesheets itself, which Chromium refuses on file:// pages, and says so.
      expect(consoleErrors, doc.html).toEqual([]);
      const looks = newLooksOnly(theme) ? await looksOfPage(page) : [];
      if (!newLooksOnly(theme) || looks.some((look) => !seen.has(look))) {
        for (const look of looks) seen.add(look);
        for (const v of await axeViolations(page, rulesFor(theme))) problems.push(`${doc.audience}/${doc.format}: ${v}`);
        checked++;
      }
      await page.close();
      return next();
    };
    await Promise.all([next(), next(), next()]);
    expect(problems.sort()).toEqual([]);
    // Each format at least: a handout, a lesson plan, a presenter script and a slides PDF look different.
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  // Alone among this theme's tests: it presses keys in its page.
  it.sequential('shows where the keyboard focus is, and turns transitions off for people who ask for less motion', async () => {
    const deckDir = path.join(decks[theme]!, 'sextortion', 'parents', 'deck');
    const { page } = await openWatched(launched, path.join(deckDir, 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    // Focus is drawn only in a focused page, and the other themes' pages open beside this one meanwhile:
    // this page behaves as focused whichever page the browser last brought to the front.
    const session = await page.createCDPSession();
    await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    expect(await page.evaluate(() => (globalThis as unknown as RevealWindow).Reveal.getConfig().transition)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.slides > section')!).transitionDuration)).toMatch(/^0s/);
    // Go to the first slide with a link and tab to it.
    const index = await page.evaluate(() => [...document.querySelectorAll('.slides > section')].findIndex((s) => s.querySelector('a[href]')));
    expect(index).toBeGreaterThan(0);
    await page.evaluate((n) => (globalThis as unknown as RevealWindow).Reveal.slide(n), index);
    let focus: { tag: string; style: string; width: number; colour: string } | undefined;
    for (let i = 0; i < 20 && focus?.tag !== 'A'; i++) {
      await page.keyboard.press('Tab');
      focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
      });
    }
    expect(focus?.tag).toBe('A');
    expect(focus?.style).toBe('solid');
    expect(focus!.width).toBeGreaterThanOrEqual(3);
    const focusColour = loadTheme(theme).theme!.source.colours.focus;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(focusColour.slice(i, i + 2), 16));
    expect(focus?.colour).toBe(`rgb(${r}, ${g}, ${b})`);
    await page.close();
  });

  it('draws Welsh ŵ and ŷ in the theme\'s own font, with no fallback', async () => {
    const deckDir = path.join(decks[theme]!, 'sextortion', 'parents', 'deck');
    const { page } = await openWatched(launched, path.join(deckDir, 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'welsh';
      p.lang = 'cy';
      p.innerHTML = 'Ŵ ŵ Ŷ ŷ <strong>ŵ ŷ</strong>';
      document.querySelector('.slides > section.present')!.appendChild(p);
    });
    await page.evaluate(async () => {
      await document.fonts.load('400 34px var(--wk-font)', 'ŵ').catch(() => undefined);
      await document.fonts.ready;
    });
    const client = await page.createCDPSession();
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    const used: string[] = [];
    for (const selector of ['#welsh', '#welsh strong']) {
      const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      used.push(...fonts.filter((f) => f.glyphCount > 0).map((f) => `${f.familyName}${f.isCustomFont ? '' : ' (installed)'}`));
    }
    const family = FONTS[loadTheme(theme).theme!.source.font].family;
    expect([...new Set(used)]).toEqual([family]);
    await page.close();
  });
});
