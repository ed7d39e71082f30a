import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModule } from '../../../src/module/load.js';
import { validateModule } from '../../../src/module/validate.js';
import { formatFinding } from '../../../src/errors/report.js';
import { BROKEN, GOOD, ROOT } from '../../support/cli.js';

const check = (dir: string) => validateModule(loadModule(dir)).findings.map((f) => formatFinding({ ...f, file: path.relative(ROOT, path.resolve(ROOT, f.file)) }));

describe('validate', () => {
  it('accepts the fixture that uses every block type', () => {
    const result = validateModule(loadModule(path.join(GOOD, 'every-block')));
    expect(result.findings).toEqual([]);
    expect(result.module?.source.blocks.map((b) => b.type)).toEqual(expect.arrayContaining([
      'title', 'agenda', 'holding', 'presenters', 'definition', 'statistics', 'markdown', 'tips', 'dos-and-donts', 'signposting', 'activity', 'questions',
    ]));
  });

  // Each broken fixture breaks one rule; the message must name the right file, line and column.
  const cases: [string, string, RegExp][] = [
    ['bad-yaml', 'tests/fixtures/broken/bad-yaml/module.yaml:9:15  error  yaml/syntax', /quotes/],
    ['unknown-key', 'tests/fixtures/broken/unknown-key/module.yaml:9:5  error  schema/unknown-key  unknown key "tilte" in block [1] (tips)', /Did you mean "title"\?/],
    ['unknown-audience', 'tests/fixtures/broken/unknown-audience/module.yaml:7:3  error  module/unknown-audience  unknown audience "profesionals"', /Did you mean "professionals"\?/],
    ['missing-file', 'tests/fixtures/broken/missing-file/module.yaml:9:11  error  module/missing-file  "sections/wyh.md" does not exist', /Did you mean "sections\/why.md"\?/],
    ['unknown-stat', 'tests/fixtures/broken/unknown-stat/module.yaml:10:25  error  stats/unknown-figure  no figure "ncmec-2032" in stats.yaml', /Did you mean "ncmec-2023"\?/],
    ['unknown-block-type', 'tests/fixtures/broken/unknown-block-type/module.yaml:8:11  error  schema/unknown-block-type  unknown block type "tip"', /Did you mean "tips"\?/],
    ['outside-folder', 'tests/fixtures/broken/outside-folder/module.yaml:9:11  error  module/outside-folder', /inside its own folder/],
    ['unverified-stat', 'tests/fixtures/broken/unverified-stat/module.yaml:9:27  error  stats/unverified  the figure "uk-2022" is unverified', /status: verified/],
    ['unknown-nation', 'tests/fixtures/broken/unknown-nation/module.yaml:9:24  error  schema/invalid-value  "walse" is not allowed for block [1] (tips).nations[2]', /Did you mean "wales"\?/],
    ['cross-series-compare', 'tests/fixtures/broken/cross-series-compare/module.yaml:10:17  error  stats/compare', /one publisher and one measure/],
  ];
  for (const [name, head, hint] of cases) {
    it(`reports ${name} at its file, line and column`, () => {
      const messages = check(path.join(BROKEN, name));
      expect(messages[0]).toContain(head);
      expect(messages[0]).toMatch(hint);
    });
  }

  it('reports a misspelt nation in resources.yaml at its line and column too', () => {
    expect(check(path.join(BROKEN, 'unknown-nation'))[1]).toBe(
      'tests/fixtures/broken/unknown-nation/resources.yaml:15:15  error  schema/invalid-value  "Wales" is not allowed for resources[2].nations[1]\n    hint: Did you mean "wales"?');
  });

  it('reports the second audience typo inside a list item', () => {
    const messages = check(path.join(BROKEN, 'unknown-audience'));
    expect(messages[1]).toContain('module.yaml:13:21  error  module/unknown-audience  "parnets" is not one of this module\'s audiences');
  });

  it('reports one finding per bad line, not one per parser complaint', () => {
    expect(check(path.join(BROKEN, 'bad-yaml'))).toHaveLength(1);
  });
});
