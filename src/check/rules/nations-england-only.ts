import { defineRule } from '../rule.js';
import { blankRanges, findAll, phrasePattern } from '../prose.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/**
 * Guidance and curricula that are England's alone: Wales, Scotland and Northern Ireland have their own
 * (domain notes: UKCIS's sharing-nudes advice is for England; Wales teaches Health and Well-being, RSE).
 * Matched with their capitals, so a sentence about the weather is not a curriculum.
 */
export const ENGLAND_ONLY = ['UK Council for Internet Safety', 'UKCIS', 'Keeping children safe in education', 'PSHE', 'children\'s social care'];

const pattern = new RegExp(phrasePattern(ENGLAND_ONLY).source, 'gu');

/** "every nation's build", "the build for wales", "the builds for england and wales". */
function builds(nations: readonly string[] | undefined): string {
  if (!nations) return 'every nation\'s build';
  if (nations.length === 1) return `the build for ${nations[0]}`;
  return `the builds for ${nations.slice(0, -1).join(', ')} and ${nations.at(-1)}`;
}

export const englandOnly = defineRule({
  id: CODE.nationsEnglandOnly,
  doc: catalogued(CODE.nationsEnglandOnly).doc,
  severity: 'warning',
  run(ctx) {
    const stats = ctx.module.loaded.stats;
    for (const segment of ctx.segments) {
      if (segment.nations?.every((n) => n === 'england')) continue;
      // A figure's source is cited, not followed: a figure quoted in English guidance is true in any nation.
      if (stats && segment.source === stats) continue;
      // A nation's own words ({{var}}) are England's only in England's build.
      const own = blankRanges(segment.prose, segment.generated.filter((g) => g.kind === 'var'));
      for (const match of findAll(own, pattern)) {
        ctx.report({
          at: segment.place(match.start),
          message: `"${match.text}" is for England alone, but this text is in ${builds(segment.nations)}`,
          hint: 'Keep the block, list item or service to England with "nations: [england]" and give the other nations their own, or put the words in a variable with a value per nation ({{var name}}).',
          audiences: [...segment.audiences],
        });
      }
    }
  },
});
