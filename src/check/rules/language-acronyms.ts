import { defineRule } from '../rule.js';
import { cachedByText } from '../prose.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

/** Abbreviations everyone reads without help. */
const KNOWN = new Set([
  'UK', 'US', 'USA', 'EU', 'OK', 'TV', 'PC', 'PIN', 'ID', 'AM', 'PM', 'FAQ', 'FAQS', 'URL', 'SMS', 'PDF', 'QR', 'GP', 'NHS', 'BBC',
]);
/** Capitals that are words, not acronyms (emphasis that the style guides advise against, but not ours to flag). */
const WORDS = new Set(['I', 'A', 'NOT', 'NO', 'NEVER', 'DO', 'DONT', 'STOP', 'YOU', 'ALL', 'AND', 'THE', 'IS', 'IT', 'OR', 'TO', 'IF', 'NOW', 'HELP', 'SOS']);

/** How to spell out the acronyms these modules use most, for the hint. */
export const EXPANSIONS: Record<string, string> = {
  AI: 'artificial intelligence',
  CEOP: 'Child Exploitation and Online Protection',
  CSAM: 'child sexual abuse material',
  CSE: 'child sexual exploitation',
  DSL: 'designated safeguarding lead',
  DSP: 'designated safeguarding person',
  FMSE: 'financially motivated sexual extortion',
  IWF: 'Internet Watch Foundation',
  NCA: 'National Crime Agency',
  NCMEC: 'National Center for Missing & Exploited Children',
  NSPCC: 'National Society for the Prevention of Cruelty to Children',
  OCG: 'organised crime group',
  PCSO: 'police community support officer',
  PSHE: 'personal, social, health and economic (education)',
  RSE: 'relationships and sex education',
  SEN: 'special educational needs',
  SEND: 'special educational needs and disabilities',
  UKCIS: 'UK Council for Internet Safety',
  VPN: 'virtual private network',
};

const isAcronym = (word: string) =>
  word.length <= 6 && !KNOWN.has(word) && !WORDS.has(word) && !/^\d/.test(word) && /[A-Z].*[A-Z]/.test(word);

const ACRONYM = /(?<![\p{L}\p{N}&'’-])([A-Z][A-Z0-9&]*[A-Z0-9])(s?)(?![\p{L}\p{N}&'’])/gu;

/** "National Crime Agency (NCA)" or "NCA (National Crime Agency)": the acronym is being spelt out. */
function isSpeltOut(prose: string, start: number, end: number): boolean {
  const before = prose.slice(Math.max(0, start - 2), start);
  const after = prose.slice(end, end + 2);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after) && /\p{L}[^()]*\(\s*$/u.test(prose.slice(Math.max(0, start - 80), start))) return true;
  return /^\s*\(\s*\p{L}{2,}/u.test(prose.slice(end, end + 20));
}

/** The acronyms of a text's prose, in order, and whether each is being spelt out there (remembered per text). */
const acronymsIn = cachedByText((prose) =>
  [...prose.matchAll(ACRONYM)]
    .filter((m) => isAcronym(m[1]!))
    .map((m) => ({ acronym: m[1]!, start: m.index!, spelt: isSpeltOut(prose, m.index!, m.index! + m[0].length) })));

export const acronyms = defineRule({
  id: CODE.languageAcronyms,
  doc: catalogued(CODE.languageAcronyms).doc,
  severity: 'warning',
  run(ctx) {
    for (const view of ctx.audiences) {
      const uses = view.segments.flatMap((segment, index) => acronymsIn(segment.prose).map((use) => ({ segment, index, ...use })));
      const spelt = new Set<string>();
      const reported = new Set<string>();
      for (const use of uses) {
        const { segment, acronym, start } = use;
        if (use.spelt) spelt.add(acronym);
        if (spelt.has(acronym) || reported.has(acronym)) continue;
        // A heading may use the acronym when the text of the same slide spells it out.
        if (uses.some((u) => u.acronym === acronym && u.spelt && u.index > use.index && u.segment.block !== undefined && u.segment.block === segment.block)) continue;
        reported.add(acronym);
        const full = EXPANSIONS[acronym];
        ctx.report({
          at: segment.place(start),
          message: `"${acronym}" is not spelt out where the audience first meets it`,
          hint: full
            ? `Write "${full} (${acronym})" the first time, then "${acronym}".`
            : `Write it in full with "(${acronym})" after it the first time, then "${acronym}".`,
          audiences: [view.id],
        });
      }
    }
  },
});
