import type { TailoredItem } from '../../tailor/tailor.js';
import { defineRule } from '../rule.js';

/** What the UKCIS overview ("Sharing nudes and semi-nudes: how to respond to an incident") tells all staff. */
const NEVER_VERBS = ['view', 'copy', 'print', 'share', 'store', 'save'];
const ROLE = /\b(?:safeguarding lead|safeguarding person|DSL|DSP|child protection co-?ordinator|designated teacher)\b/i;

const words = (item: TailoredItem) => `${item.text} ${item.detail ?? ''}`;
const hasVerb = (text: string, verb: string) => new RegExp(`\\b${verb}(?:s|ing|ed|d)?\\b`, 'i').test(text);

export const professionals = defineRule({
  id: 'safeguarding/professionals',
  doc: 'Staff and webinar decks carry the do/don\'t items the guidance requires: never view, copy, print, share, store or save the imagery (it is illegal), and report to the DSL.',
  severity: 'error',
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
          hint: 'Add a "dos-and-donts" block for this audience: report to the DSL at once; never view, copy, print, share, store or save the imagery, which is illegal.',
          audiences: [view.id],
        });
        continue;
      }
      const where = (key: 'do' | 'dont') => {
        const index = lists.find((l) => l.index !== undefined)?.index;
        return { source: yaml, offset: index === undefined ? yaml.keyOffset(['audiences'], view.id) : yaml.offsetAt(['blocks', index, key]) };
      };

      const donts = lists.flatMap((l) => l.block.dont.map(words));
      const best = donts
        .map((text) => ({ text, missing: NEVER_VERBS.filter((v) => !hasVerb(text, v)) }))
        .sort((a, b) => a.missing.length - b.missing.length)[0];
      const missing = best?.missing ?? NEVER_VERBS;
      if (missing.length > 3 || !best) {
        ctx.report({
          at: where('dont'),
          message: `the do/don't list for ${view.id} does not tell staff never to view, copy, print, share, store or save the imagery`,
          hint: 'Add: "Never view, copy, print, share, store or save the imagery yourself, or ask a child to share or download it. This is illegal."',
          audiences: [view.id],
        });
      } else if (missing.length || !/\billegal\b/i.test(best.text)) {
        const gaps = [...missing.map((v) => `"${v}"`), ...(/\billegal\b/i.test(best.text) ? [] : ['that it is illegal'])];
        ctx.report({
          at: where('dont'),
          message: `the "never view…" item for ${view.id} leaves out ${gaps.join(' and ')}`,
          hint: 'The guidance is legal advice: keep all six verbs (view, copy, print, share, store, save) and "this is illegal".',
          audiences: [view.id],
        });
      }

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
