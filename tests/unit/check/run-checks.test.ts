// The runner: one report per spot, rule settings in module.yaml, inline excuses, the build date.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDate } from '../../../src/check/run-checks.js';
import { RULES } from '../../../src/check/registry.js';
import { CATALOGUE, ERRORS_ANCHOR, RULES_ANCHOR } from '../../../src/errors/catalogue.js';
import { ROOT } from '../../support/cli.js';
import { at, check, linesOf, writeModule } from './support.js';

const BOTH = '  parents: { duration: 10, formats: [deck] }\n  webinar: { duration: 10, formats: [deck] }';

describe('the check runner', () => {
  it('reports a problem that several audiences see once, naming them only when not everyone sees it', () => {
    const dir = writeModule({
      audiences: `${BOTH}\n  professionals: { duration: 10, formats: [deck] }`,
      blocks: `  - type: tips
    minutes: 9
    items:
      - Some call it sexting.
      - text: Others call it revenge porn.
        audiences: [parents, webinar]
  - type: dos-and-donts
    audiences: [webinar, professionals]
    minutes: 0
    do: [Report it to your designated safeguarding lead (DSL).]
    dont: [Never view, copy, print, share, store or save the imagery. This is illegal.]`,
    });
    expect(linesOf(dir, 'language/terminology')).toEqual([
      `${at(dir, 'module.yaml', 'sexting')}  warning  language/terminology  avoid "sexting": say sharing nudes and semi-nudes`,
      `${at(dir, 'module.yaml', 'revenge porn')}  warning  language/terminology  avoid "revenge porn": say intimate image abuse, or non-consensual intimate image sharing (for parents, webinar)`,
    ]);
  });

  it('gives every rule an id, a one-line doc and a level', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
      expect(rule.doc).not.toContain('\n');
      expect(['error', 'warning']).toContain(rule.severity);
    }
    expect(RULES.map((r) => r.id)).toEqual([
      'language/terminology', 'language/acronyms', 'language/victim-blaming', 'stats/source', 'stats/compare', 'stats/stale',
      'safeguarding/signposting', 'safeguarding/pupils', 'safeguarding/professionals', 'nations/england-only', 'timing/duration', 'notes/speaker', 'readability/level', 'a11y/alt-text', 'links/format',
    ]);
  });

  it('lists every rule with its doc line in the README', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('\n## ', readme.indexOf('## Rules') + 1));
    for (const rule of RULES) expect(section).toMatch(new RegExp(`^\\| \`${rule.id}\` \\| ${rule.severity}.* \\| ${rule.doc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|$`, 'm'));

    // Every other code in the catalogue is in the README's table of error codes, with its doc line.
    const errors = readme.slice(readme.indexOf('## Error codes'), readme.indexOf('\n## ', readme.indexOf('## Error codes') + 1));
    for (const entry of CATALOGUE.filter((e) => e.docs === ERRORS_ANCHOR)) {
      expect(errors).toMatch(new RegExp(`^\\| \`${entry.id}\` \\| ${entry.doc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|$`, 'm'));
    }
    // The rules' own docs are the catalogue's: one place for both.
    for (const rule of RULES) expect(CATALOGUE.find((e) => e.id === rule.id)).toMatchObject({ doc: rule.doc, docs: RULES_ANCHOR });
  });

  it('takes the build date from SOURCE_DATE_EPOCH, or today', () => {
    expect(checkDate({ SOURCE_DATE_EPOCH: '1790208000' })).toBe('2026-09-24');
    expect(checkDate({}, new Date('2027-01-02T10:00:00Z'))).toBe('2027-01-02');
  });
});

describe('rule settings in module.yaml', () => {
  const sexting = (extra: string) => writeModule({ extra, blocks: '  - type: tips\n    minutes: 9\n    items: [Some call it sexting.]' });

  it('turns a rule off, or changes its level', () => {
    expect(linesOf(sexting('check:\n  rules:\n    language/terminology: off'), 'language/terminology')).toEqual([]);
    expect(linesOf(sexting('check:\n  rules:\n    language/terminology: error'), 'language/terminology')[0]).toContain('  error  language/terminology  avoid "sexting"');
  });

  it('suggests the rule meant by a misspelt name', () => {
    const dir = sexting('check:\n  rules:\n    language/terminolgy: off');
    expect(linesOf(dir, 'check/config')).toEqual([`${at(dir, 'module.yaml', 'language/terminolgy')}  error  check/config  there is no check rule "language/terminolgy"`]);
    expect(check(dir).findings.find((f) => f.rule === 'check/config')?.hint).toContain('Did you mean "language/terminology"?');
  });

  it('refuses to lower a rule whose problems stop a build, and options a rule does not take', () => {
    const dir = sexting('check:\n  rules:\n    stats/compare: off\n    language/acronyms: { level: warning, years: 2 }\n    timing/duration: { tolerance: -1 }');
    expect(linesOf(dir, 'check/config')).toEqual([
      `${at(dir, 'module.yaml', 'stats/compare')}  warning  check/config  stats/compare cannot be set to "off": its problems stop a build`,
      `${at(dir, 'module.yaml', 'language/acronyms')}  error  check/config  language/acronyms takes no options`,
      `${at(dir, 'module.yaml', 'tolerance')}  error  check/config  timing/duration: "tolerance": Too small: expected number to be >=0`,
    ].sort());
  });

  it('rejects a level that is not off, warning or error through the schema', () => {
    const dir = sexting('check:\n  rules:\n    language/terminology: loud');
    expect(check(dir).lines[0]).toMatch(/^module\.yaml:7:\d+  error  schema\/invalid/);
  });
});

describe('inline excuses', () => {
  it('excuses the next line of Markdown for the rule it names, with its reason', () => {
    const dir = writeModule({
      blocks: '  - type: markdown\n    minutes: 9\n    file: sections/law.md',
      files: { 'sections/law.md': '## The law\n\n<!-- check-ignore-next-line language/terminology: quoting the title of an old law -->\n- The Child Porn Act is made up for this test.\n- Child porn again.\n' },
    });
    const result = check(dir);
    expect(linesOf(dir, 'language/terminology')).toEqual([`${at(dir, 'sections/law.md', 'Child porn again')}  error  language/terminology  avoid "Child porn": say child sexual abuse material (CSAM), or child sexual abuse images`]);
    expect(result.excused.map((f) => [f.rule, f.line, f.reason])).toEqual([['language/terminology', 4, 'quoting the title of an old law']]);
  });

  it('excuses a whole YAML value, block scalars included', () => {
    const dir = writeModule({
      blocks: `  - type: tips
    minutes: 9
    items: [Talk often.]
    # check-ignore-next-line language/victim-blaming, language/terminology: the notes quote what not to say
    notes: |
      Some parents think it was careless.
      Never say sexting.`,
    });
    expect(check(dir).lines).toEqual([]);
    expect(check(dir).excused.map((f) => f.rule).sort()).toEqual(['language/terminology', 'language/victim-blaming']);
  });

  it('warns about an excuse with no reason, for no rule, or for nothing', () => {
    const dir = writeModule({
      blocks: `  - type: tips
    minutes: 9
    items:
      # check-ignore-next-line language/terminology
      - Some call it sexting.
      # check-ignore-next-line language/terminolgy: a typo
      - Nothing wrong here.
      # check-ignore-next-line stats/stale: nothing stale on the next line
      - Nothing wrong here either.`,
    });
    expect(linesOf(dir, 'check/excuse')).toEqual([
      `${at(dir, 'module.yaml', '# check-ignore-next-line language/terminology')}  warning  check/excuse  the excuse for language/terminology gives no reason`,
      `${at(dir, 'module.yaml', '# check-ignore-next-line language/terminolgy')}  warning  check/excuse  there is no check rule "language/terminolgy"`,
      `${at(dir, 'module.yaml', '# check-ignore-next-line stats/stale')}  warning  check/excuse  nothing on the next line breaks stats/stale`,
    ]);
    expect(linesOf(dir, 'language/terminology')).toEqual([]);
  });
});
