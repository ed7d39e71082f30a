import { defineRule } from '../rule.js';
import { findAll, isNegated, isQuoted, phrasePattern, sentenceAround } from '../prose.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/** Phrases that put the responsibility on the victim (Children's Society and NAPAC guide; UKCIS). */
export const BLAMING = [
  'why did you send', 'why did you share', 'why did you take', 'why would you send', 'why would you share',
  'why did they send', 'why did he send', 'why did she send',
  'should have known', "should've known", 'ought to have known',
  "shouldn't have sent", 'should not have sent', "shouldn't have shared", 'should not have shared',
  'your own fault', 'their own fault', 'his own fault', 'her own fault', 'my own fault',
  'brought it on themselves', 'brought it on himself', 'brought it on herself', 'brought it on yourself',
  'asking for it', 'asked for it', 'fell for it', 'let themselves', 'let himself', 'let herself',
  'allowed themselves to be', 'allowed himself to be', 'allowed herself to be', 'got themselves into',
  'careless', 'foolish', 'stupid', 'naive', 'naïve', 'gullible', 'irresponsible', 'reckless',
];

const PATTERN = phrasePattern(BLAMING);
/** A sentence that quotes a blaming phrase in order to counter it: "don't ask "why did you send it?"". */
const COUNTERING = /\b(?:don['’]t|do not|never|not|avoid|instead|such as|say[s]?|said|blames?|blaming|myth|steer|reframe|challenge)\b/i;

export const victimBlaming = defineRule({
  id: CODE.languageVictimBlaming,
  doc: catalogued(CODE.languageVictimBlaming).doc,
  severity: 'warning',
  run(ctx) {
    for (const segment of ctx.segments) {
      for (const match of findAll(segment.prose, PATTERN)) {
        if (isNegated(segment.prose, match.start)) continue;
        if (isQuoted(segment.text, match.start, match.end) && COUNTERING.test(sentenceAround(segment.prose, match.start).text.replace(match.text, ''))) continue;
        ctx.report({
          at: segment.place(match.start),
          message: `"${match.text}" blames the victim; say what happened instead`,
          hint: 'Put the responsibility on the offender: "it is not your fault", "you did the right thing telling me". To show what not to say, quote it and say so: don\'t ask "why did you send it?".',
          audiences: [...segment.audiences],
        });
      }
    }
  },
});
