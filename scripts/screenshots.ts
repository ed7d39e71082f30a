// For looking at decks as a presenter would: every slide of a built deck as a PNG.
// Usage: npx tsx scripts/screenshots.ts out/sextortion/parents/deck/index.html /tmp/shots
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../src/print/browser.js';

const [deck, outDir = '/tmp/shots'] = process.argv.slice(2);
if (!deck) {
  console.error('usage: tsx scripts/screenshots.ts <deck/index.html> [out-dir]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(pathToFileURL(path.resolve(deck)).href);
  await page.waitForSelector('html[data-ready="true"]');
  const total = await page.evaluate(() => (globalThis as any).Reveal.getTotalSlides() as number);
  for (let i = 0; i < total; i++) {
    await page.evaluate((n) => (globalThis as any).Reveal.slide(n), i);
    await new Promise((r) => setTimeout(r, 150));
    await page.screenshot({ path: path.join(outDir, `slide-${String(i + 1).padStart(2, '0')}.png`) as `${string}.png` });
  }
  // A contact sheet: every slide at a glance, three to a row.
  const cells = Array.from({ length: total }, (_, i) => `<img src="slide-${String(i + 1).padStart(2, '0')}.png">`).join('');
  const sheet = path.join(outDir, 'contact.html');
  fs.writeFileSync(sheet, `<style>body{margin:0;display:grid;grid-template-columns:repeat(3,640px);gap:6px;background:#888}img{width:640px;height:360px}</style>${cells}`);
  await page.setViewport({ width: 1932, height: Math.ceil(total / 3) * 366 });
  await page.goto(pathToFileURL(sheet).href);
  await page.screenshot({ path: path.join(outDir, 'contact.png') as `${string}.png`, fullPage: true });
  console.log(`${total} slides written to ${outDir} (contact.png shows them all)`);
} finally {
  await close();
}
