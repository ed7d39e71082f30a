// How figures and computed changes read in every output. Numbers are never typed into a module:
// they come from stats.yaml and the changes between them are computed here.
import type { Figure } from '../schema/module-schema.js';

const numberFormat = new Intl.NumberFormat('en-GB');

/** The value as its source says it: "26%", "10,731", "more than 900". */
export function formatValue(figure: Pick<Figure, 'value' | 'unit'> & { qualifier?: Figure['qualifier'] }): string {
  const value = figure.unit === 'percent' ? `${numberFormat.format(figure.value)}%` : numberFormat.format(figure.value);
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}

/** "NCMEC, 2023" or "NCMEC, January to June 2024". */
export function formatCitation(figure: Pick<Figure, 'publisher' | 'year' | 'period'>): string {
  return `${figure.publisher}, ${figure.period ?? figure.year}`;
}

/**
 * The change from one figure to a later one of the same series, in words and as a percentage.
 * Percentages are rounded towards zero so a change is never stated as larger than it was.
 */
export function describeChange(from: Pick<Figure, 'value'>, to: Pick<Figure, 'value'>): string {
  if (from.value === 0) return `rose from 0 to ${numberFormat.format(to.value)}`;
  const ratio = to.value / from.value;
  const percent = Math.trunc((ratio - 1) * 100);
  const signed = `${percent >= 0 ? '+' : '−'}${numberFormat.format(Math.abs(percent))}%`;
  if (ratio === 1) return 'stayed the same';
  if (ratio < 1) return `fell by ${numberFormat.format(Math.abs(percent))}%`;
  if (ratio < 2) return `rose by ${numberFormat.format(percent)}%`;
  // The whole number of times, rounded down: 8.4 times is "more than eightfold", never "ninefold".
  const times = Math.floor(ratio);
  const exact = ratio === times;
  const named: Record<number, [string, string]> = { 2: ['doubled', 'more than doubled'], 3: ['tripled', 'more than tripled'], 4: ['quadrupled', 'more than quadrupled'] };
  const numberWords = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const words = named[times]
    ? named[times][exact ? 0 : 1]
    : `grew ${exact ? '' : 'more than '}${times <= 10 ? `${numberWords[times]}fold` : `${numberFormat.format(times)}-fold`}`;
  return `${words} (${signed})`;
}
