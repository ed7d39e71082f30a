// The deck as one HTML file, to attach to an email or put on a USB stick: every stylesheet and script it
// links to is put inside it, and every font and picture those name becomes a data: URL. Reveal's speaker
// view still opens (S): the notes plugin writes its window from the file itself.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputFile } from './assets.js';

const TYPES: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function bytesOf(file: OutputFile): Buffer {
  if (file.contents !== undefined) return Buffer.from(file.contents);
  return fs.readFileSync(file.copyFrom!);
}

/** Text inside <script> or <style> cannot close its element early or open an HTML comment. */
const safeInScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const safeInStyle = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1');

/**
 * Puts the deck's files inside its HTML. `assets` are the files beside the HTML, by their path relative to
 * it ("assets/deck.css"); a file the HTML or a stylesheet names that is not among them is an error (a bug:
 * the deck would look for it on the disk).
 */
export function inlineDeck(html: string, assets: readonly OutputFile[]): string {
  const byPath = new Map(assets.map((file) => [file.path, file]));
  const find = (relative: string, from: string) => {
    const wanted = path.posix.normalize(path.posix.join(path.posix.dirname(from), relative));
    const file = byPath.get(wanted);
    if (!file) throw new Error(`the one-file deck needs ${wanted}, which is not among the deck's files`);
    return { file, path: wanted };
  };
  const dataUrl = (relative: string, from: string) => {
    const { file, path: wanted } = find(relative, from);
    const type = TYPES[path.posix.extname(wanted).toLowerCase()];
    if (!type) throw new Error(`the one-file deck cannot put ${wanted} inside it: unknown file type`);
    return `data:${type};base64,${bytesOf(file).toString('base64')}`;
  };
  const css = (relative: string) => {
    const { file, path: sheet } = find(relative, 'index.html');
    return bytesOf(file).toString('utf8').replace(/url\((['"]?)(?!data:|#)([^)'"]+)\1\)/g, (_, quote: string, url: string) => `url(${quote}${dataUrl(url, sheet)}${quote})`);
  };
  // Pictures first, then stylesheets, then scripts: what is put inside is never searched again.
  return html
    .replace(/(<img\b[^>]*\ssrc=")(?!data:)([^"]+)"/g, (_, start: string, src: string) => `${start}${dataUrl(src, 'index.html')}"`)
    .replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, href: string) => `<style>\n${safeInStyle(css(href))}\n</style>`)
    .replace(/<script src="([^"]+)"><\/script>/g, (_, src: string) => `<script>\n${safeInScript(bytesOf(find(src, 'index.html').file).toString('utf8'))}\n</script>`);
}
