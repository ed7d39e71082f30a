import type { TailoredBlock } from '../../tailor/tailor.js';
import { defineRule } from '../rule.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/** Slides nobody speaks to: the holding slide shows before the start, the sources are read, not presented. */
const UNSPOKEN: ReadonlySet<TailoredBlock['type']> = new Set(['holding', 'sources']);

export const speakerNotes = defineRule({
  id: CODE.notesSpeaker,
  doc: catalogued(CODE.notesSpeaker).doc,
  severity: 'warning',
  run(ctx) {
    const yaml = ctx.module.loaded.module;
    for (const view of ctx.audiences) {
      if (!view.tailored.audience.speakerNotes) continue;
      view.tailored.blocks.forEach((block, i) => {
        const index = view.sourceBlocks[i];
        if (index === undefined || UNSPOKEN.has(block.type)) return;
        const hint = 'Add "notes:" to the block (one text, or one per audience), or a "Note:" part to the slide in its Markdown file; the notes show in the speaker view (S), the presenter script and the PowerPoint\'s notes pane.';
        if (block.type === 'markdown') {
          const bare = block.slides.map((slide, n) => (slide.notes || (n === 0 && block.notes) ? -1 : n + 1)).filter((n) => n > 0);
          if (!bare.length) return;
          ctx.report({
            at: { source: yaml, offset: yaml.offsetAt(['blocks', index, 'file']) },
            message: `${bare.length === 1 ? `slide ${bare[0]}` : `slides ${bare.join(', ')}`} of this section ${bare.length === 1 ? 'has' : 'have'} no speaker notes`,
            hint,
            audiences: [view.id],
          });
          return;
        }
        if (block.notes) return;
        ctx.report({
          at: { source: yaml, offset: yaml.offsetAt(['blocks', index, 'type']) },
          message: `this ${block.type} slide has no speaker notes`,
          hint,
          audiences: [view.id],
        });
      });
    }
  },
});
