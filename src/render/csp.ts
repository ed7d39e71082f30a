// The Content-Security-Policy a deck carries in a <meta> tag, so it holds wherever the deck is opened (from
// disk, a USB stick, an email attachment): nothing loads from anywhere but the deck's own folder (the
// one-file deck: from nothing at all, as everything is inside it), no inline event handler or `javascript:`
// link runs, and an inline script or stylesheet runs only if it is one the deck was built with, allowed by
// its hash. Reveal.js's speaker view (the "S" key) is a window the notes plugin writes, which inherits the
// deck's policy, so its inline script and styles are allowed by their hashes too.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const require = createRequire(import.meta.url);

/** Every inline `<script>` of a page, as the browser hashes it: the text between its tags. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi)].map((match) => match[1]!);
}

/** Every `<style>` element's text. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1]!);
}

/** Every `style` attribute's value (the speaker view hides two panels with one). */
export function styleAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*\sstyle="([^"]*)"/gi)].map((match) => match[1]!);
}

/** A CSP source allowing exactly this script or stylesheet. */
export const cspHash = (text: string): string => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let speakerView: string | undefined;

/**
 * The page Reveal.js's notes plugin writes into the speaker view's window. The plugin is run here, in a
 * sandbox with a stand-in window, to capture that page: its hashes then follow any version of reveal.js.
 */
export function speakerViewPage(notesPlugin = path.join(path.dirname(require.resolve('reveal.js/package.json')), 'plugin/notes/notes.js')): string {
  let written = '';
  const noop = () => undefined;
  const popup = { document: { write: (html: string) => (written += html), close: noop }, focus: noop, closed: false };
  const window = { location: { search: '', protocol: 'http:', host: 'localhost', pathname: '/' }, open: () => popup, addEventListener: noop };
  const sandbox: Record<string, unknown> = { window, setInterval: () => 0, clearInterval: noop, console: { warn: noop, log: noop } };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  try {
    vm.runInNewContext(fs.readFileSync(notesPlugin, 'utf8'), sandbox, { timeout: 2000 });
    const plugin = (sandbox.RevealNotes as () => { init(deck: unknown): void; open(): void })();
    plugin.init({ addKeyBinding: noop, getConfig: () => ({}), getState: () => ({}), on: noop });
    plugin.open();
  } catch {
    return ''; // another reveal.js: the deck works, its speaker view may not under this policy
  }
  return written;
}

/** The inline scripts of Reveal.js's speaker view. */
export const speakerViewScripts = (notesPlugin?: string): string[] => inlineScripts(notesPlugin ? speakerViewPage(notesPlugin) : (speakerView ??= speakerViewPage()));

/** The policy of a deck: its own inline scripts and stylesheets (and the speaker view's) by hash, files only from its folder. */
export function deckPolicy(html: string): string {
  speakerView ??= speakerViewPage();
  const hashes = (texts: string[]) => [...new Set(texts.map(cspHash))].join(' ');
  const scripts = hashes([...inlineScripts(html), ...inlineScripts(speakerView)]);
  const styles = hashes([...inlineStyles(html), ...inlineStyles(speakerView)]);
  // 'unsafe-hashes' lets a style attribute whose value has one of these hashes apply: only those written here.
  const attributes = hashes([...styleAttributes(html), ...styleAttributes(speakerView)]);
  return [
    "default-src 'none'",
    `script-src 'self'${scripts ? ` ${scripts}` : ''}`,
    `style-src 'self'${styles ? ` ${styles}` : ''}${attributes ? ` 'unsafe-hashes' ${attributes}` : ''}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    // The speaker view shows the deck, and its next slide, in frames of the deck's own file.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/;

/** The deck's HTML with its policy as the first thing in its head, worked out from the HTML as it is. */
export function withDeckPolicy(html: string): string {
  const policy = deckPolicy(html.replace(META, ''));
  return html.replace(META, '').replace(/<meta charset="utf-8">\n?/i, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${policy}">\n`);
}

/** The HTML without the policy a deck carries (the preview sends its own, which lets it reload the page). */
export const withoutDeckPolicy = (html: string): string => html.replace(META, '');
