// (d) save to reload: `workshopkit serve` on a temporary copy of the shipped module, with the parents' deck
// open in Chromium on the slide a Markdown section makes. The section is saved again and again; each time,
// the time from the save to the deck reloaded on the same slide with the new text is measured in the page,
// and as the server reports it (the page tells the server when it is ready). Goal: under 300 ms.
// Run on its own with `tsx bench/serve.ts`, or as part of `npm run bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../src/print/browser.js';
import { startServer, type RebuildEvent, type ReloadedEvent } from '../src/serve/server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAVES = 15;
const WARM_UP = 3;
const SECTION = 'sections/how-it-happens.md';
const HEADING = '## How it usually happens';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

export async function benchSaveToReload(): Promise<void> {
  console.log('\n(d) save to reload: serve, the shipped module, a Markdown section saved with its deck open');
  const modulesDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'workshopkit-bench-d-')), 'modules');
  fs.cpSync(path.join(ROOT, 'modules/sextortion'), path.join(modulesDir, 'sextortion'), { recursive: true });
  const section = path.join(modulesDir, 'sextortion', SECTION);
  const original = fs.readFileSync(section, 'utf8');

  const server = await startServer({ config: { modulesDir, theme: 'default' }, port: 0, log: { out: () => undefined, err: (t) => console.error(t) } });
  const launched = await launchBrowser();
  try {
    const page = await launched.browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(new URL('/sextortion/parents/deck/', server.url).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready="true"]');
    const slide = await page.evaluate((heading) => [...document.querySelectorAll('.slides > section')].findIndex((s) => s.querySelector('h2')?.textContent === heading), HEADING.slice(3));
    if (slide < 0) throw new Error(`no slide "${HEADING}" in the parents' deck`);
    await page.evaluate((n) => (globalThis as unknown as { Reveal: { slide(n: number): void } }).Reveal.slide(n), slide);
    await page.waitForFunction((n) => location.hash === `#/${n}`, {}, slide);
    for (let tries = 0; !server.pages().includes('/sextortion/parents/deck/'); tries++) {
      if (tries > 200) throw new Error('the deck did not connect for live reload');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }

    const inPage: number[] = [];
    const reported: number[] = [];
    const rebuilt: number[] = [];
    for (let i = 1; i <= WARM_UP + SAVES; i++) {
      const marker = `(save ${i})`;
      const rebuild = new Promise<RebuildEvent>((resolve) => { const stop = server.onRebuild((e) => { stop(); resolve(e); }); });
      const reloaded = new Promise<ReloadedEvent>((resolve) => { const stop = server.onReloaded((e) => { stop(); resolve(e); }); });
      const shown = page.waitForFunction(
        (text, n) =>
          document.documentElement.dataset.ready === 'true' &&
          (globalThis as unknown as { Reveal?: { getIndices(): { h: number } } }).Reveal?.getIndices().h === n &&
          document.querySelector('.slides > section.present h2')?.textContent?.includes(text),
        { polling: 'mutation', timeout: 10_000 },
        marker,
        slide,
      );
      const saved = performance.now();
      fs.writeFileSync(section, original.replace(HEADING, `${HEADING} ${marker}`));
      await shown;
      const pageMs = performance.now() - saved;
      const [rebuildEvent, reloadedEvent] = await Promise.all([rebuild, reloaded]);
      if (i > WARM_UP) {
        inPage.push(pageMs);
        reported.push(reloadedEvent.ms);
        rebuilt.push(rebuildEvent.rebuildMs);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const row = (name: string, values: number[]) =>
      `${name.padEnd(50)} ${[median(values), percentile(values, 90), Math.min(...values), Math.max(...values)].map((v) => `${Math.round(v)} ms`.padStart(8)).join(' ')}`;
    console.log(`${''.padEnd(50)} ${['median', 'p90', 'min', 'max'].map((h) => h.padStart(8)).join(' ')}`);
    console.log(row('save to rebuilt (check + render, in the server)', rebuilt));
    console.log(row('save to deck reloaded (the server\'s report)', reported));
    console.log(row('save to new text on the same slide (in Chromium)', inPage));
    console.log(`${SAVES} saves of ${SECTION} after ${WARM_UP} to warm up; goal: under 300 ms. ${median(inPage) < 300 ? 'Met.' : 'Not met.'}`);
  } finally {
    await launched.close();
    await server.close();
    fs.rmSync(path.dirname(modulesDir), { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await benchSaveToReload();
