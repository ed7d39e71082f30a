// The built-in themes: each loads, passes its own contrast level and the size floors, and the stylesheets
// and templates take every colour and font from the tokens.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, REQUIRED } from '../../../src/theme/contrast.js';
import { availableThemes, BASE_DIR, loadTheme } from '../../../src/theme/load-theme.js';
import { contrastFindings, DECK_MIN_FLOOR_PX, lookFontFaces, lookOf, sizeFindings, tokensCss } from '../../../src/theme/look.js';
import { COLOUR_USES } from '../../../src/theme/pairs.js';
import { formatIdList } from '../../../src/formats/registry.js';
import { ROOT, FIXTURES } from '../../support/cli.js';

const theme = (name: string, dir?: string) => {
  const { theme, findings } = loadTheme(name, dir);
  expect(findings, name).toEqual([]);
  return theme!;
};

describe('the built-in themes', () => {
  it('are default, high-contrast, dyslexia-friendly and print-mono', () => {
    expect(availableThemes()).toEqual(['default', 'dyslexia-friendly', 'high-contrast', 'print-mono']);
  });

  for (const name of ['default', 'dyslexia-friendly', 'high-contrast', 'print-mono']) {
    it(`${name}: every text and background pair passes its level, and slide text is at least ${DECK_MIN_FLOOR_PX}px`, () => {
      const t = theme(name);
      const look = lookOf(t);
      expect(contrastFindings(look)).toEqual([]);
      expect(sizeFindings(t)).toEqual([]);
      for (const use of COLOUR_USES) {
        expect(contrastRatio(look.colours[use.fg], look.colours[use.bg]), `${use.fg} on ${use.bg}`).toBeGreaterThanOrEqual(REQUIRED[t.source.contrast][use.kind]);
      }
    });
  }

  it('high-contrast reaches WCAG AAA, 7:1, for all text', () => {
    const look = lookOf(theme('high-contrast'));
    expect(look.theme.source.contrast).toBe('AAA');
    for (const use of COLOUR_USES.filter((u) => u.kind === 'text')) {
      expect(contrastRatio(look.colours[use.fg], look.colours[use.bg]), `${use.fg} on ${use.bg}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('dyslexia-friendly follows the BDA style guide: plain sans-serif, larger, 1.5 spacing, cream, bold emphasis', () => {
    const t = theme('dyslexia-friendly').source;
    const base = theme('default').source;
    expect(t.font).toBe('lexend');
    expect(t.emphasis).toBe('bold');
    expect(t.text['line-height']).toBeGreaterThanOrEqual(1.5);
    expect(parseFloat(t.deck.size)).toBeGreaterThan(parseFloat(base.deck.size));
    expect(parseFloat(t.print.size)).toBeGreaterThanOrEqual(12);
    expect(parseFloat(t.print['handout-size'])).toBeGreaterThanOrEqual(12);
    // Word spacing at least 3.5 times the letter spacing.
    expect(parseFloat(String(t.text['word-spacing']))).toBeGreaterThanOrEqual(3.5 * parseFloat(String(t.text['letter-spacing'])));
    for (const colour of [t.colours.background, t.colours.paper]) expect(colour.toLowerCase()).not.toBe('#ffffff');
    expect(t.colours.text.toLowerCase()).not.toBe('#000000');
    const css = tokensCss(lookOf(theme('dyslexia-friendly')));
    expect(css).toContain('--wk-em-style: normal;');
    expect(css).toContain('--wk-em-weight: 700;');
    expect(css).not.toMatch(/font-style: italic/);
  });

  it('print-mono is black, white and greys only, with the logo in greys', () => {
    const t = theme('print-mono').source;
    for (const [name, colour] of Object.entries(t.colours)) {
      const [r, g, b] = [1, 3, 5].map((i) => colour.slice(i, i + 2));
      expect(r === g && g === b, `${name} ${colour}`).toBe(true);
    }
    expect(tokensCss(lookOf(theme('print-mono')))).toContain('--wk-logo-filter: grayscale(1);');
  });

  it('ships Latin Extended (Welsh ŵ and ŷ) in the regular and bold weights of every theme\'s font', () => {
    for (const name of availableThemes()) {
      const faces = lookFontFaces(lookOf(theme(name)));
      for (const weight of [400, 700]) {
        const ext = faces.find((f) => f.weight === weight && f.style === 'normal' && f.file.includes('-latin-ext-'));
        expect(ext, `${name} ${weight}`).toBeDefined();
        // U+0175 (ŵ) and U+0177 (ŷ) fall in the range the file was cut to.
        expect(ext!.unicodeRange).toMatch(/U\+0100-02BA/);
        expect(fs.existsSync(ext!.from)).toBe(true);
      }
    }
  });

  it('refuses a theme whose colours fail contrast, naming the pair, the ratio and the line', () => {
    const t = theme('low-contrast', path.join(FIXTURES, 'themes'));
    const findings = contrastFindings(lookOf(t));
    const accent = findings.find((f) => f.message.startsWith('accent (#6fa3ad) on background (#fbfaf6)'));
    expect(accent).toMatchObject({ file: 'tests/fixtures/themes/low-contrast/theme.yaml', line: 10, col: 11, rule: 'theme/contrast', severity: 'error' });
    expect(accent!.message).toMatch(/has a contrast of 2\.\d\d:1; headings and figures on slides need at least 4\.5:1 \(WCAG AA\)/);
    expect(accent!.hint).toMatch(/A darker shade, such as #[0-9a-f]{6}, reaches 4\.\d\d:1/);
  });
});

describe('the stylesheets and templates', () => {
  const files = (dir: string, ext: RegExp): string[] =>
    fs.readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && ext.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
  const css = files(BASE_DIR, /\.css$/);
  // The templates of the outputs (the preview server's own overlay is not an output, and keeps its own colours).
  const templates = [...formatIdList(), 'shared'].filter((dir) => fs.existsSync(path.join(ROOT, 'templates', dir)))
    .flatMap((dir) => files(path.join(ROOT, 'templates', dir), /\.(hbs|js)$/));

  it('hard-code no colour: every colour is a theme token', () => {
    const colour = /#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(white|black|red|green|blue|yellow|grey|gray)\b/;
    const found = [...css, ...templates].flatMap((file) =>
      fs.readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (colour.test(line.replace(/&#\d+;|&#x[0-9a-f]+;/gi, '')) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });

  it('hard-code no font: every font-family is the theme\'s', () => {
    const found = [...css, ...templates].flatMap((file) =>
      fs.readFileSync(file, 'utf8').split('\n').flatMap((line, i) =>
        [...line.matchAll(/font-family\s*:\s*([^;}"]+)/g)].filter((m) => m[1]!.trim() !== 'var(--wk-font)').map(() => `${path.relative(ROOT, file)}:${i + 1}`)));
    expect(found).toEqual([]);
  });

  it('use only tokens that every theme defines, and never justify text', () => {
    const used = new Set(css.flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/var\(--wk-([a-z-]+)/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(15);
    for (const name of availableThemes()) {
      const defined = tokensCss(lookOf(theme(name)));
      for (const token of used) expect(defined, `${name} lacks --wk-${token}`).toContain(`--wk-${token}:`);
    }
    for (const file of css) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/text-align:\s*justify/);
  });

  it('keep slide text at or above the theme\'s minimum: every size below 1em is floored', () => {
    const deck = fs.readFileSync(path.join(BASE_DIR, 'deck.css'), 'utf8');
    const small = [...deck.matchAll(/font-size:\s*([^;}]+)/g)].map((m) => m[1]!.trim()).filter((v) => /^0?\.\d+em$/.test(v) || /^\d+px$/.test(v));
    expect(small).toEqual([]);
  });
});
