import { defineRule } from '../rule.js';
import { findAll, hasMatch, isQuoted } from '../prose.js';
import type { Term } from '../terminology.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

const anyTermPattern = new WeakMap<readonly Term[], RegExp>();

/**
 * One pattern for every term and every explanation of one: a text it finds nothing in has nothing for this
 * rule, so the terms are looked for one by one only in the few texts that have any of them.
 */
function anyTermIn(terms: readonly Term[]): RegExp {
  let pattern = anyTermPattern.get(terms);
  if (!pattern) {
    const sources = terms.flatMap((t) => [t.pattern, ...(t.explainedBy ? [t.explainedBy] : [])]);
    // Joined only when they read text alike (phrasePattern's flags); otherwise every text is looked at.
    const alike = sources.every((p) => p.flags.replace('g', '') === 'iu');
    pattern = alike ? new RegExp(sources.map((p) => `(?:${p.source})`).join('|') || '(?!)', 'iu') : /[^]?/;
    anyTermPattern.set(terms, pattern);
  }
  return pattern;
}

/** Terms to avoid, from src/check/data/terminology.yaml and the module's own list. */
export const terminology = defineRule({
  id: CODE.languageTerminology,
  doc: catalogued(CODE.languageTerminology).doc,
  severity: 'warning',
  run(ctx) {
    for (const view of ctx.audiences) {
      const pupil = view.tailored.audience.kind === 'pupil';
      const terms = ctx.terminology.terms.filter((t) => t.for === 'everyone' || (t.for === 'pupils') === pupil);
      const explained = new Set<Term>();
      const any = anyTermIn(ctx.terminology.terms);
      for (const segment of view.segments) {
        if (!hasMatch(segment.prose, any)) continue;
        const allowed = ctx.terminology.allow ? findAll(segment.prose, ctx.terminology.allow) : [];
        for (const term of terms) {
          // What pupils read is what matters for pupils' words; their teacher's notes are for the teacher.
          if (term.for === 'pupils' && segment.reader !== 'audience') continue;
          const explanation = term.explainedBy ? findAll(segment.prose, term.explainedBy)[0] : undefined;
          for (const match of findAll(segment.prose, term.pattern)) {
            if (allowed.some((a) => a.start <= match.start && match.end <= a.end)) continue;
            if (term.quoted === 'allowed' && isQuoted(segment.text, match.start, match.end)) continue;
            if (term.explainedBy && (explained.has(term) || explanation)) continue;
            ctx.report({
              at: segment.place(match.start),
              message: term.explainedBy
                ? `"${match.text}" is used before it is explained: say ${term.say}`
                : `avoid "${match.text}"${term.for === 'pupils' ? ' with pupils' : ''}: say ${term.say}`,
              ...(term.why ? { hint: term.why } : {}),
              audiences: [view.id],
              ...(term.level ? { severity: term.level } : {}),
            });
          }
          if (explanation) explained.add(term);
        }
      }
    }
  },
});
