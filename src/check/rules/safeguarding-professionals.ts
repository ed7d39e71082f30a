import { z } from 'zod';
import type { TailoredItem } from '../../tailor/tailor.js';
import { defineRule, type Location, type RuleContext } from '../rule.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/** What the UKCIS overview ("Sharing nudes and semi-nudes: how to respond to an incident") tells all staff. */
const NEVER_VERBS = ['view', 'copy', 'print', 'share', 'store', 'save'];
const ROLE = /\b(?:safeguarding lead|safeguarding person|DSL|DSP|child protection co-?ordinator|designated teacher)\b/i;

/** The imagery item is the sharing-nudes guidance's; a module whose subject involves no images turns it off. */
const options = z.strictObject({
  imagery: z.boolean().default(true).describe('Staff must be told never to view, copy, print, share, store or save the imagery; false for a topic that involves no images.'),
});
type Options = z.infer<typeof options>;

const words = (item: TailoredItem) => `${item.text} ${item.detail ?? ''}`;
const VERB_PATTERNS = new Map(NEVER_VERBS.map((verb) => [verb, new RegExp(`\\b${verb}(?:s|ing|ed|d)?\\b`, 'i')]));
const hasVerb = (text: string, verb: string) => VERB_PATTERNS.get(verb)!.test(text);

/** The "never view, copy, print, share, store or save the imagery; it is illegal" item, judged by its best candidate. */
function checkImageryItem(ctx: RuleContext<Options>, audience: string, donts: string[], at: Location): void {
  const best = donts
    .map((text) => ({ text, missing: NEVER_VERBS.filter((v) => !hasVerb(text, v)) }))
    .sort((a, b) => a.missing.length - b.missing.length)[0];
  const missing = best?.missing ?? NEVER_VERBS;
  if (missing.length > 3 || !best) {
    ctx.report({
      at,
      message: `the do/don't list for ${audience} does not tell staff never to view, copy, print, share, store or save the imagery`,
      hint: 'Add: "Never view, copy, print, share, store or save the imagery yourself, or ask a child to share or download it. This is illegal." (A module whose subject involves no images sets `safeguarding/professionals: { imagery: false }`.)',
      audiences: [audience],
    });
  } else if (missing.length || !/\billegal\b/i.test(best.text)) {
    const gaps = [...missing.map((v) => `"${v}"`), ...(/\billegal\b/i.test(best.text) ? [] : ['that it is illegal'])];
    ctx.report({
      at,
      message: `the "never view…" item for ${audience} leaves out ${gaps.join(' and ')}`,
      hint: 'The guidance is legal advice: keep all six verbs (view, copy, print, share, store, save) and "this is illegal".',
      audiences: [audience],
    });
  }
}

export const professionals = defineRule({
  id: CODE.safeguardingProfessionals,
  doc: catalogued(CODE.safeguardingProfessionals).doc,
  severity: 'error',
  options,
  run(ctx) {
    const yaml = ctx.module.loaded.module;
    for (const view of ctx.audiences) {
      if (!view.tailored.audience.staffDuties) continue;
      const lists = view.tailored.blocks
        .map((block, i) => ({ block, index: view.sourceBlocks[i] }))
        .filter((b): b is { block: Extract<typeof b.block, { type: 'dos-and-donts' }>; index: number | undefined } => b.block.type === 'dos-and-donts');
      if (!lists.length) {
        ctx.report({
          at: { source: yaml, offset: yaml.keyOffset(['audiences'], view.id) },
          message: `${view.id} sees no do/don't list for staff`,
          hint: ctx.options.imagery
            ? 'Add a "dos-and-donts" block for this audience: report to the DSL at once; never view, copy, print, share, store or save the imagery, which is illegal.'
            : 'Add a "dos-and-donts" block for this audience, starting with: report it to the DSL at once.',
          audiences: [view.id],
        });
        continue;
      }
      const where = (key: 'do' | 'dont') => {
        const index = lists.find((l) => l.index !== undefined)?.index;
        return { source: yaml, offset: index === undefined ? yaml.keyOffset(['audiences'], view.id) : yaml.offsetAt(['blocks', index, key]) };
      };

      if (ctx.options.imagery) checkImageryItem(ctx, view.id, lists.flatMap((l) => l.block.dont.map(words)), where('dont'));

      const dos = lists.flatMap((l) => l.block.do.map(words));
      if (!dos.some((text) => /\breport/i.test(text) && ROLE.test(text))) {
        ctx.report({
          at: where('do'),
          message: `the do/don't list for ${view.id} does not tell staff to report to the designated safeguarding lead`,
          hint: 'Add: "Report it to your {{var safeguarding-lead}} straight away."',
          audiences: [view.id],
        });
      }
    }
  },
});
