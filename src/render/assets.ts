// The files a deck needs beside its index.html so it works from disk with no network: reveal.js, its
// speaker-notes plugin, the fonts, the theme and the brand's logo. Copied, never linked to a CDN.
import path from 'node:path';
import { createRequire } from 'node:module';
import { TEMPLATES_DIR } from '../project-root.js';
import { BASE_DIR } from '../theme/load-theme.js';
import { lookFontFaces, tokensCss, type Look } from '../theme/look.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

export interface OutputFile {
  /** Relative to the audience's output folder, with forward slashes. */
  path: string;
  contents?: string | Uint8Array;
  /** An absolute path to copy from, instead of contents. */
  copyFrom?: string;
}

/** Where a brand's logo is put, relative to the HTML that shows it. */
export function logoPath(look: Look): string | undefined {
  return look.brand?.logo ? `assets/brand/logo.${look.brand.logo.ext}` : undefined;
}

/** Where a stylesheet a format links comes from: reveal.js's own, or the shared ones in themes/base/. */
function stylesheetSource(sheet: string): string {
  return sheet.startsWith('reveal/') ? path.join(packageDir('reveal.js'), 'dist', sheet.slice('reveal/'.length)) : path.join(BASE_DIR, sheet);
}

/** Made from the theme and the brand at build time, so it is written, not copied. */
const TOKENS_CSS = 'tokens.css';

/**
 * Fonts, a format's stylesheets (tokens.css made here from the theme and the brand; the others copied from
 * themes/base/ or reveal.js) placed under `prefix`; and the brand's logo, so the output needs nothing else.
 */
export function styleAssets(prefix: string, look: Look, stylesheets: readonly string[]): OutputFile[] {
  const logo = logoPath(look);
  return [
    ...lookFontFaces(look).map((face) => ({ path: `${prefix}/fonts/${face.file}`, copyFrom: face.from })),
    ...stylesheets.map((sheet) =>
      sheet === TOKENS_CSS ? { path: `${prefix}/${sheet}`, contents: tokensCss(look) } : { path: `${prefix}/${sheet}`, copyFrom: stylesheetSource(sheet) }),
    ...(logo ? [{ path: `${prefix}/${logo.replace(/^assets\//, '')}`, copyFrom: look.brand!.logo!.from }] : []),
  ];
}

/** The scripts a deck runs: reveal.js, its speaker-notes plugin and the deck's own. */
export function deckScripts(): OutputFile[] {
  const reveal = packageDir('reveal.js');
  return [
    { path: 'deck/assets/reveal/reveal.js', copyFrom: path.join(reveal, 'dist/reveal.js') },
    { path: 'deck/assets/reveal/notes.js', copyFrom: path.join(reveal, 'plugin/notes/notes.js') },
    { path: 'deck/assets/deck.js', copyFrom: path.join(TEMPLATES_DIR, 'deck/deck.js') },
  ];
}
