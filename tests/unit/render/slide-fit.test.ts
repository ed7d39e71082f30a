import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { itemPiece, joinUnits, markdownUnits, splitUnits, type SlideMetrics } from '../../../src/render/slide-fit.js';

const METRICS: SlideMetrics = { size: 34, minSize: 24, lineHeight: 1.4, rule: 4, charWidth: 0.47 };
const item = (text: string) => ({ text });
const split = (count: number, text = 'Check the privacy settings on the family computer together.') =>
  splitUnits('Tips', (part) => `Tips (continued, ${part})`, Array.from({ length: count }, (_, i) => item(`${text} (${i + 1})`)), (u) => [itemPiece(u)], [], METRICS);

describe('splitting a long slide', () => {
  it('leaves a list that fits at the smallest size on one slide', () => {
    expect(split(10).parts).toHaveLength(1);
  });

  it('splits a 40-item list into slides of even length, in order, none past what fits at the normal size', () => {
    const { parts, tooLong } = split(40);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.flat().map((u) => u.text)).toEqual(Array.from({ length: 40 }, (_, i) => `Check the privacy settings on the family computer together. (${i + 1})`));
    const sizes = parts.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(tooLong).toEqual([]);
    expect(split(40)).toEqual({ parts, tooLong });
  });

  it('returns an item no slide can hold, which is never split', () => {
    const long = item('A very long item. '.repeat(200));
    const { tooLong } = splitUnits('Tips', (part) => `Tips (continued, ${part})`, [item('Short.'), long], (u) => [itemPiece(u)], [], METRICS);
    expect(tooLong).toEqual([long]);
  });
});

describe('Markdown in units', () => {
  it('keeps a heading with what follows it, and a list tight when it is joined again', () => {
    const units = markdownUnits('## Steps\n\n- Stop replying.\n- Keep the messages.\n- Tell someone.\n\nA last paragraph.');
    expect(units.map((u) => u.raw)).toEqual(['## Steps\n\n- Stop replying.', '- Keep the messages.', '- Tell someone.', 'A last paragraph.']);
    expect(renderMarkdown(joinUnits(units))).toBe(renderMarkdown('## Steps\n\n- Stop replying.\n- Keep the messages.\n- Tell someone.\n\nA last paragraph.'));
  });

  it('carries an ordered list on at its own number on the next slide', () => {
    const units = markdownUnits('1. One.\n2. Two.\n3. Three.');
    expect(renderMarkdown(joinUnits(units.slice(2)))).toBe('<ol start="3">\n<li>Three.</li>\n</ol>');
  });
});
