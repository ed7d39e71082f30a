import { describe, expect, it } from 'vitest';
import { STATS, at, check, linesOf, writeModule } from './support.js';

const figure = (id: string, fields: Record<string, string | number>) =>
  `  - id: ${id}\n${Object.entries({
    value: 100, label: 'reports to the example hotline', measure: 'reports', year: 2024, geography: 'UK', publisher: 'Example Hotline',
    series: 'example-hotline-reports', source: 'Example report', url: 'https://example.org/report', status: 'verified', ...fields,
  }).map(([k, v]) => `    ${k}: ${v}`).join('\n')}\n`;

const statistics = (figures: string, compare = '') => `  - type: statistics
    minutes: 9
    figures: [${figures}]${compare ? `\n    compare:\n      - ${compare}` : ''}`;

describe('stats/source', () => {
  it('flags a number in the text that looks like a statistic', () => {
    const dir = writeModule({ blocks: `  - type: tips
    minutes: 9
    items:
      - More than 900 sessions were about this.
      - About 45% of them were boys, one in five under 14.
      - Reports doubled last year.
      - Call 0800 1111, or pay nothing, not even £100, within 24 hours. Ages 11 to 13.` });
    expect(linesOf(dir, 'stats/source')).toEqual([
      `${at(dir, 'module.yaml', '900 sessions')}  warning  stats/source  "900 sessions" looks like a statistic but does not come from stats.yaml`,
      `${at(dir, 'module.yaml', '45%')}  warning  stats/source  "45%" looks like a statistic but does not come from stats.yaml`,
      `${at(dir, 'module.yaml', 'one in five')}  warning  stats/source  "one in five" looks like a statistic but does not come from stats.yaml`,
      `${at(dir, 'module.yaml', 'doubled')}  warning  stats/source  "doubled" looks like a statistic but does not come from stats.yaml`,
    ]);
  });

  it('passes figures given as tokens, and reports an unknown figure under its own id', () => {
    const good = writeModule({ blocks: `  - type: tips\n    minutes: 9\n    items:\n      - Reports {{change hotline-2024 hotline-2025}}: {{stat hotline-2025}}.` });
    expect(linesOf(good, 'stats/source')).toEqual([]);
    const unknown = writeModule({ blocks: `  - type: tips\n    minutes: 9\n    items:\n      - There were {{stat hotline-2052}}.` });
    expect(linesOf(unknown, 'stats/source')).toEqual([`${at(unknown, 'module.yaml', '{{stat')}  error  stats/source  no figure "hotline-2052" in stats.yaml`]);
  });

  it('checks that a figure\'s year fits its period', () => {
    const dir = writeModule({ blocks: statistics('half-2025'), files: { 'stats.yaml': `figures:\n${figure('half-2025', { year: 2024, period: 'January to June 2025' })}` } });
    expect(linesOf(dir, 'stats/source')).toEqual([`${at(dir, 'stats.yaml', '2024')}  warning  stats/source  "half-2025" has the year 2024, but its period is "January to June 2025"`]);
  });
});

describe('stats/compare', () => {
  it('reports the validator\'s cross-series comparison and unverified figure as stats/compare', () => {
    const files = { 'stats.yaml': `figures:\n${figure('a-2024', {})}${figure('b-2025', { year: 2025, series: 'other', publisher: 'Other' })}${figure('c-2025', { year: 2025, status: 'unverified' })}` };
    const cross = writeModule({ blocks: statistics('a-2024, b-2025', '{ from: a-2024, to: b-2025 }'), files });
    expect(linesOf(cross, 'stats/compare')).toEqual([
      `${at(cross, 'module.yaml', '{ from')}  error  stats/compare  "a-2024" (Example Hotline, reports) and "b-2025" (Other, reports) are from different series and cannot be compared`,
    ]);
    const unverified = writeModule({ blocks: statistics('c-2025'), files });
    expect(linesOf(unverified, 'stats/compare')).toEqual([`${at(unverified, 'module.yaml', 'c-2025')}  error  stats/compare  the figure "c-2025" is unverified and cannot be shown`]);
  });

  it('holds a compared series to one publisher and one kind of period, and comparisons to run forwards', () => {
    const files = { 'stats.yaml': `figures:\n${figure('a-2024', {})}${figure('a-2025', { year: 2025, publisher: 'Someone Else' })}${figure('h-2025', { year: 2025, period: 'January to June 2025' })}` };
    const mixed = writeModule({ blocks: statistics('a-2024, a-2025', '{ from: a-2024, to: a-2025 }'), files });
    expect(linesOf(mixed, 'stats/compare')).toEqual([
      `${at(mixed, 'stats.yaml', 'Someone Else')}  error  stats/compare  "a-2025" is in the series "example-hotline-reports" but its publisher is "Someone Else", not "Example Hotline" as in "a-2024"`,
      `${at(mixed, 'stats.yaml', 'January to June')}  error  stats/compare  "h-2025" covers "January to June 2025" but "a-2024", in the same series, covers the calendar year 2024`,
    ]);
    const backwards = writeModule({ blocks: statistics('hotline-2024, hotline-2025', '{ from: hotline-2025, to: hotline-2024 }') });
    expect(linesOf(backwards, 'stats/compare')).toEqual([
      `${at(backwards, 'module.yaml', '{ from')}  error  stats/compare  the comparison runs backwards: "hotline-2025" (2025) comes after "hotline-2024" (2024)`,
    ]);
  });

  it('passes a forward comparison within one series', () => {
    const dir = writeModule({ blocks: statistics('hotline-2024, hotline-2025', '{ from: hotline-2024, to: hotline-2025 }') });
    expect(linesOf(dir, 'stats/compare')).toEqual([]);
  });
});

describe('stats/stale', () => {
  const old = { 'stats.yaml': `${STATS}${figure('survey-2020', { year: 2020, series: 'survey' })}` };

  it('names the year of a figure more than 3 years before the build date', () => {
    const dir = writeModule({ blocks: statistics('survey-2020'), files: old });
    expect(linesOf(dir, 'stats/stale')).toEqual([`${at(dir, 'stats.yaml', '2020', 2)}  warning  stats/stale  "survey-2020" is from 2020, more than 3 years before 2026-11-23`]);
  });

  it('judges against the date it is given, and against the age a module sets', () => {
    const dir = writeModule({ reviewed: '2023-01-01', blocks: statistics('survey-2020'), files: old });
    expect(linesOf(dir, 'stats/stale', { today: '2023-06-01' })).toEqual([]);
    expect(linesOf(dir, 'stats/stale', { today: '2024-01-01' })).toEqual([`${at(dir, 'stats.yaml', '2020', 2)}  warning  stats/stale  "survey-2020" is from 2020, more than 3 years before 2024-01-01`]);
    const lenient = writeModule({ extra: 'check:\n  rules:\n    stats/stale: { years: 7 }', blocks: statistics('survey-2020'), files: old });
    expect(linesOf(lenient, 'stats/stale')).toEqual([]);
  });

  it('lets the older end of a comparison with a current figure pass', () => {
    const files = { 'stats.yaml': `figures:\n${figure('a-2022', { year: 2022 })}${figure('a-2025', { year: 2025 })}` };
    const dir = writeModule({ blocks: statistics('a-2022, a-2025', '{ from: a-2022, to: a-2025 }'), files });
    expect(linesOf(dir, 'stats/stale')).toEqual([]);
  });

  it('warns when the module was reviewed more than 12 months before the build date', () => {
    const dir = writeModule({ reviewed: '2025-10-01', blocks: statistics('hotline-2025') });
    expect(linesOf(dir, 'stats/stale')).toEqual([`module.yaml:4:11  warning  stats/stale  the module was last reviewed on 2025-10-01, more than 12 months before 2026-11-23`]);
    expect(linesOf(writeModule({ reviewed: '2025-11-23', blocks: statistics('hotline-2025') }), 'stats/stale')).toEqual([]);
  });
});
