// `check` with no nation asked for checks the build for each nation a module keeps content to. Each nation's
// build reuses what the first worked out for the texts they share (src/check/texts.ts and the rules' memos):
// these tests hold that a problem only one nation's build shows is still found, once, at its place, and that
// nothing remembered from one module or one reading of a file stands in for another's text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModules } from '../../../src/pipeline/modules.js';
import { TODAY, at, check, line, writeModule } from './support.js';

const KEPT_TO_WALES = '  - type: tips\n    minutes: 4\n    items:\n      - Talk often.\n      - text: Sexting is what careless pupils do.\n        nations: [wales]';
const BLAMING = 'language/victim-blaming';
const TERMS = 'language/terminology';

/** A module whose Welsh words for {{var lead}} are `wales`; a list item kept to Wales makes `check` build for Wales. */
const withLead = (wales: string, name = 'sample') =>
  writeModule({
    extra: `variables:\n  lead:\n    england: the safeguarding lead\n    wales: ${wales}`,
    blocks: '  - type: tips\n    minutes: 9\n    items:\n      - Tell {{var lead}} at once.\n      - text: Ask for help.\n        nations: [wales]',
  }, name);

const ofRules = (lines: string[], ...rules: string[]) => lines.filter((l) => rules.some((rule) => l.includes(`  ${rule}  `)));

describe('check of every nation a module keeps content to', () => {
  it('reports a problem only the build for Wales shows once, at its place', () => {
    const dir = writeModule({ blocks: KEPT_TO_WALES });
    const expected = [
      `${at(dir, 'module.yaml', 'Sexting')}  warning  ${TERMS}  avoid "Sexting": say sharing nudes and semi-nudes`,
      `${at(dir, 'module.yaml', 'careless')}  warning  ${BLAMING}  "careless" blames the victim; say what happened instead`,
    ];
    expect(ofRules(check(dir, { everyNation: true }).lines, BLAMING, TERMS)).toEqual(expected);
    // England's build alone does not show the item.
    expect(ofRules(check(dir).lines, BLAMING, TERMS)).toEqual([]);
    // Asked again, the same findings in the same order: nothing remembered is reported twice or lost.
    const first = check(dir, { everyNation: true }).findings;
    expect(check(dir, { everyNation: true }).findings).toEqual(first);
  });

  it('reports a problem in the words a nation gives a {{var}} at the token, once', () => {
    const dir = withLead('the sexting lead');
    expect(ofRules(check(dir, { everyNation: true }).lines, TERMS)).toEqual([
      `${at(dir, 'module.yaml', '{{var lead}}')}  warning  ${TERMS}  avoid "sexting": say sharing nudes and semi-nudes`,
    ]);
    expect(ofRules(check(dir).lines, TERMS)).toEqual([]);
  });

  it('does not take one module\'s filled-in text for another\'s with the same words but other values', () => {
    const fine = withLead('the designated safeguarding person', 'fine');
    const wrong = withLead('the sexting lead', 'wrong');
    for (const order of [[fine, wrong], [wrong, fine]]) {
      const { findings } = checkModules(order, { today: TODAY, everyNation: true });
      expect(findings.filter((f) => f.rule === TERMS).map((f) => path.resolve(f.file))).toEqual([path.join(wrong, 'module.yaml')]);
    }
  });

  it('finds a problem in a text changed since the last check, and forgets one that is gone', () => {
    const dir = writeModule({ blocks: KEPT_TO_WALES.replace('Sexting is what careless pupils do.', 'Sharing nudes happens.') });
    const file = path.join(dir, 'module.yaml');
    const clean = fs.readFileSync(file, 'utf8');
    expect(ofRules(check(dir, { everyNation: true }).lines, BLAMING)).toEqual([]);
    fs.writeFileSync(file, clean.replace('Sharing nudes happens.', 'Careless sharing happens.'));
    expect(ofRules(check(dir, { everyNation: true }).lines, BLAMING)).toEqual([`${at(dir, 'module.yaml', 'Careless')}  warning  ${BLAMING}  "Careless" blames the victim; say what happened instead`]);
    fs.writeFileSync(file, clean);
    expect(ofRules(check(dir, { everyNation: true }).lines, BLAMING)).toEqual([]);
  });

  it('reports each finding of a module once, whichever nations\' builds show it', () => {
    const dir = writeModule({ blocks: `${KEPT_TO_WALES}\n  - type: tips\n    minutes: 4\n    items: [A careless post spreads.]` });
    const lines = check(dir, { everyNation: true }).findings.map((f) => line(dir, f));
    expect(new Set(lines).size).toBe(lines.length);
    expect(ofRules(lines, BLAMING)).toHaveLength(2);
  });
});
