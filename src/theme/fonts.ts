// The fonts workshopkit ships, each from an npm package under the SIL Open Font License. Only the Latin and
// Latin Extended subsets are copied (Latin Extended has Welsh ŵ and ŷ), in the weights the stylesheets use.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface FontSpec {
  /** The npm package the files come from. */
  package: string;
  family: string;
  /** Whether the font has an italic; without one, emphasis is set in bold whatever the theme says. */
  italic: boolean;
  /** A character of English text's average width, in ems (measured in Chromium: 0.452 and 0.498), a little
   * over, for estimating which slides are too long (src/render/slide-fit.ts). */
  charWidth: number;
}

export const FONTS = {
  // The 2025 edition: the 2020 one has no ŵ or ŷ, so Welsh fell back to another font.
  'atkinson-hyperlegible-next': { package: '@fontsource/atkinson-hyperlegible-next', family: 'Atkinson Hyperlegible Next', italic: true, charWidth: 0.47 },
  lexend: { package: '@fontsource/lexend', family: 'Lexend', italic: false, charWidth: 0.52 },
} as const satisfies Record<string, FontSpec>;
export type FontId = keyof typeof FONTS;
export const FONT_IDS = Object.keys(FONTS) as [FontId, ...FontId[]];

/**
 * The font of PowerPoint files. A .pptx names one font and PowerPoint has no fallback list: on a school PC
 * without the theme's font it would swap in another, with other widths, and text would overflow. Arial is
 * on every Windows and Mac computer (LibreOffice uses the metric-compatible Liberation Sans), and is on the
 * British Dyslexia Association's list of clear fonts.
 */
export const PPTX_FONT = 'Arial';

/** What a browser falls back on before the font has loaded, or for a character it lacks. */
export const FALLBACK_FONTS = "'Noto Sans', Arial, sans-serif";

const SUBSETS = ['latin', 'latin-ext'];
const WEIGHTS = [400, 700];

export interface FontFace {
  family: string;
  style: 'normal' | 'italic';
  weight: number;
  unicodeRange: string;
  /** The file name, as copied into the output's fonts/ folder. */
  file: string;
  /** Where to copy it from. */
  from: string;
}

/**
 * The faces of a font: read from the package's own CSS, so the unicode ranges are the ones its files were
 * cut to. Italic only where the font has one and it is wanted (regular weight: emphasis in running text).
 */
export function fontFaces(id: FontId, { italic }: { italic: boolean }): FontFace[] {
  const spec = FONTS[id];
  const dir = path.dirname(require.resolve(`${spec.package}/package.json`));
  const faces: FontFace[] = [];
  const wanted: { weight: number; style: 'normal' | 'italic'; subsets: string[] }[] = [
    ...WEIGHTS.map((weight) => ({ weight, style: 'normal' as const, subsets: SUBSETS })),
    ...(italic && spec.italic ? [{ weight: 400, style: 'italic' as const, subsets: SUBSETS }] : []),
  ];
  for (const { weight, style, subsets } of wanted) {
    const css = fs.readFileSync(path.join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8');
    for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const body = block[1]!;
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
      const subset = file && subsets.find((s) => file.endsWith(`-${s}-${weight}-${style}.woff2`));
      if (!file || !range || !subset) continue;
      faces.push({ family: spec.family, style, weight, unicodeRange: range.trim().replace(/,\s*/g, ', '), file, from: path.join(dir, 'files', file) });
    }
  }
  const missing = wanted.flatMap((w) => w.subsets.map((s) => `${s}-${w.weight}-${w.style}`)).filter((key) => !faces.some((f) => f.file.endsWith(`-${key}.woff2`)));
  if (missing.length) throw new Error(`the font package ${spec.package} has no files for: ${missing.join(', ')}`);
  return faces;
}
