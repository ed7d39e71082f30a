import { z } from 'zod';
import { defineRule } from '../rule.js';
import { figurePath, figureUses } from '../figure-uses.js';
import { DEFAULT_REVIEW_MONTHS, isReviewDue, monthsBefore } from '../review-due.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

const options = z.strictObject({
  years: z.number().int().positive().default(3).describe('A figure is stale when its year ended more than this many years before the build date.'),
  'review-months': z.number().int().positive().default(DEFAULT_REVIEW_MONTHS).describe('The module, and every service\'s details, are due a review after this many months.'),
});

export { monthsBefore };

export const statsStale = defineRule({
  id: CODE.statsStale,
  doc: catalogued(CODE.statsStale).doc,
  severity: 'warning',
  options,
  run(ctx) {
    const { years, 'review-months': reviewMonths } = ctx.options;
    const cutoff = monthsBefore(ctx.today, years * 12);
    const stale = (id: string) => `${ctx.module.figures.get(id)!.year}-12-31` < cutoff;

    // The older end of a comparison is as current as its newer end.
    const uses = figureUses(ctx);
    const current = new Set(uses.filter((u) => u.role === 'from' && u.pair && !stale(u.pair[1])).map((u) => u.id));
    const stats = ctx.module.loaded.stats;
    if (stats) {
      for (const id of new Set(uses.map((u) => u.id))) {
        if (!stale(id) || current.has(id)) continue;
        const figure = ctx.module.figures.get(id)!;
        const audiences = new Set(uses.filter((u) => u.id === id).flatMap((u) => [...u.audiences]));
        ctx.report({
          at: { source: stats, offset: stats.offsetAt(figurePath(ctx, id, 'year')) },
          message: `"${id}" is from ${figure.year}, more than ${years} year${years === 1 ? '' : 's'} before ${ctx.today}`,
          hint: `Look for a newer figure from ${figure.publisher}, or keep it and say why in an excuse above this line: "# check-ignore-next-line stats/stale: <why it is still the figure to use>".`,
          audiences: [...audiences],
        });
      }
    }

    const reviewDue = monthsBefore(ctx.today, reviewMonths);
    const yaml = ctx.module.loaded.module;
    const reviewed = ctx.module.source.reviewed;
    if (isReviewDue(reviewed, ctx.today, reviewMonths)) {
      ctx.report({
        at: { source: yaml, offset: yaml.offsetAt(['reviewed']) },
        message: `the module was last reviewed on ${reviewed}, more than ${reviewMonths} months before ${ctx.today}`,
        hint: 'Review the content, its figures and its services against their sources, then update "reviewed".',
      });
    } else if (reviewed > ctx.today) {
      ctx.report({ at: { source: yaml, offset: yaml.offsetAt(['reviewed']) }, message: `the review date ${reviewed} is after ${ctx.today}`, hint: 'Set "reviewed" to the day the content was last reviewed.' });
    }

    const resources = ctx.module.loaded.resources;
    if (!resources) return;
    [...ctx.module.resources.values()].forEach((resource, i) => {
      if (resource.checked && resource.checked < reviewDue) {
        ctx.report({
          at: { source: resources, offset: resources.offsetAt(['resources', i, 'checked']) },
          message: `the details of "${resource.id}" were last checked on ${resource.checked}, more than ${reviewMonths} months before ${ctx.today}`,
          hint: 'Check the phone number, address and hours against the service\'s own website, then update "checked".',
        });
      }
    });
  },
});
