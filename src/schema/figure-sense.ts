// Figures that pass the schema but cannot be right: a count of -5 or 2.5 reports, a 250% share, 1e308.
// Shown to an audience as fact, each would be wrong, and a comparison built on one would be nonsense.
import { CODE } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import type { YamlSource } from '../source/source-text.js';
import type { Figure } from './module-schema.js';

/** More than any count a safeguarding figure could be (the world has about 8 billion people). */
export const LARGEST_COUNT = 10_000_000_000;

function problemWith(figure: Figure): { message: string; hint: string } | undefined {
  const { value } = figure;
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_COUNT) {
    return { message: `${value} is too large to be a real figure`, hint: 'Check the number against the source; write it out in full, without exponents.' };
  }
  if (figure.measure.startsWith('share') && figure.unit !== 'percent') {
    return { message: `"${figure.measure}" is a share, but the figure's unit is a count`, hint: 'Add "unit: percent" and give the share as a percentage between 0 and 100.' };
  }
  if (figure.unit === 'percent') {
    if (value < 0 || value > 100) return { message: `a percentage of ${value} is not between 0 and 100`, hint: 'Give the share as a percentage, for example 40 for 40%, as the source states it.' };
    return undefined;
  }
  if (value < 0) return { message: `a count of ${value} is below zero`, hint: 'Counts are never negative: check the number against the source. A fall is computed from two figures, never typed.' };
  if (!Number.isInteger(value)) return { message: `a count of ${value} is not a whole number`, hint: 'Counts are whole: check the number against the source, or set "unit: percent" if it is a share.' };
  return undefined;
}

/** A finding at the value of every figure that cannot be right. */
export function figureSenseFindings(stats: YamlSource, figures: readonly Figure[]): Finding[] {
  return figures.flatMap((figure, i) => {
    const problem = problemWith(figure);
    return problem ? [stats.findingAt(['figures', i, 'value'], 'error', CODE.statsImplausible, `the figure "${figure.id}": ${problem.message}`, problem.hint)] : [];
  });
}
