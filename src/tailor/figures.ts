// How figures and computed changes read in every output. Numbers are never typed into a module:
// they come from stats.yaml and the changes between them are computed here.
import { formatNumber, t, type Language } from '../i18n/messages.js';
import type { Figure } from '../schema/module-schema.js';

/** The value as its source says it: "26%", "10,731", "more than 900". */
export function formatValue(figure: Pick<Figure, 'value' | 'unit'> & { qualifier?: Figure['qualifier'] }, language: Language = 'en'): string {
  const number = formatNumber(language, figure.value);
  const value = figure.unit === 'percent' ? `${number}%` : number;
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
export function describeChange(from: Pick<Figure, 'value'>, to: Pick<Figure, 'value'>, language: Language = 'en'): string {
  const number = (value: number) => formatNumber(language, value);
  if (from.value === 0) return t(language, 'change.rose-from-zero', { value: number(to.value) });
  const ratio = to.value / from.value;
  const percent = Math.trunc((ratio - 1) * 100);
  const signed = `${percent >= 0 ? '+' : '−'}${number(Math.abs(percent))}%`;
  if (ratio === 1) return t(language, 'change.same');
  if (ratio < 1) return t(language, 'change.fell-by', { percent: number(Math.abs(percent)) });
  if (ratio < 2) return t(language, 'change.rose-by', { percent: number(percent) });
  // The whole number of times, rounded down: 8.4 times is "more than eightfold", never "ninefold".
  const times = Math.floor(ratio);
  const exact = ratio === times;
  const named: Record<number, string> = { 2: 'doubled', 3: 'tripled', 4: 'quadrupled' };
  const words = named[times]
    ? t(language, `change.${exact ? '' : 'more-than-'}${named[times]}`)
    : t(language, 'change.grew-fold', { exact: exact ? 'yes' : 'no', times: times <= 10 ? times : number(times) });
  return `${words} (${signed})`;
}
