// How a print job's HTML is given to a page that has printed before: its <base>, and its assets loaded from
// the first folder with the same files, which Chromium has already decoded.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlForPage, SharedAssets } from '../../../src/print/job-page.js';
import { tempDir } from '../../support/files.js';

/** A staged print page: its HTML file, and an assets folder with these files. */
function staged(root: string, name: string, assets: Record<string, string>): string {
  const folder = path.join(root, name);
  for (const [file, text] of Object.entries(assets)) {
    fs.mkdirSync(path.dirname(path.join(folder, 'assets', file)), { recursive: true });
    fs.writeFileSync(path.join(folder, 'assets', file), text);
  }
  return path.join(folder, 'index.html');
}

const PAGE = '<!doctype html>\n<html lang="en">\n<head class="x">\n<title>t</title>\n<link rel="stylesheet" href="assets/deck.css">\n</head>\n<body><a href="#top">top</a><a href="assets/not-a-stylesheet.css">x</a><img src="assets/brand/logo.png" alt="Logo"></body></html>';
const ASSETS = { 'deck.css': '@font-face { src: url(fonts/a.woff2) }', 'fonts/a.woff2': 'font', 'brand/logo.png': 'png' };

describe('a print job written into a page', () => {
  it('has a <base> with its own address first in its head, so its links mean what they did', () => {
    const root = tempDir();
    const html = staged(root, 'one', ASSETS);
    const given = htmlForPage(PAGE, html, new SharedAssets())!;
    expect(given).toContain(`<head class="x"><base href="${pathToFileURL(html).href}">\n<title>`);
    expect(given).toContain('<a href="#top">');
  });

  it('loads its stylesheets and images from the first folder with the same files, and only those', () => {
    const root = tempDir();
    const shared = new SharedAssets();
    const first = staged(root, 'first', ASSETS);
    const same = staged(root, 'same', ASSETS);
    const other = staged(root, 'other', { ...ASSETS, 'fonts/a.woff2': 'another font' });
    const firstAssets = `${pathToFileURL(path.join(root, 'first', 'assets')).href}/`;
    expect(htmlForPage(PAGE, first, shared)).toContain(`href="${firstAssets}deck.css"`);
    const written = htmlForPage(PAGE, same, shared)!;
    expect(written).toContain(`<link rel="stylesheet" href="${firstAssets}deck.css">`);
    expect(written).toContain(`<img src="${firstAssets}brand/logo.png"`);
    // A link to a file is a link, not something the page loads: it keeps its own address.
    expect(written).toContain('<a href="assets/not-a-stylesheet.css">');
    // One file differs (a font): that folder is its own.
    expect(htmlForPage(PAGE, other, shared)).toContain(`href="${pathToFileURL(path.join(root, 'other', 'assets')).href}/deck.css"`);
  });

  it('is not written into a page without a <head> (it is gone to as its file)', () => {
    const root = tempDir();
    expect(htmlForPage('<!doctype html><p>Hi</p>', staged(root, 'bare', ASSETS), new SharedAssets())).toBeUndefined();
  });
});
