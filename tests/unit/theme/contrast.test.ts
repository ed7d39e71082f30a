import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, nearestPassing, parseHex, relativeLuminance } from '../../../src/theme/contrast.js';

describe('WCAG contrast', () => {
  it('computes the ratios WCAG gives as examples', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that reaches 4.5:1 on white; #777777 just misses it.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#fff', '#000')).toBe(contrastRatio('#000000', '#ffffff'));
  });

  it('reads three- and six-digit colours and refuses anything else', () => {
    expect(parseHex('#0d5c6b')).toEqual([13, 92, 107]);
    expect(parseHex('#abc')).toEqual([170, 187, 204]);
    expect(() => parseHex('teal')).toThrow();
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
  });

  it('never shows a failing ratio rounded up to a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('suggests the nearest shade that passes', () => {
    const pale = '#8fb8e0';
    const shade = nearestPassing(pale, '#fbfaf6', 4.5)!;
    expect(contrastRatio(shade, '#fbfaf6')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(nearestPassing('#333333', '#000000', 7)!, '#000000')).toBeGreaterThanOrEqual(7);
  });
});
