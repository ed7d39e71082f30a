// The Content-Security-Policy of everything the preview sends. Nothing may load from another origin, and no
// script runs that is not a file of the preview or an inline script the page was built with (allowed by its
// hash): an inline event handler, a `javascript:` link or a script smuggled into a module's text or an SVG
// logo does not run. Styles may be inline (Reveal.js and the deck's fitting set them), but only from here.
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

const hashOf = (script: string) => `'sha256-${crypto.createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * Reveal.js's speaker view (the "S" key) is a window the notes plugin writes with an inline script. It
 * inherits the deck's policy, so that script's hash is allowed too. The plugin is run here, in a sandbox with
 * a stand-in window, to capture the page it writes: the hash then follows any version of reveal.js.
 */
export function speakerViewScripts(notesPlugin = path.join(path.dirname(require.resolve('reveal.js/package.json')), 'plugin/notes/notes.js')): string[] {
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
    return []; // another reveal.js: the deck works, its speaker view may not under this policy
  }
  return inlineScripts(written);
}

let speakerHashes: string[] | undefined;

/** The policy for one response: a page's own inline scripts are allowed by their hashes. */
export function contentSecurityPolicy(html = ''): string {
  speakerHashes ??= speakerViewScripts().map(hashOf);
  const scripts = [...new Set([...inlineScripts(html).map(hashOf), ...(html ? speakerHashes : [])])];
  return [
    "default-src 'self'",
    `script-src 'self'${scripts.length ? ` ${scripts.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** For everything that is not an HTML page (an SVG opened on its own, a PDF): no script at all. */
export const FILE_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'self'";
