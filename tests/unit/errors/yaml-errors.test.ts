// The parser's complaints in plain words, with what to change, and one finding for one mistake.
import { describe, expect, it } from 'vitest';
import { YamlSource } from '../../../src/source/source-text.js';
import { yamlData } from '../../../src/source/yaml-errors.js';
import { formatFinding } from '../../../src/errors/report.js';
import { parseSection } from '../../../src/module/sections.js';

const findings = (text: string) => new YamlSource('m.yaml', text).syntaxFindings().map(formatFinding);

describe('YAML errors in plain words', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a colon inside a value (BLOCK_AS_IMPLICIT_KEY)', 'title: Sextortion: what to do\nlocale: en-GB\n',
      'm.yaml:1:8  error  yaml/syntax  this value has ": " in it, which YAML reads as the start of another key', /hint: Put the value in quotes: title: "Sextortion: what to do"/],
    ['text run on without indentation (MULTILINE_IMPLICIT_KEY)', 'title: one\nthis goes on\n  text: x\n',
      'm.yaml:2:1  error  yaml/syntax  this line is neither "key: value" nor indented under the line above', /indented further than its key; or write "key: >"/],
    ['a list item where a key belongs (MULTILINE_IMPLICIT_KEY)', 'a: 1\n- b\n',
      'm.yaml:2:1  error  yaml/syntax  a list item ("- ...") where a "key: value" line was expected', /under a key that ends with ":"/],
    ['a key out of line (BAD_INDENT)', 'a:\n  b: 1\n c: 2\n',
      'm.yaml:3:2  error  yaml/syntax  this key is not lined up with the keys above it', /exactly as many spaces/],
    ['a list item out of line (BAD_INDENT)', 'blocks:\n  - type: tips\n    items: [a]\n   - type: x\n',
      'm.yaml:4:4  error  yaml/syntax  this list item is not lined up with the items above it', /exactly as many spaces/],
    ['an unclosed [ list (BAD_INDENT)', 'list: [a, b\nnext: 1\n',
      'm.yaml:1:7  error  yaml/syntax  the [ list ] that starts here is not closed', /Close it with "\]"/],
    ['a tab (TAB_AS_INDENT)', 'a:\n\tb: 1\n', 'm.yaml:2:1  error  yaml/syntax  this line is indented with a tab', /spaces only/],
    ['an unclosed quote (MISSING_CHAR)', 'title: "Hello\nnext: 1\n', 'm.yaml:1:8  error  yaml/syntax  a quoted value is not closed', /closing quote/],
    ['a bad escape (BAD_DQ_ESCAPE)', 'a: "C:\\qdir"\n', 'm.yaml:1:7  error  yaml/syntax  "\\q" is not an escape YAML knows inside double quotes', /single quotes/],
    ['a reserved first character (BAD_SCALAR_START)', 'a: @handle\n', 'm.yaml:1:4  error  yaml/syntax  a value cannot start with "@" unless it is quoted', /double quotes/],
    ['text after a quoted value (UNEXPECTED_TOKEN)', 'a: "x" y\n', 'm.yaml:1:8  error  yaml/syntax  there is more text after the closing quote', /inside the quotes/],
    ['a second document (MULTIPLE_DOCS)', 'a: 1\n---\nb: 2\n', 'm.yaml:2:1  error  yaml/syntax  a line "---" starts a second document in this file', /one document/],
    ['a repeated key (DUPLICATE_KEY)', 'a: 1\nb: 2\na: 3\n', 'm.yaml:3:1  error  yaml/duplicate-key  "a" is already defined at line 1', /keeps only one/],
  ];
  for (const [name, text, head, hint] of cases) {
    it(name, () => {
      const [first, ...rest] = findings(text);
      expect(first!.split('\n')[0]).toBe(head);
      expect(first).toMatch(hint);
      expect(rest).toEqual([]);
    });
  }

  it('never says the parser\'s own words for the codes it explains', () => {
    for (const [, text] of cases) expect(findings(text).join('\n')).not.toMatch(/compact mappings|Implicit keys|Map keys must be unique|Unexpected|Nested mappings/);
  });

  it('reports one mistake once, though the parser complains three times', () => {
    const source = new YamlSource('m.yaml', 'a: 1\n- b\nc: 2\n');
    expect(source.doc.errors.length).toBeGreaterThanOrEqual(3);
    expect(source.syntaxFindings()).toHaveLength(1);
  });

  it('keeps every repeated key, each its own mistake', () => {
    expect(findings('a: 1\nb: 2\na: 3\nb: 4\n').map((f) => f.split('\n')[0])).toEqual([
      'm.yaml:3:1  error  yaml/duplicate-key  "a" is already defined at line 1',
      'm.yaml:4:1  error  yaml/duplicate-key  "b" is already defined at line 2',
    ]);
  });

  it('refuses an alias bomb and an alias to nothing as findings, not exceptions', () => {
    const bomb = new YamlSource('m.yaml', 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n');
    expect(yamlData(bomb).findings.map(formatFinding)[0]).toMatch(/^m\.yaml:2:8 {2}error {2}yaml\/aliases/);
    const dangling = new YamlSource('m.yaml', 'a: 1\nb: *nope\n');
    expect(yamlData(dangling).findings.map(formatFinding)[0]).toMatch(/^m\.yaml:2:4 {2}error {2}yaml\/syntax {2}\*nope refers to no anchor &nope above it/);
  });

  it('says a mistake in a section\'s front matter in the same plain words, at its place in the file', () => {
    const text = '---\ntitle: Why: it happens\nminutes: 3\n---\n# Why\n';
    const section = parseSection(text);
    expect(section.frontMatterError?.message).toMatch(/^this value has ": " in it.*Put the value in quotes: title: "Why: it happens"/);
    expect(text.slice(section.frontMatterError?.offset)).toMatch(/^Why: it happens/);
    expect(section.slides.map((s) => s.markdown)).toEqual(['# Why']);
  });
});
