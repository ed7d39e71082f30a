import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/print/browser.js';
import { axeEverySlide, openWatched, requestsOutside } from '../support/browser.js';
import { EVERY_BLOCK, sharedBuild } from '../support/shared-builds.js';

let launched: LaunchedBrowser;
let out: string;

beforeAll(async () => {
  out = await sharedBuild(EVERY_BLOCK);
  launched = await launchBrowser();
}, 300_000);
afterAll(async () => launched?.close());

interface SlideInfo {
  block: string;
  heading: string;
  hasNotes: boolean;
}

const expected = {
  parents: { slides: 11, first: 'title' },
  webinar: { slides: 14, first: 'holding' },
  'pupils-11-13': { slides: 14, first: 'title' },
};

describe.each(Object.entries(expected))('the %s deck in Chromium', (audience, { slides, first }) => {
  const deckDir = () => path.join(out, 'every-block', audience, 'deck');

  it('opens from disk, with no request outside its folder and no console errors', async () => {
    const { page, requests, consoleErrors } = await openWatched(launched, path.join(deckDir(), 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate(() => document.fonts.ready);
    expect(requestsOutside(requests, deckDir())).toEqual([]);
    expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
    expect(consoleErrors).toEqual([]);

    const info = await page.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      total: (globalThis as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
      slideNumber: (document.querySelector('.slide-number')?.textContent ?? '').replace(/\s+/g, ''),
      fontLoaded: document.fonts.check('16px "Atkinson Hyperlegible Next"'),
      slides: [...document.querySelectorAll('.slides > section')].map((s) => ({
        block: s.getAttribute('data-block') ?? '',
        heading: s.querySelector('h2')?.textContent?.trim() ?? '',
        hasNotes: Boolean(s.querySelector('aside.notes')?.textContent?.trim()),
      })),
    }));
    expect(info.title).toBe(`Staying safe from online scams: ${{ parents: 'Parents and carers', webinar: 'Webinar for parents and professionals', 'pupils-11-13': 'PSHE lesson (ages 11 to 13)' }[audience]}`);
    expect(info.lang).toBe('en-GB');
    expect(info.total).toBe(slides);
    expect(info.slideNumber).toBe(`1/${slides}`);
    expect(info.fontLoaded).toBe(true);
    // What a person sees: the first slide's heading drawn large inside the window, not scaled to nothing.
    const seen = await page.evaluate(() => {
      const heading = document.querySelector('.slides > section.present h2')!.getBoundingClientRect();
      return { height: heading.height, top: heading.top, bottom: heading.bottom, innerHeight: window.innerHeight };
    });
    expect(seen.height).toBeGreaterThan(30);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(seen.innerHeight);
    const list = info.slides as SlideInfo[];
    expect(list[0]!.block).toBe(first);
    expect(list.at(-1)!.block).toBe('signposting');
    expect(list.at(-1)!.heading).toBe('Where to get help');
    expect(list.filter((s) => s.hasNotes).length).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('has no accessibility violations on any slide (axe-core)', async () => {
    const { page } = await openWatched(launched, path.join(deckDir(), 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    expect(await axeEverySlide(page)).toEqual([]);
    await page.close();
  });
});

describe('speaker notes', () => {
  it('open in the speaker view when the presenter presses S, without loading anything from the network', async () => {
    const deckDir = path.join(out, 'every-block', 'parents', 'deck');
    const { page, requests } = await openWatched(launched, path.join(deckDir, 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    const popup = new Promise<import('puppeteer-core').Page | null>((resolve) =>
      launched.browser.once('targetcreated', async (target) => resolve(await target.page())),
    );
    await page.keyboard.press('s');
    const speaker = await popup;
    expect(speaker).not.toBeNull();
    await speaker!.waitForFunction(() => document.querySelector('.speaker-controls-notes')?.textContent?.includes('Welcome everyone'), { timeout: 10_000 });
    expect(requestsOutside(requests, deckDir)).toEqual([]);
    await speaker!.close();
    await page.close();
  });
});

describe('the accessibility checks the other tests rely on', () => {
  const contrastRules = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'aria-hidden-focus'];
  /** The parents' deck with faint text added to a middle slide, which every check below must find. */
  async function deckWithFaintText(slide: number) {
    const { page } = await openWatched(launched, path.join(out, 'every-block', 'parents', 'deck', 'index.html'));
    await page.waitForSelector('html[data-ready="true"]');
    await page.evaluate((n) => {
      const p = document.createElement('p');
      p.textContent = 'Text too faint to read';
      p.style.cssText = 'color: #777; background: #888';
      document.querySelectorAll('.slides > section')[n]!.appendChild(p);
    }, slide);
    return page;
  }

  it('finds a problem on a middle slide, with every rule', async () => {
    const page = await deckWithFaintText(5);
    expect((await axeEverySlide(page)).join('\n')).toMatch(/^slide 6: color-contrast/m);
    await page.close();
  });

  it('finds it when only the looks not seen before are checked', async () => {
    const page = await deckWithFaintText(5);
    expect((await axeEverySlide(page, undefined, contrastRules, true)).join('\n')).toMatch(/^slide 6: color-contrast/m);
    await page.close();
  });
});
