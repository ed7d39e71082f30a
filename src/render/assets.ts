// The files a deck needs beside its index.html so it works from disk with no network: reveal.js, its
// speaker-notes plugin, the fonts and the theme. Copied, never linked to a CDN.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { THEMES_DIR, TEMPLATES_DIR } from '../project-root.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

export interface OutputFile {
  /** Relative to the audience's output folder, with forward slashes. */
  path: string;
  contents?: string | Uint8Array;
  /** An absolute path to copy from, instead of contents. */
  copyFrom?: string;
}

const FONT_FILES = [
  'atkinson-hyperlegible-latin-400-normal.woff2',
  'atkinson-hyperlegible-latin-700-normal.woff2',
  'atkinson-hyperlegible-latin-400-italic.woff2',
  'atkinson-hyperlegible-latin-ext-400-normal.woff2',
  'atkinson-hyperlegible-latin-ext-700-normal.woff2',
];

export function themeDir(theme: string): string {
  return path.join(THEMES_DIR, theme);
}

export function availableThemes(): string[] {
  return fs.readdirSync(THEMES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Fonts and theme CSS, shared by every format, placed under `prefix`. */
export function styleAssets(prefix: string, theme: string, stylesheets: string[]): OutputFile[] {
  const fontsDir = path.join(packageDir('@fontsource/atkinson-hyperlegible'), 'files');
  return [
    ...FONT_FILES.map((file) => ({ path: `${prefix}/fonts/${file}`, copyFrom: path.join(fontsDir, file) })),
    ...stylesheets.map((sheet) => ({ path: `${prefix}/${sheet}`, copyFrom: path.join(themeDir(theme), sheet) })),
  ];
}

export function deckAssets(theme: string): OutputFile[] {
  const reveal = packageDir('reveal.js');
  return [
    { path: 'deck/assets/reveal/reset.css', copyFrom: path.join(reveal, 'dist/reset.css') },
    { path: 'deck/assets/reveal/reveal.css', copyFrom: path.join(reveal, 'dist/reveal.css') },
    { path: 'deck/assets/reveal/reveal.js', copyFrom: path.join(reveal, 'dist/reveal.js') },
    { path: 'deck/assets/reveal/notes.js', copyFrom: path.join(reveal, 'plugin/notes/notes.js') },
    { path: 'deck/assets/deck.js', copyFrom: path.join(TEMPLATES_DIR, 'deck/deck.js') },
    ...styleAssets('deck/assets', theme, ['tokens.css', 'deck.css']),
  ];
}
