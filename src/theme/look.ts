// A look: a theme's tokens with a brand's colours laid over them (where the theme takes them), checked for
// contrast and legibility, and compiled into tokens.css: @font-face rules and CSS custom properties.
import type { Brand } from '../brand/load-brand.js';
import type { Finding } from '../errors/finding.js';
import type { Path, YamlSource } from '../source/source-text.js';
import { contrastRatio, formatRatio, nearestPassing, REQUIRED, type TextKind } from './contrast.js';
import { FALLBACK_FONTS, FONTS, fontFaces, type FontFace } from './fonts.js';
import type { Theme } from './load-theme.js';
import { COLOUR_USES } from './pairs.js';
import { COLOUR_TOKENS, type ColourToken } from './theme-schema.js';
import { CODE } from '../errors/catalogue.js';

/** Which brand colour replaces which token. */
export const BRAND_COLOURS = { primary: 'accent', secondary: 'accent-soft', link: 'link' } as const satisfies Record<string, ColourToken>;

interface Origin {
  source: YamlSource;
  path: Path;
  /** As the user wrote it: "the brand colour primary", or "accent". */
  label: string;
  fromBrand: boolean;
}

export interface Look {
  theme: Theme;
  brand?: Brand;
  colours: Record<ColourToken, string>;
  origins: Record<ColourToken, Origin>;
  /** The font files the look uses, read from their packages once, when the look is made. */
  fonts: readonly FontFace[];
}

/** Slide text must be readable from the back of a classroom: 24px on a 720px-high slide is 18pt on a 540pt one. */
export const DECK_MIN_FLOOR_PX = 24;
export const PRINT_MIN_FLOOR_PT = 8;
export const PRINT_BODY_FLOOR_PT = 10;

export function lookOf(theme: Theme, brand?: Brand): Look {
  const colours = { ...theme.source.colours };
  const origins = Object.fromEntries(
    COLOUR_TOKENS.map((token): [ColourToken, Origin] => [token, { source: theme.file, path: ['colours', token], label: token, fromBrand: false }]),
  ) as Record<ColourToken, Origin>;
  if (brand && theme.source['brand-colours']) {
    for (const [name, token] of Object.entries(BRAND_COLOURS)) {
      const value = brand.colours[name as keyof typeof BRAND_COLOURS];
      if (!value) continue;
      colours[token] = value.toLowerCase();
      origins[token] = { source: brand.file, path: ['colours', name], label: `the brand colour ${name}`, fromBrand: true };
    }
  }
  const fonts = fontFaces(theme.source.font, { italic: theme.source.emphasis === 'italic' });
  return { theme, ...(brand ? { brand } : {}), colours, origins, fonts };
}

const STRICTNESS: Record<TextKind, number> = { 'non-text': 0, large: 1, text: 2 };

/** Every text and background pair the stylesheets use, checked at the theme's WCAG level. */
export function contrastFindings(look: Look): Finding[] {
  const level = look.theme.source.contrast;
  const pairs = new Map<string, { fg: ColourToken; bg: ColourToken; kind: TextKind; what: string[] }>();
  for (const use of COLOUR_USES) {
    const key = `${use.fg}/${use.bg}`;
    const pair = pairs.get(key) ?? { fg: use.fg, bg: use.bg, kind: use.kind, what: [] };
    if (STRICTNESS[use.kind] > STRICTNESS[pair.kind]) pair.kind = use.kind;
    pair.what.push(use.what);
    pairs.set(key, pair);
  }
  const findings: Finding[] = [];
  for (const { fg, bg, kind, what } of pairs.values()) {
    const [fgColour, bgColour] = [look.colours[fg], look.colours[bg]];
    const ratio = contrastRatio(fgColour, bgColour);
    const minimum = REQUIRED[level][kind];
    if (ratio >= minimum) continue;
    const [fgOrigin, bgOrigin] = [look.origins[fg], look.origins[bg]];
    // Point at the colour the user chose: the brand's, or else the foreground's token in the theme.
    const blamed = !fgOrigin.fromBrand && bgOrigin.fromBrand ? bgOrigin : fgOrigin;
    const other = blamed === fgOrigin ? bgColour : fgColour;
    const suggestion = nearestPassing(blamed === fgOrigin ? fgColour : bgColour, other, minimum);
    const levelText = `WCAG ${level}${kind === 'large' ? ', large text' : kind === 'non-text' ? ', non-text' : ''}${level === 'AAA' ? `: the ${look.theme.name} theme's level` : ''}`;
    findings.push(
      blamed.source.findingAt(blamed.path, 'error', blamed.fromBrand ? CODE.brandContrast : CODE.themeContrast,
        `${fgOrigin.label} (${fgColour}) on ${bgOrigin.label} (${bgColour}) has a contrast of ${formatRatio(ratio)}; ${what.join(', ')} need at least ${minimum}:1 (${levelText})`,
        `${suggestion ? `A ${relativeWord(blamed, fgOrigin, fgColour, bgColour)} shade, such as ${suggestion}, reaches ${formatRatio(contrastRatio(suggestion, other))}. ` : ''}` +
          `${blamed.fromBrand ? `Change ${blamed.path.join('.')} in the brand file, or build with a theme that keeps its own colours (high-contrast, print-mono).` : `Change colours.${blamed.label} in the theme.`}`),
    );
  }
  return findings;
}

function relativeWord(blamed: Origin, fgOrigin: Origin, fg: string, bg: string): string {
  const moving = blamed === fgOrigin ? fg : bg;
  const other = blamed === fgOrigin ? bg : fg;
  return contrastRatio(moving, '#000000') < contrastRatio(other, '#000000') ? 'darker' : 'lighter';
}

const number = (size: string) => Number.parseFloat(size);

/** Text large enough to read: a floor for each size token, so no theme can set slides in small print. */
export function sizeFindings(theme: Theme): Finding[] {
  const { deck, print } = theme.source;
  const at = (path: Path, message: string, hint: string) => theme.file.findingAt(path, 'error', CODE.themeSize, message, hint);
  const findings: Finding[] = [];
  if (number(deck['min-size']) < DECK_MIN_FLOOR_PX) {
    findings.push(at(['deck', 'min-size'], `the smallest slide text, ${deck['min-size']}, is below ${DECK_MIN_FLOOR_PX}px`,
      `Slides are 1280 x 720; ${DECK_MIN_FLOOR_PX}px is the least that can be read from the back of a classroom.`));
  }
  if (number(deck.size) < number(deck['min-size'])) {
    findings.push(at(['deck', 'size'], `body text on slides (${deck.size}) is smaller than the smallest slide text (${deck['min-size']})`, 'Make deck.size at least deck.min-size.'));
  }
  if (number(print['min-size']) < PRINT_MIN_FLOOR_PT) {
    findings.push(at(['print', 'min-size'], `the smallest print size, ${print['min-size']}, is below ${PRINT_MIN_FLOOR_PT}pt`, `Nothing printed should be smaller than ${PRINT_MIN_FLOOR_PT}pt.`));
  }
  for (const key of ['size', 'handout-size'] as const) {
    if (number(print[key]) < PRINT_BODY_FLOOR_PT) {
      findings.push(at(['print', key], `body text on paper (${print[key]}) is below ${PRINT_BODY_FLOOR_PT}pt`, `Printed body text needs at least ${PRINT_BODY_FLOOR_PT}pt; 12pt or more for readers with dyslexia.`));
    }
  }
  return findings;
}

/** The font faces a look needs: its font, with an italic only when emphasis is set in italics. */
export function lookFontFaces(look: Look): readonly FontFace[] {
  return look.fonts;
}

/** tokens.css: the fonts and every token as a CSS custom property. Fonts are in fonts/ beside it. */
export function tokensCss(look: Look): string {
  const { source } = look.theme;
  const italic = source.emphasis === 'italic' && FONTS[source.font].italic;
  const faces = lookFontFaces(look).map((face) =>
    `@font-face { font-family: '${face.family}'; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block;\n` +
      `  src: url(fonts/${face.file}) format('woff2');\n  unicode-range: ${face.unicodeRange}; }`,
  );
  const properties: [string, string][] = [
    ['font', `'${FONTS[source.font].family}', ${FALLBACK_FONTS}`],
    ...COLOUR_TOKENS.map((token): [string, string] => [token, look.colours[token]]),
    ['line-height', String(source.text['line-height'])],
    ['letter-spacing', String(source.text['letter-spacing'])],
    ['word-spacing', String(source.text['word-spacing'])],
    // Emphasis: italic, or bold and upright. "initial" makes font-weight: var(--wk-em-weight) inherit the
    // weight around it, so italics inside bold text stay bold.
    ['em-style', italic ? 'italic' : 'normal'],
    ['em-weight', italic ? 'initial' : '700'],
    ['deck-size', source.deck.size],
    ['deck-min-size', source.deck['min-size']],
    ['rule', source.deck.rule],
    ['print-size', source.print.size],
    ['handout-size', source.print['handout-size']],
    ['print-min-size', source.print['min-size']],
    ['logo-filter', source.logo.filter === 'grayscale' ? 'grayscale(1)' : 'none'],
  ];
  const made = `themes/${look.theme.name}/theme.yaml${look.brand && source['brand-colours'] && Object.keys(look.brand.colours).length ? ' and the brand\'s colours' : ''}`;
  return [
    `/* Made by workshopkit from ${made}. The stylesheets beside it use only these properties. */`,
    ...faces,
    '',
    ':root {',
    ...properties.map(([name, value]) => `  --wk-${name}: ${value};`),
    '}',
    '',
  ].join('\n');
}

/** The page footer of A4 PDFs (page numbers, organisation, review date): the theme's font and muted colour. */
export function footerStyleOf(look: Look): { color: string; font: string } {
  return { color: look.colours.muted, font: `'${FONTS[look.theme.source.font].family}', ${FALLBACK_FONTS}` };
}
