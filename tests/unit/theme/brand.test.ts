// Brand files are checked like modules: every problem at its file, line and column, with a hint.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../../src/brand/load-brand.js';
import { loadLook } from '../../../src/theme/load-look.js';
import { tokensCss } from '../../../src/theme/look.js';
import { FIXTURES } from '../../support/cli.js';
import { tempDir } from '../../support/files.js';
import fs from 'node:fs';
import { PNG } from 'pngjs';

const brand = (name: string) => path.join(FIXTURES, 'brands', name, 'brand.yaml');
const shown = (name: string) => `tests/fixtures/brands/${name}/brand.yaml`;

describe('a brand file', () => {
  it('gives the name, the logo with its alt text and shape, the colours, contact lines and presenters', () => {
    const { brand: b, findings } = loadBrand(brand('northshire'));
    expect(findings).toEqual([]);
    expect(b).toMatchObject({
      name: 'Northshire Police Cyber Protect',
      colours: { primary: '#5b2a86', secondary: '#f1eaf7' },
      contact: ['Email: cyberprotect@northshire.police.example', 'Phone 101, or 999 in an emergency'],
      presenters: [{ name: 'PC Sam Jones', role: 'Cyber Protect Officer' }, { name: 'Alex Morgan' }],
      logo: { ext: 'svg', alt: 'Northshire Police', width: 480, height: 120 },
    });
    expect(b!.logo!.from).toBe(path.join(FIXTURES, 'brands/northshire/logo.svg'));
    expect(loadBrand(brand('png-logo')).brand!.logo).toMatchObject({ ext: 'png', width: 1600, height: 400 });
  });

  it('lays its colours over a theme that takes them, and not over one that keeps its own', () => {
    const branded = loadLook('default', brand('northshire'));
    expect(branded.findings).toEqual([]);
    expect(branded.look!.colours.accent).toBe('#5b2a86');
    expect(branded.look!.colours['accent-soft']).toBe('#f1eaf7');
    expect(tokensCss(branded.look!)).toContain('--wk-accent: #5b2a86;');
    const highContrast = loadLook('high-contrast', brand('northshire'));
    expect(highContrast.look!.colours.accent).toBe('#002b57');
    expect(highContrast.look!.brand!.name).toBe('Northshire Police Cyber Protect');
  });

  it('is refused when a colour fails contrast, naming the pair, the ratio and the line', () => {
    const { look, findings } = loadLook('default', brand('low-contrast'));
    expect(look).toBeUndefined();
    const primary = findings.find((f) => f.message.startsWith('the brand colour primary (#8fb8e0) on background (#fbfaf6)'))!;
    expect(primary).toMatchObject({ file: shown('low-contrast'), line: 4, col: 12, rule: 'brand/contrast', severity: 'error' });
    expect(primary.message).toMatch(/has a contrast of 1\.99:1; headings and figures on slides need at least 4\.5:1 \(WCAG AA\)/);
    expect(primary.hint).toMatch(/A darker shade, such as #[0-9a-f]{6}, reaches 4\.\d\d:1\. Change colours\.primary in the brand file/);
    // The pale colour fails on paper, on the brand's own panel colour and under white slide numbers too:
    // each pair is named once, all at the colour to change.
    expect(findings.map((f) => `${f.line}:${f.col} ${f.message.replace(/ has .*/, '')}`)).toEqual([
      '4:12 the brand colour primary (#8fb8e0) on background (#fbfaf6)',
      '4:12 the brand colour primary (#8fb8e0) on the brand colour secondary (#f3f6fa)',
      '4:12 on-accent (#ffffff) on the brand colour primary (#8fb8e0)',
      '4:12 the brand colour primary (#8fb8e0) on paper (#ffffff)',
    ]);
  });

  it('is refused when the logo is missing, saying where it looked', () => {
    const { findings } = loadBrand(brand('missing-logo'));
    expect(findings).toEqual([expect.objectContaining({
      file: shown('missing-logo'), line: 3, col: 9, rule: 'brand/logo', severity: 'error',
      message: 'the logo "images/crest.png" does not exist (looked for tests/fixtures/brands/missing-logo/images/crest.png)',
    })]);
  });

  it('asks for alt text for the logo', () => {
    const { findings } = loadBrand(brand('no-alt'));
    expect(findings).toEqual([expect.objectContaining({ file: shown('no-alt'), line: 3, col: 3, message: 'the logo needs alt text' })]);
    expect(findings[0]!.hint).toMatch(/usually the organisation's name/);
  });

  it('explains a colour that YAML read as a comment', () => {
    const { findings } = loadBrand(brand('unquoted-colour'));
    expect(findings).toEqual([expect.objectContaining({
      file: shown('unquoted-colour'), line: 3, col: 12, message: 'the colour primary is read as empty: in YAML, "#" starts a comment',
      hint: 'Put the colour in quotes: primary: "#1d3c6e"',
    })]);
  });

  it('refuses an unknown key with "did you mean"', () => {
    const { findings } = loadBrand(brand('unknown-key'));
    expect(findings).toEqual([expect.objectContaining({ file: shown('unknown-key'), line: 2, col: 1, rule: 'schema/unknown-key', message: 'unknown key "contacts" in the file' })]);
    expect(findings[0]!.hint).toContain('Did you mean "contact"?');
  });

  it('refuses a logo that is not what its name says, has no size, or loads other files', () => {
    const dir = tempDir();
    const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
    const check = (logo: string) => {
      write('brand.yaml', `name: Test\nlogo:\n  file: ${logo}\n  alt: Test\n`);
      return loadBrand(path.join(dir, 'brand.yaml')).findings.map((f) => f.message);
    };
    write('fake.png', '<svg></svg>');
    expect(check('fake.png')).toEqual(['the logo "fake.png" is not a PNG image']);
    write('nosize.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>');
    expect(check('nosize.svg')).toEqual(['the logo "nosize.svg" has no viewBox or size, so it cannot be scaled to fit']);
    write('linked.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="https://example.org/x.png"/></svg>');
    expect(check('linked.svg')).toEqual(['the logo "linked.svg" refers to another file (https://example.org/x.png), which will not be shown']);
    write('sized.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="300px" height="100"><rect width="10" height="10"/></svg>');
    expect(check('sized.svg')).toEqual([]);
    expect(check('/etc/logo.svg')).toEqual(['the logo\'s path "/etc/logo.svg" is absolute']);
  });

  it('warns about a logo of more than a megabyte, which every output would carry, and still uses it', () => {
    const dir = tempDir();
    // Noise does not compress: 700 x 700 pixels of it is about 1.9 MB as PNG.
    const png = new PNG({ width: 700, height: 700 });
    let seed = 7;
    for (let i = 0; i < png.data.length; i++) png.data[i] = (seed = (seed * 1103515245 + 12345) % 2147483648) >> 16 & 255;
    fs.writeFileSync(path.join(dir, 'big.png'), PNG.sync.write(png));
    fs.writeFileSync(path.join(dir, 'brand.yaml'), 'name: Test\nlogo:\n  file: big.png\n  alt: Test\n');
    const { brand: b, findings } = loadBrand(path.join(dir, 'brand.yaml'));
    expect(b?.logo?.width).toBe(700);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', rule: 'brand/logo', line: 3, col: 9 })]);
    expect(findings[0]!.message).toMatch(/^the logo "big.png" is 1\.\d MB and is copied into every output$/);
  });

  it('refuses an SVG logo that carries script, event handlers, embedded HTML or a javascript: link, at the logo line', () => {
    const refused: [string, string][] = [
      ['svg-script', 'a <script> element'],
      ['svg-handler', 'an event handler (onload="…")'],
      ['svg-foreign-object', 'a <foreignObject> (HTML inside the SVG)'],
      ['svg-javascript-link', 'a link that runs script (xlink:href="javascript:alert(1)")'],
    ];
    for (const [name, what] of refused) {
      const { brand: loaded, findings } = loadBrand(brand(name));
      expect(loaded, name).toBeUndefined();
      expect(findings, name).toEqual([expect.objectContaining({
        file: shown(name), line: 4, col: 9, severity: 'error', rule: 'brand/logo',
        message: `the logo "logo.svg" contains ${what}, which could run script or load other files wherever the logo is opened`,
      })]);
      expect(findings[0]!.hint).toMatch(/plain SVG/);
    }
  });

  it('keeps an SVG logo that refers only to itself (#ids), styles itself and embeds its images', () => {
    const { brand: loaded, findings } = loadBrand(brand('svg-safe'));
    expect(findings).toEqual([]);
    expect(loaded!.logo).toMatchObject({ ext: 'svg', width: 200, height: 60 });
  });

  it('refuses a stylesheet or style that loads another file, and entity declarations', () => {
    const dir = tempDir();
    const check = (svg: string) => {
      fs.writeFileSync(path.join(dir, 'logo.svg'), svg);
      fs.writeFileSync(path.join(dir, 'brand.yaml'), 'name: Test\nlogo:\n  file: logo.svg\n  alt: Test\n');
      return loadBrand(path.join(dir, 'brand.yaml')).findings.map((f) => f.message);
    };
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`;
    expect(check(svg('<style>@import url(https://example.org/x.css);</style>'))).toEqual(['the logo "logo.svg" contains a stylesheet that loads another file, which could run script or load other files wherever the logo is opened']);
    expect(check(svg('<rect style="fill: url(https://example.org/p.svg#x)"/>'))).toEqual(['the logo "logo.svg" contains a style that loads another file, which could run script or load other files wherever the logo is opened']);
    expect(check(`<!DOCTYPE svg [<!ENTITY a "aaaa">]>${svg('<text>&a;</text>')}`)).toEqual(['the logo "logo.svg" contains an entity declaration (<!ENTITY>), which could run script or load other files wherever the logo is opened']);
    expect(check(svg('<a href="../secrets.svg"><rect width="1" height="1"/></a>'))).toEqual(['the logo "logo.svg" refers to another file (../secrets.svg), which will not be shown']);
  });
});
