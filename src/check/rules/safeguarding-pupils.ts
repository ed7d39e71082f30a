import { z } from 'zod';
import { defineRule, type Location } from '../rule.js';
import { figureUses } from '../figure-uses.js';
import { findAll, hasMatch } from '../prose.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/** "It is never your fault", "you are not to blame", "the blackmailer is always to blame". */
const NOT_YOUR_FAULT = /\b(?:never|not|isn['’]t|wasn['’]t)\b[^.!?\n]{0,40}\b(?:fault|to blame)\b|\b(?:blackmailer|offender|abuser|person doing (?:the )?\w+ing|one doing wrong)[^.!?\n]{0,30}\b(?:always|only one|is) to blame\b/i;

/** Case detail that frightens rather than helps (PSHE Association: no scare tactics). */
const FRIGHTENING = /\b(?:suicid\w*|killed (?:him|her|them)sel(?:f|ves)|(?:took|taken|take|ended|end) (?:his|her|their) (?:own )?li(?:fe|ves)|self[\s-]harm\w*|died|death|deaths|overdose\w*|hanged|hanging himself)\b/gi;

const HOMEWORK = /\bhome\s?work\b/gi;

/** A module on a topic where pupils are not the ones harmed (using cyber skills legally, say) turns the "never your fault" message off. */
const options = z.strictObject({
  'not-your-fault': z.boolean().default(true).describe('Lessons must tell pupils it is not their fault (a module about abuse or blackmail); false for a topic where that message does not fit.'),
});

export const pupils = defineRule({
  id: CODE.safeguardingPupils,
  doc: catalogued(CODE.safeguardingPupils).doc,
  severity: 'error',
  options,
  run(ctx) {
    const yaml = ctx.module.loaded.module;
    const audienceKey = (id: string): Location => ({ source: yaml, offset: yaml.keyOffset(['audiences'], id) });
    const uses = figureUses(ctx);

    for (const view of ctx.audiences) {
      if (view.tailored.audience.kind !== 'pupil') continue;
      const blocks = view.tailored.blocks;

      const rules = blocks.findIndex((b) => b.id === 'ground-rules');
      const opening = blocks.findIndex((b) => b.type !== 'title' && b.type !== 'holding');
      const index = view.sourceBlocks[rules];
      if (rules > opening + 1 && index !== undefined) {
        ctx.report({
          at: { source: yaml, offset: yaml.offsetAt(['blocks', index]) },
          message: `the ground rules are block ${rules + 1} of the ${view.id} lesson; they belong near the start`,
          hint: 'Move the block with "id: ground-rules" to just after the title, so the rules are agreed before the topic starts.',
          audiences: [view.id],
        });
      }

      const read = view.segments.filter((s) => s.reader === 'audience');
      if (ctx.options['not-your-fault'] && !read.some((s) => hasMatch(s.prose, NOT_YOUR_FAULT))) {
        ctx.report({
          at: audienceKey(view.id),
          message: `the ${view.id} lesson never tells pupils that it is not their fault`,
          hint: 'Say it on a slide: "It is never your fault. The blackmailer is the one committing a crime." (A module where that message does not fit the topic sets `safeguarding/pupils: { not-your-fault: false }`.)',
          audiences: [view.id],
        });
      }

      for (const figure of view.tailored.figures) {
        const counts = figure.measure === 'victims' || figure.measure === 'share of victims';
        const deaths = /\b(?:suicid\w*|deaths?|died|killed)\b/i.test(`${figure.label} ${figure.caveat ?? ''}`);
        if (!counts && !deaths) continue;
        const use = uses.find((u) => u.id === figure.id && u.audiences.has(view.id));
        ctx.report({
          at: use?.at ?? audienceKey(view.id),
          message: `"${figure.id}" counts ${deaths ? 'deaths' : 'victims'}, which pupils should not be shown`,
          hint: 'Lessons use facts that help pupils act, such as "most young people do not share nudes", not counts of victims.',
          audiences: [view.id],
        });
      }

      for (const segment of read) {
        for (const match of findAll(segment.prose, FRIGHTENING)) {
          ctx.report({
            at: segment.place(match.start),
            message: `"${match.text}" is frightening case detail for a lesson`,
            hint: 'Keep lessons calm and factual, with no scare tactics. Leave it out of what pupils see; give the teacher what they need in the notes.',
            audiences: [view.id],
          });
        }
        if (segment.blockType === 'activity') {
          for (const match of findAll(segment.prose, HOMEWORK)) {
            ctx.report({
              at: segment.place(match.start),
              message: 'a lesson on this subject sets homework',
              hint: 'Sensitive topics are taught with a teacher in the room, not set as homework. Do the activity in the lesson.',
              audiences: [view.id],
            });
          }
        }
      }
    }
  },
});
