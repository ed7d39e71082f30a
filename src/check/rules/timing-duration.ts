import { z } from 'zod';
import { defineRule } from '../rule.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

const options = z.strictObject({
  tolerance: z.number().nonnegative().default(2).describe('How many minutes over or under the duration are fine.'),
});

export const duration = defineRule({
  id: CODE.timingDuration,
  doc: catalogued(CODE.timingDuration).doc,
  severity: 'warning',
  options,
  run(ctx) {
    const yaml = ctx.module.loaded.module;
    const { tolerance } = ctx.options;
    for (const view of ctx.audiences) {
      const { duration } = view.tailored.audience;
      const total = view.tailored.totalMinutes;
      const gap = total - duration;
      if (Math.abs(gap) <= tolerance) continue;
      const untimed = view.tailored.blocks.filter((b, i) => b.minutes === 0 && view.sourceBlocks[i] !== undefined && b.type !== 'holding').length;
      ctx.report({
        at: { source: yaml, offset: yaml.offsetAt(['audiences', view.id, 'duration']) },
        message: `the blocks for ${view.id} add up to ${total} minutes, ${Math.abs(gap)} ${gap > 0 ? 'more' : 'fewer'} than its duration of ${duration}`,
        hint: `${untimed ? `${untimed} of its blocks have no minutes. ` : ''}Set "minutes" on each block (a number, or one per audience) so the timings add up${tolerance ? ` to within ${tolerance} minute${tolerance === 1 ? '' : 's'}` : ''}.`,
        audiences: [view.id],
      });
    }
  },
});
