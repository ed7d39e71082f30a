import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { registerHelpers } from '../../../src/render/templates.js';

const hbs = Handlebars.create();
registerHelpers(hbs);
const render = (template: string, context: object = {}) => hbs.compile(template)(context);

describe('template helpers', () => {
  it('splits a list into even slides, never leaving one item alone', () => {
    const sizes = (n: number, max: number) => render('{{#each (chunk list max)}}{{this.length}},{{/each}}', { list: Array.from({ length: n }), max });
    expect(sizes(7, 3)).toBe('3,2,2,');
    expect(sizes(5, 4)).toBe('3,2,');
    expect(sizes(8, 6)).toBe('4,4,');
    expect(sizes(6, 6)).toBe('6,');
    expect(sizes(0, 6)).toBe('');
  });

  it('moves Markdown headings down and drops one that repeats the step title', () => {
    expect(render('{{md text shift=2 drop=label}}', { text: '## Report Remove\n\nText.\n\n## More', label: 'Report Remove' })).toBe('<p>Text.</p>\n<h4>More</h4>');
  });

  it('prints links as people read them, and phone numbers as tel: links', () => {
    expect(render('{{shortUrl u}}', { u: 'https://www.childline.org.uk/' })).toBe('childline.org.uk');
    // In print, a long address may break only after a "/", never inside a word.
    expect(render('{{printUrl u}}', { u: 'https://www.childline.org.uk/info-advice/report-remove/' })).toBe(
      '<span class="url-part">childline.org.uk</span>/<wbr><span class="url-part">info-advice</span>/<wbr><span class="url-part">report-remove</span>',
    );
    // A part too long for any line may break inside, rather than widen the page.
    expect(render('{{printUrl u}}', { u: 'https://gov.uk/sharing-nudes-and-semi-nudes-advice-for-education-settings' })).toContain('<span class="url-part long">');
    expect(render('{{telHref p}}', { p: '0800 1111' })).toBe('tel:08001111');
  });

  it('draws a QR code as an SVG image with a text alternative', () => {
    const svg = render('{{qr u}}', { u: 'https://takeitdown.ncmec.org/' });
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code that opens https:\/\/takeitdown.ncmec.org\/"/);
  });
});
