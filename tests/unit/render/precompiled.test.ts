// The templates precompiled with dist/: every template is there, found by its exact text only, with what
// the template checks need. (That they render the same bytes is held by the dist/ test in e2e/bin.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '../../../src/project-root.js';
import { precompiledFor, precompileTemplates, type PrecompiledTable } from '../../../src/render/precompiled.js';
import { templateFacts } from '../../../src/render/template-errors.js';
import { tempDir } from '../../support/files.js';

const templateFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templateFiles(path.join(dir, e.name)) : e.name.endsWith('.hbs') ? [path.join(dir, e.name)] : []));

/** The table as dist/ loads it: the generated CommonJS source, run. */
function tableFrom(source: string): PrecompiledTable {
  const module = { exports: {} as PrecompiledTable };
  new Function('module', source)(module);
  return module.exports;
}

describe('templates precompiled with dist/', () => {
  const table = tableFrom(precompileTemplates(TEMPLATES_DIR));
  const files = templateFiles(TEMPLATES_DIR);

  it('holds every template, with the partials and helper calls the checks read', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(Object.keys(table)).toHaveLength(new Set(files.map((f) => fs.readFileSync(f, 'utf8'))).size);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const found = precompiledFor(text, table);
      expect(found, file).toBeDefined();
      expect(found!.facts, file).toEqual(templateFacts(Handlebars.parse(text)));
    }
  });

  it('renders as the template compiled from its text does', () => {
    const text = '<p>{{#if name}}{{name}}{{else}}nobody{{/if}}</p>{{#each items}}<i>{{this}}</i>{{/each}}';
    const own = tableFrom(precompileTemplates(writeTemplates({ 'x/layout.hbs': text })));
    const hbs = Handlebars.create();
    const context = { name: '<Sam & Alex>', items: ['a', 'b'] };
    expect(hbs.template(precompiledFor(text, own)!.spec)(context)).toBe(hbs.compile(text, { strict: false, noEscape: false })(context));
  });

  it('is not found for a template changed since, which is then compiled from its own text', () => {
    const text = fs.readFileSync(path.join(TEMPLATES_DIR, 'slides-pdf', 'layout.hbs'), 'utf8');
    expect(precompiledFor(text, table)).toBeDefined();
    expect(precompiledFor(`${text}\n`, table)).toBeUndefined();
  });

  it('leaves out a template that does not parse, for the build to report at its line', () => {
    const own = tableFrom(precompileTemplates(writeTemplates({ 'x/layout.hbs': '{{#if a}}never closed', 'x/fine.hbs': '{{a}}' })));
    expect(Object.keys(own)).toHaveLength(1);
    expect(precompiledFor('{{a}}', own)).toBeDefined();
  });

  it('is not there beside the TypeScript sources: a build from them compiles every template', () => {
    expect(precompiledFor(fs.readFileSync(path.join(TEMPLATES_DIR, 'slides-pdf', 'layout.hbs'), 'utf8'))).toBeUndefined();
  });
});

function writeTemplates(files: Record<string, string>): string {
  const dir = tempDir('workshopkit-templates-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
