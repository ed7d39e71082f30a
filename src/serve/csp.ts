// The Content-Security-Policy of everything the preview sends. Nothing may load from another origin, and no
// script runs that is not a file of the preview or an inline script the page was built with (allowed by its
// hash): an inline event handler, a `javascript:` link or a script smuggled into a module's text or an SVG
// logo does not run. Styles may be inline (Reveal.js and the deck's fitting set them), but only from here.
import { cspHash, inlineScripts, speakerViewScripts } from '../render/csp.js';

export { inlineScripts, speakerViewScripts };

let speakerHashes: string[] | undefined;

/** The policy for one response: a page's own inline scripts are allowed by their hashes. */
export function contentSecurityPolicy(html = ''): string {
  speakerHashes ??= speakerViewScripts().map(cspHash);
  const scripts = [...new Set([...inlineScripts(html).map(cspHash), ...(html ? speakerHashes : [])])];
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
