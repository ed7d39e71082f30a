import { defineRule } from '../rule.js';
import { figurePath, figureUses } from '../figure-uses.js';
import { findAll } from '../prose.js';
import { CODE, catalogued } from '../../errors/catalogue.js';

const COUNTED = [
  'reports?', 'cases?', 'victims?', 'children', 'child', 'young people', 'people', 'boys', 'girls', 'men', 'women', 'adults',
  'teenagers', 'pupils', 'students', 'contacts', 'sessions', 'calls', 'referrals', 'suicides', 'deaths', 'images', 'accounts',
  'offenders', 'incidents', 'crimes', 'offences', 'users', 'requests', 'families', 'schools', 'parents', 'messages', 'arrests',
].join('|');
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
const WORD_NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten';

/** Numbers that look like statistics: "45%", "one in five", "9 out of 10", "1,200 reports", "more than 900 sessions". */
const STATISTIC = new RegExp(
  [
    String.raw`(?<![\w£$€.,/-])(?:${NUMBER})\s?(?:%|per ?cent\b|percent\b)`,
    String.raw`\b(?:${WORD_NUMBER}|\d+)\s+(?:in|out of)\s+(?:every\s+)?(?:${WORD_NUMBER}|\d+)\b(?!\s*(?:minutes?|hours?|days?|weeks?|months?|years?))`,
    String.raw`(?<![\w£$€.,/:-])(?:${NUMBER})(?![\w%£$€]|[.,:/-]\d)(?:\s+(?:more|fewer|new|extra|separate|different|individual|young|UK|reported))?\s+(?:${COUNTED})\b`,
    String.raw`\b(?:doubled|tripled|trebled|quadrupled|halved)\b`,
    String.raw`\b\d+\s+times\s+(?:as|more|higher|greater|the)\b`,
  ].join('|'),
  'gi',
);

/** Years as a period ("2023/24") or a calendar year. */
function yearsIn(period: string): number[] {
  const years: number[] = [];
  for (const m of period.matchAll(/\b((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2,4}))?\b/g)) {
    years.push(Number(m[1]));
    if (m[2]) years.push(m[2].length === 2 ? Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]) : Number(m[2]));
  }
  return years;
}

export const statsSource = defineRule({
  id: CODE.statsSource,
  doc: catalogued(CODE.statsSource).doc,
  severity: 'warning',
  validates: [CODE.statsUnknownFigure],
  run(ctx) {
    for (const segment of ctx.segments) {
      for (const match of findAll(segment.prose, STATISTIC)) {
        ctx.report({
          at: segment.place(match.start),
          message: `"${match.text}" looks like a statistic but does not come from stats.yaml`,
          hint: 'Add the figure to stats.yaml with its source, year and link, and write {{stat id}}; or say it without the number.',
          audiences: [...segment.audiences],
        });
      }
    }

    const stats = ctx.module.loaded.stats;
    if (!stats) return;
    const shown = new Set(figureUses(ctx).map((u) => u.id));
    for (const figure of ctx.module.figures.values()) {
      if (!shown.has(figure.id)) continue;
      if (figure.period) {
        const years = yearsIn(figure.period);
        if (years.length && !years.includes(figure.year)) {
          ctx.report({
            at: { source: stats, offset: stats.offsetAt(figurePath(ctx, figure.id, 'year')) },
            message: `"${figure.id}" has the year ${figure.year}, but its period is "${figure.period}"`,
            hint: 'The year is printed beside the figure: make it the year the period ends in.',
          });
        }
      }
      if (figure.year > Number(ctx.today.slice(0, 4))) {
        ctx.report({
          at: { source: stats, offset: stats.offsetAt(figurePath(ctx, figure.id, 'year')) },
          message: `"${figure.id}" has the year ${figure.year}, which is after ${ctx.today}`,
          hint: 'Check the year against the source.',
        });
      }
      if (figure.via && figure.via === figure.url) {
        ctx.report({
          at: { source: stats, offset: stats.offsetAt(figurePath(ctx, figure.id, 'via')) },
          message: `"${figure.id}" gives the same address as its "url" and its "via"`,
          hint: '"url" is the primary source; "via" is only for where the figure was read when that is somewhere else. Remove "via".',
        });
      }
    }
  },
});
