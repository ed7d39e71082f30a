import { describe, expect, it } from 'vitest';
import { chunkEvenly, htmlText, planSlides, type PlanBlock } from '../../../src/render/slide-plan.js';
import { inlineDeck } from '../../../src/render/deck-file.js';

const block = (b: Partial<PlanBlock> & Pick<PlanBlock, 'type'>): PlanBlock => ({ minutes: 0, label: 'Section', isLast: false, ...b }) as PlanBlock;

describe('the slide plan', () => {
  it('shares a block\'s minutes between its slides in whole seconds that add up, and makes repeated titles unique', () => {
    const slides = planSlides([
      block({ type: 'markdown', minutes: 5, title: 'How it happens', slides: [{ markdown: 'One', notes: 'Say *this*.' }, { markdown: 'Two' }, { markdown: 'Three' }], notes: 'And this.' }),
      block({ type: 'sources', title: 'Sources', sources: [1, 2, 3, 4, 5, 6, 7].map((number) => ({ number, publisher: 'P', source: 'S', url: 'https://example.org', periods: '2024', caveats: [] })) }),
    ], 3, 'en');
    expect(slides.map((s) => s.seconds)).toEqual([100, 100, 100, 0, 0, 0]);
    expect(slides.map((s) => s.title)).toEqual(['How it happens', 'How it happens (2)', 'How it happens (3)', 'Sources', 'Sources (2)', 'Sources (3)']);
    expect(slides[0]!.notes).toEqual(['Say this.', 'And this.']);
    expect(slides[1]!.notes).toEqual([]);
  });

  it('splits lists evenly, and reads HTML as a browser\'s textContent does', () => {
    expect(chunkEvenly([1, 2, 3, 4, 5, 6, 7], 6).map((c) => c.length)).toEqual([4, 3]);
    expect(htmlText('<p>Call <a href="tel:999">999</a> &amp; stay.</p>\n<ul><li>One</li><li>Two</li></ul>')).toEqual(['Call 999 & stay.', 'One', 'Two']);
  });
});

describe('the deck in one file', () => {
  it('puts scripts, styles, fonts and pictures inside the HTML, so nothing can close a script early', () => {
    const html = inlineDeck(
      '<link rel="stylesheet" href="assets/a.css">\n<img class="logo" src="assets/logo.svg" alt="Logo">\n<script src="assets/a.js"></script>',
      [
        { path: 'assets/a.css', contents: "@font-face { src: url(fonts/f.woff2) format('woff2'); }" },
        { path: 'assets/fonts/f.woff2', contents: new Uint8Array([1, 2, 3]) },
        { path: 'assets/logo.svg', contents: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
        { path: 'assets/a.js', contents: 'var s = "</script><!-- x";' },
      ],
    );
    expect(html).toContain("url(data:font/woff2;base64,AQID) format('woff2')");
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain('var s = "<\\/script><\\!-- x";');
    expect(html).not.toMatch(/(href|src)="assets\//);
    expect(() => inlineDeck('<script src="assets/missing.js"></script>', [])).toThrow(/assets\/missing.js/);
  });
});
