import { fleschKincaid } from 'flesch-kincaid';
import { syllable as countSyllables } from 'syllable';
import { z } from 'zod';
import { defineRule } from '../rule.js';
import { quote, sentences, words } from '../prose.js';
import type { TextSegment } from '../texts.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/**
 * The highest Flesch–Kincaid grade for what each audience reads. A US grade is roughly the reading age
 * less five: pupils get text a year or two below their age, the public plain English (GOV.UK aims for a
 * reading age of 9; grade 8 is the usual ceiling for public information), staff a little more.
 */
export const DEFAULT_MAX_GRADE: Record<string, number> = {
  'pupils-11-13': 6,
  'pupils-14-18': 8,
  parents: 8,
  webinar: 9,
  professionals: 10,
};
const FALLBACK_MAX_GRADE = 8;
/** A sentence is named as one of the hardest only when it is long enough for the grade to mean something. */
const MIN_WORDS = 8;
const WORST = 3;

const options = z.strictObject({
  'max-grade': z.record(z.string(), z.number().positive()).default({}).describe('The highest Flesch–Kincaid grade per audience id.'),
  'max-words': z.number().int().positive().default(25).describe('A sentence longer than this is named whatever the grade.'),
});

interface Sentence {
  segment: TextSegment;
  start: number;
  text: string;
  words: number;
  syllables: number;
  grade: number;
}

// Counting syllables is the slow part of the measure; a module uses far fewer words than it has.
const syllableCounts = new Map<string, number>();
function syllable(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    if (syllableCounts.size > 50_000) syllableCounts.clear();
    syllableCounts.set(word, (count = countSyllables(word)));
  }
  return count;
}

type Measured = Omit<Sentence, 'segment'>;

function measureText(prose: string, text: string): Measured[] {
  return sentences(prose).map((s) => {
    const list = words(s.text);
    const syllables = list.reduce((sum, w) => sum + (/^\d/.test(w) ? 1 : syllable(w)), 0);
    return { start: s.start, text: text.slice(s.start, s.end), words: list.length, syllables, grade: fleschKincaid({ sentence: 1, word: Math.max(1, list.length), syllable: syllables }) };
  }).filter((s) => s.words > 0);
}

// Each audience, and each nation's build, reads mostly the same texts: each is measured once (by its prose,
// then its text, which a segment shares with every other showing the same words).
const measuredTexts = new Map<string, Map<string, Measured[]>>();

function measure(segment: TextSegment): Measured[] {
  let byText = measuredTexts.get(segment.prose);
  if (!byText) {
    if (measuredTexts.size > 20_000) measuredTexts.clear();
    measuredTexts.set(segment.prose, (byText = new Map()));
  }
  let found = byText.get(segment.text);
  if (!found) byText.set(segment.text, (found = measureText(segment.prose, segment.text)));
  return found;
}

const round = (n: number) => Math.round(n * 10) / 10;

export const readability = defineRule({
  id: CODE.readabilityLevel,
  doc: catalogued(CODE.readabilityLevel).doc,
  severity: 'warning',
  options,
  run(ctx) {
    const yaml = ctx.module.loaded.module;
    const maxWords = ctx.options['max-words'];

    for (const view of ctx.audiences) {
      const max = ctx.options['max-grade'][view.id] ?? DEFAULT_MAX_GRADE[view.id] ?? FALLBACK_MAX_GRADE;
      const read = view.segments.filter((s) => s.reader === 'audience');
      const measured = read.map(measure);
      const totals = { sentence: 0, word: 0, syllable: 0 };
      for (const list of measured) {
        for (const s of list) {
          totals.sentence += 1;
          totals.word += s.words;
          totals.syllable += s.syllables;
        }
      }
      if (!totals.word) continue;
      const grade = fleschKincaid(totals);
      /** The sentences that pass a test, in the order the audience reads them, each with its segment. */
      const sentencesWhere = (test: (s: Measured) => boolean): Sentence[] => read.flatMap((segment, i) => measured[i]!.filter(test).map((s) => ({ ...s, segment })));
      for (const s of sentencesWhere((s) => s.words > maxWords)) {
        ctx.report({
          at: s.segment.place(s.start),
          message: `a sentence of ${s.words} words: ${quote(s.text, 60)}`,
          hint: `Aim for ${maxWords} words or fewer: split it, or make a list.`,
          audiences: [view.id],
        });
      }
      if (grade <= max) continue;
      ctx.report({
        at: { source: yaml, offset: yaml.keyOffset(['audiences'], view.id) },
        message: `what ${view.id} reads is at grade ${round(grade)} (Flesch–Kincaid); aim for ${max} or lower`,
        hint: 'Shorter sentences and shorter words bring it down. The hardest sentences are marked with readability/level.',
        audiences: [view.id],
      });
      // The long sentences are named already, above.
      const worst = sentencesWhere((s) => s.words >= MIN_WORDS && s.grade > max && s.words <= maxWords)
        .sort((a, b) => b.grade - a.grade || b.words - a.words)
        .slice(0, WORST);
      for (const s of worst) {
        ctx.report({
          at: s.segment.place(s.start),
          message: `one of the hardest sentences (grade ${Math.round(s.grade)}): ${quote(s.text, 60)}`,
          hint: 'Use shorter words and split long sentences.',
          audiences: [view.id],
        });
      }
    }
  },
});
