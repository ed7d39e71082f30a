import { describe, expect, it } from 'vitest';
import { plainText, renderInline, renderMarkdown } from '../../../src/render/markdown.js';

describe('markdown sanitising', () => {
  it('keeps text formatting and links', () => {
    expect(renderMarkdown('Some **bold** and a [link](https://example.org).')).toBe(
      '<p>Some <strong>bold</strong> and a <a href="https://example.org">link</a>.</p>',
    );
  });
  it('removes scripts, event handlers, styles, frames and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><p onclick="x()">hi</p><style>p{}</style><iframe src="https://e.org"></iframe>\n\nA [link](javascript:alert(1)).',
    );
    expect(html).not.toMatch(/script|onclick|style|iframe|javascript/);
    expect(html).toContain('hi');
    expect(html).toContain('<a>link</a>');
  });
  it('removes images, including remote ones that would load over the network', () => {
    expect(renderMarkdown('![a](https://example.org/a.png)<img src="https://example.org/b.png">')).not.toContain('img');
  });
  it('renders inline text without a paragraph, and plain text without tags', () => {
    expect(renderInline('act **now**')).toBe('act <strong>now</strong>');
    expect(plainText('Online *blackmail* & you')).toBe('Online blackmail & you');
  });
});
