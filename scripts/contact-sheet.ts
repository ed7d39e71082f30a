// For looking at many pages at once: lays PNGs out in a grid and saves one PNG.
// Usage: npx tsx scripts/contact-sheet.ts out.png columns width a.png b.png ...
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../src/print/browser.js';

const [output, columnsText = '3', widthText = '600', ...images] = process.argv.slice(2);
if (!output || !images.length) {
  console.error('usage: tsx scripts/contact-sheet.ts out.png columns width a.png b.png ...');
  process.exit(2);
}
const columns = Number(columnsText);
const width = Number(widthText);
const html = path.join(path.dirname(path.resolve(output)), `.contact-${process.pid}.html`);
const cells = images.map((img) => `<figure><img src="${pathToFileURL(path.resolve(img)).href}"><figcaption>${path.basename(img)}</figcaption></figure>`).join('');
fs.writeFileSync(html, `<style>body{margin:0;display:grid;grid-template-columns:repeat(${columns},${width}px);gap:6px;background:#777;font:12px sans-serif}figure{margin:0}img{width:${width}px;display:block;background:#fff}figcaption{color:#fff}</style>${cells}`);
const { browser, close } = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: columns * (width + 6), height: 400 });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  await page.screenshot({ path: output as `${string}.png`, fullPage: true });
} finally {
  await close();
  fs.rmSync(html);
}
