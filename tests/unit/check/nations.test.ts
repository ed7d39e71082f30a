import { describe, expect, it } from 'vitest';
import { RESOURCES, at, check, linesOf, writeModule } from './support.js';

const RULE = 'nations/england-only';
const UKCIS = 'Staff follow the UK Council for Internet Safety (UKCIS) guidance.';

describe('nations/england-only', () => {
  it('warns where text every nation sees names guidance for England alone, at the name', () => {
    const dir = writeModule({ blocks: `  - type: tips\n    minutes: 9\n    items: ["${UKCIS}"]` });
    expect(linesOf(dir, RULE)).toEqual([
      `${at(dir, 'module.yaml', 'UK Council')}  warning  ${RULE}  "UK Council for Internet Safety" is for England alone, but this text is in every nation's build`,
      `${at(dir, 'module.yaml', 'UKCIS')}  warning  ${RULE}  "UKCIS" is for England alone, but this text is in every nation's build`,
    ]);
  });

  it('names the nations of a block kept to some, England among others', () => {
    const dir = writeModule({ blocks: `  - type: tips\n    nations: [england, wales]\n    minutes: 9\n    items: [A PSHE lesson.]` });
    expect(linesOf(dir, RULE)).toEqual([`${at(dir, 'module.yaml', 'PSHE')}  warning  ${RULE}  "PSHE" is for England alone, but this text is in the builds for england and wales`]);
  });

  it('is quiet for a block or list item kept to England, and for words given per nation', () => {
    const kept = writeModule({ blocks: `  - type: tips\n    nations: [england]\n    minutes: 9\n    items: ["${UKCIS}"]` });
    const item = writeModule({ blocks: `  - type: tips\n    minutes: 9\n    items:\n      - text: "${UKCIS}"\n        nations: [england]\n      - Tell your safeguarding lead.` });
    const variable = writeModule({
      extra: 'variables:\n  guidance:\n    england: the UKCIS guidance\n    wales: the Welsh Government guidance',
      blocks: '  - type: tips\n    minutes: 9\n    items: ["Staff follow {{var guidance}}."]',
    });
    for (const dir of [kept, item, variable]) {
      expect(check(dir).findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(linesOf(dir, RULE)).toEqual([]);
    }
  });

  it('looks at the services a help list shows, unless they are kept to England', () => {
    const service = `  - id: ukcis
    name: Sharing nudes and semi-nudes
    what: UK Council for Internet Safety (UKCIS) guidance for England.
    who: Staff in schools
    region: England
    url: https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people
`;
    const blocks = '  - type: tips\n    minutes: 8\n    items: [Talk often.]\n  - type: signposting\n    minutes: 0\n    resources: [ukcis]';
    const open = writeModule({ blocks, files: { 'resources.yaml': RESOURCES + service } });
    expect(linesOf(open, RULE)).toEqual([
      `${at(open, 'resources.yaml', 'UK Council')}  warning  ${RULE}  "UK Council for Internet Safety" is for England alone, but this text is in every nation's build`,
      `${at(open, 'resources.yaml', 'UKCIS')}  warning  ${RULE}  "UKCIS" is for England alone, but this text is in every nation's build`,
    ]);
    const kept = writeModule({ blocks, files: { 'resources.yaml': RESOURCES + service.replace('    region: England\n', '    region: England\n    nations: [england]\n') } });
    expect(linesOf(kept, RULE)).toEqual([]);
  });

  it('checks a build for Wales without what is kept to England, and with what is kept to Wales', () => {
    const dir = writeModule({ blocks: `  - type: tips\n    nations: [england]\n    minutes: 9\n    items: ["${UKCIS}"]\n  - type: tips\n    nations: [wales]\n    minutes: 9\n    items: [A PSHE lesson.]` });
    expect(linesOf(dir, RULE)).toEqual([]);
    expect(linesOf(dir, RULE, { nation: 'wales' })).toEqual([`${at(dir, 'module.yaml', 'PSHE')}  warning  ${RULE}  "PSHE" is for England alone, but this text is in the build for wales`]);
  });

  it('is checked in the build for every nation a module keeps content to, when `check` is asked for no nation', () => {
    const dir = writeModule({ blocks: `  - type: tips\n    minutes: 9\n    items:\n      - Talk often.\n      - text: A PSHE lesson.\n        nations: [wales]` });
    const warning = `${at(dir, 'module.yaml', 'PSHE')}  warning  ${RULE}  "PSHE" is for England alone, but this text is in the build for wales`;
    expect(linesOf(dir, RULE)).toEqual([]);
    expect(linesOf(dir, RULE, { everyNation: true })).toEqual([warning]);
    // A nation asked for is the only one checked.
    expect(linesOf(dir, RULE, { everyNation: true, nation: 'england' })).toEqual([]);
  });
});
