import { describe, expect, it } from 'vitest';
import { describeChange, formatCitation, formatValue } from '../../../src/tailor/figures.js';

describe('figures', () => {
  it('describes NCMEC 2022 to 2023 without rounding up', () => {
    // 26,718 / 10,731 = 2.4898: +148.98%, stated as +148%, never +149%.
    expect(describeChange({ value: 10731 }, { value: 26718 })).toBe('more than doubled (+148%)');
  });
  it('says "doubled" only for an exact doubling and words other changes plainly', () => {
    expect(describeChange({ value: 100 }, { value: 200 })).toBe('doubled (+100%)');
    expect(describeChange({ value: 385 }, { value: 864 })).toBe('more than doubled (+124%)');
    expect(describeChange({ value: 243 }, { value: 890 })).toBe('more than tripled (+266%)');
    expect(describeChange({ value: 593 }, { value: 1124 })).toBe('rose by 89%');
    expect(describeChange({ value: 200 }, { value: 150 })).toBe('fell by 25%');
    expect(describeChange({ value: 21 }, { value: 176 })).toBe('grew more than eightfold (+738%)');
    expect(describeChange({ value: 100 }, { value: 500 })).toBe('grew fivefold (+400%)');
    expect(describeChange({ value: 10 }, { value: 1234 })).toBe('grew more than 123-fold (+12,240%)');
  });
  it('formats values and citations', () => {
    expect(formatValue({ value: 26718, unit: 'count' })).toBe('26,718');
    expect(formatValue({ value: 91, unit: 'percent' })).toBe('91%');
    expect(formatCitation({ publisher: 'NCMEC', year: 2024, period: 'January to June 2024' })).toBe('NCMEC, January to June 2024');
  });
});
