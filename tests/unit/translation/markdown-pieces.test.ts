import { describe, expect, it } from 'vitest';
import { markdownPieces, replacePieces } from '../../../src/translation/markdown-pieces.js';
import { extractUnits } from '../../../src/translation/units.js';
import { ROOT } from '../../support/cli.js';
import { validModule } from '../../support/translation.js';

const MARKDOWN = `## Why **scams** work

Scammers are skilled.
They make a message feel urgent.

1. Stop replying.
2. Keep the messages,
   and the names.
   - even the *deleted* ones

> Anyone can be tricked.
> Anyone.`;

describe('Markdown cut into pieces a translator translates whole', () => {
  it('gives each heading, paragraph and list item (nested too) with its inline Markdown, and no markers', () => {
    expect(markdownPieces(MARKDOWN).map((p) => p.text)).toEqual([
      'Why **scams** work',
      'Scammers are skilled.\nThey make a message feel urgent.',
      'Stop replying.',
      'Keep the messages,\nand the names.',
      'even the *deleted* ones',
      'Anyone can be tricked.\nAnyone.',
    ]);
  });

  it('puts translations back in their places, keeping the Markdown around them', () => {
    const pieces = markdownPieces(MARKDOWN);
    const welsh = ['Pam mae **sgamiau** yn gweithio', 'Mae sgamwyr yn fedrus.', 'Peidiwch ag ateb.', 'Cadwch y negeseuon,\na’r enwau.', 'hyd yn oed y rhai *wedi’u dileu*', 'Gall unrhyw un gael ei dwyllo.'];
    expect(replacePieces(MARKDOWN, pieces, (_piece, i) => welsh[i]!)).toBe(`## Pam mae **sgamiau** yn gweithio

Mae sgamwyr yn fedrus.

1. Peidiwch ag ateb.
2. Cadwch y negeseuon,
   a’r enwau.
   - hyd yn oed y rhai *wedi’u dileu*

> Gall unrhyw un gael ei dwyllo.`);
    expect(replacePieces(MARKDOWN, pieces, (piece) => piece.text)).toBe(MARKDOWN);
  });
});

describe('the shipped modules, cut into units', () => {
  it('give each unit a unique id, and every slide and its notes back unchanged when put back as they are', () => {
    for (const id of ['sextortion', 'cyber-choices']) {
      const m = validModule(`${ROOT}/modules/${id}`);
      const ids = extractUnits(m).map((u) => u.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(200);
      for (const section of m.sections.values()) {
        for (const slide of section.slides) {
          for (const text of [slide.markdown, slide.notes ?? '']) expect(replacePieces(text, markdownPieces(text), (piece) => piece.text)).toBe(text);
        }
      }
    }
  });
});
