import type { Figure } from '../../schema/module-schema.js';
import { defineRule } from '../rule.js';
import { figurePath, figureUses } from '../figure-uses.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/** What must be the same for two figures to be one series. */
const SAME: [keyof Figure, string][] = [
  ['publisher', 'publisher'],
  ['measure', 'measure'],
  ['unit', 'unit'],
  ['geography', 'geography'],
];

const period = (f: Figure) => (f.period ? `"${f.period}"` : `the calendar year ${f.year}`);

export const statsCompare = defineRule({
  id: CODE.statsCompare,
  doc: catalogued(CODE.statsCompare).doc,
  severity: 'error',
  validates: [CODE.statsCompare, CODE.statsUnverified],
  run(ctx) {
    const stats = ctx.module.loaded.stats;
    if (!stats) return;
    const at = (id: string, key: string) => ({ source: stats, offset: stats.offsetAt(figurePath(ctx, id, key)) });

    // A series is a promise that its figures can be compared: where they are, it must hold.
    const uses = figureUses(ctx);
    const compared = new Set(uses.filter((u) => u.pair).map((u) => ctx.module.figures.get(u.id)!.series));
    const first = new Map<string, Figure>();
    for (const figure of ctx.module.figures.values()) {
      if (!compared.has(figure.series)) continue;
      const lead = first.get(figure.series);
      if (!lead) {
        first.set(figure.series, figure);
        continue;
      }
      for (const [key, name] of SAME) {
        if (figure[key] !== lead[key]) {
          ctx.report({
            at: at(figure.id, key),
            message: `"${figure.id}" is in the series "${figure.series}" but its ${name} is "${String(figure[key])}", not "${String(lead[key])}" as in "${lead.id}"`,
            hint: 'One series is one publisher and one measure counted the same way. Give this figure a series of its own.',
          });
        }
      }
      if (!figure.period !== !lead.period) {
        ctx.report({
          at: at(figure.id, figure.period ? 'period' : 'series'),
          message: `"${figure.id}" covers ${period(figure)} but "${lead.id}", in the same series, covers ${period(lead)}`,
          hint: 'Figures for different lengths of time cannot be compared: give them separate series.',
        });
      }
    }

    const seen = new Set<string>();
    for (const use of uses) {
      if (use.role !== 'from' || !use.pair) continue;
      const key = `${use.at.source.displayPath}:${use.at.offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [from, to] = use.pair.map((id) => ctx.module.figures.get(id)!) as [Figure, Figure];
      if (from.id === to.id) {
        ctx.report({ at: use.at, message: `"${from.id}" is compared with itself`, hint: 'Compare two figures of one series, the earlier first.', audiences: [...use.audiences] });
      } else if (from.year > to.year) {
        ctx.report({
          at: use.at,
          message: `the comparison runs backwards: "${from.id}" (${from.year}) comes after "${to.id}" (${to.year})`,
          hint: 'Put the earlier figure first, so the change is described the right way round.',
          audiences: [...use.audiences],
        });
      }
    }
  },
});
