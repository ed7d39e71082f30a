// The JSON schemas in schemas/ as other tools read them: default Ajv (JSON Schema draft 7, what ajv-cli uses)
// compiles every one; each shipped module, theme and brand passes the schema it names; whatever the code
// accepts, its schema accepts too; and the first-line comment the YAML language server reads names a schema
// that is there, from every file that has one and from every file `workshopkit new` writes.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { brandSchema } from '../../../src/brand/brand-schema.js';
import { moduleSchema, resourcesFileSchema, statsFileSchema, terminologySchema } from '../../../src/schema/module-schema.js';
import { themeSchema } from '../../../src/theme/theme-schema.js';
import { audienceDefaultsSchema, audienceFileSchema } from '../../../src/schema/audience-schema.js';
import { FIXTURES, GOOD, ROOT, runCli } from '../../support/cli.js';
import { tempDir } from '../../support/files.js';

// Ajv is CommonJS; require gives the class itself. Its default export is the draft-07 validator.
const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;

const SCHEMAS = path.join(ROOT, 'schemas');
const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$/;

/** Which code schema checks which file, by the file's name: the JSON schema must never refuse what it accepts. */
const CODE_SCHEMAS: Record<string, { file: RegExp; code: z.ZodType }> = {
  'module.schema.json': { file: /(^|\/)module\.yaml$/, code: moduleSchema },
  'stats.schema.json': { file: /(^|\/)stats\.yaml$/, code: statsFileSchema },
  'resources.schema.json': { file: /(^|\/)resources\.yaml$/, code: resourcesFileSchema },
  'terminology.schema.json': { file: /(^|\/)terminology\.yaml$/, code: terminologySchema },
  'theme.schema.json': { file: /(^|\/)theme\.yaml$/, code: themeSchema },
  'brand.schema.json': { file: /(^|\/)brand\.yaml$/, code: brandSchema },
  'audience.schema.json': { file: /(^|\/)audiences\/[a-z0-9-]+\.yaml$/, code: audienceFileSchema },
  'audience-defaults.schema.json': { file: /(^|\/)audiences\/_defaults\.yaml$/, code: audienceDefaultsSchema },
};

const schemaFiles = () => fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).sort();
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const readYaml = (file: string) => parse(fs.readFileSync(file, 'utf8')) as unknown;

/** Every file under a folder, relative to ROOT, skipping what is not the project's own. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.lstatSync(path.join(ROOT, f)).isFile());
}

const compiled = new Map<string, ReturnType<InstanceType<typeof Ajv>['compile']>>();
/** The validator of one schema file, compiled once by its own default Ajv. */
function validatorOf(name: string) {
  if (!compiled.has(name)) compiled.set(name, new Ajv().compile(readJson(path.join(SCHEMAS, name))));
  return compiled.get(name)!;
}

/** The schema a YAML file names on its first line, as the YAML language server reads it; undefined if none. */
function modelineOf(file: string): string | undefined {
  const first = fs.readFileSync(file, 'utf8').split('\n', 1)[0]!;
  return MODELINE.exec(first)?.[1];
}

describe('the schemas in schemas/', () => {
  it('declare JSON Schema draft 7, and default Ajv compiles each one', () => {
    const names = schemaFiles();
    expect(names).toEqual(['audience-defaults.schema.json', 'audience.schema.json', 'brand.schema.json', 'module.schema.json', 'resources.schema.json', 'stats.schema.json', 'terminology.schema.json', 'theme.schema.json', 'workshopkit-config.schema.json']);
    for (const name of names) {
      expect(readJson(path.join(SCHEMAS, name))['$schema'], name).toBe('http://json-schema.org/draft-07/schema#');
      expect(() => validatorOf(name), name).not.toThrow();
    }
  });

  it('accept every shipped module, theme and the example brand, and the checker\'s list of terms', () => {
    const shipped = [
      ...['modules', 'themes', 'tests/fixtures/good'].flatMap(filesUnder).filter((f) => f.endsWith('.yaml')),
      'src/check/data/terminology.yaml',
      'tests/fixtures/brands/northshire/brand.yaml',
    ];
    const checked: string[] = [];
    for (const [name, { file }] of Object.entries(CODE_SCHEMAS)) {
      const validate = validatorOf(name);
      for (const yamlFile of shipped.filter((f) => file.test(f))) {
        expect(validate(readYaml(path.join(ROOT, yamlFile))), `${yamlFile}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked.push(yamlFile);
      }
    }
    // Every shipped YAML file had a schema: none was left out by its name.
    expect(checked.sort()).toEqual(shipped.sort());
  });

  it('accept every fixture the code accepts, and refuse the shape mistakes the code refuses', () => {
    const fixtures = ['tests/fixtures/brands', 'tests/fixtures/broken', 'tests/fixtures/themes', 'tests/fixtures/check'].flatMap(filesUnder).filter((f) => f.endsWith('.yaml'));
    const refusedByBoth: string[] = [];
    for (const [name, { file, code }] of Object.entries(CODE_SCHEMAS)) {
      const validate = validatorOf(name);
      for (const yamlFile of fixtures.filter((f) => file.test(f))) {
        let data: unknown;
        try {
          data = readYaml(path.join(ROOT, yamlFile));
        } catch {
          continue; // not YAML at all (the bad-yaml fixture): no schema is asked
        }
        const accepted = validate(data);
        if (code.safeParse(data).success) expect(accepted, `${yamlFile} passes the code but not ${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
        else if (!accepted) refusedByBoth.push(yamlFile);
      }
    }
    // An unknown key is a shape mistake an editor must underline, in a module and in a brand file.
    expect(refusedByBoth).toEqual(expect.arrayContaining(['tests/fixtures/broken/unknown-key/module.yaml', 'tests/fixtures/brands/unknown-key/brand.yaml']));
  });

  it('accept a config file and refuse a misspelt key', () => {
    const validate = validatorOf('workshopkit-config.schema.json');
    expect(validate({ theme: 'high-contrast', brand: 'brand.yaml' })).toBe(true);
    expect(validate({ brnad: 'brand.yaml' })).toBe(false);
    expect(validatorOf('brand.schema.json')({ name: 'X', colours: { primary: 'purple' } })).toBe(false);
  });

  it('refuse a link with no scheme and a date that is not one, as the code does', () => {
    const resources = validatorOf('resources.schema.json');
    const service = { id: 'x', name: 'X', what: 'Helps.', who: 'Anyone.', region: 'UK' };
    expect(resources({ resources: [{ ...service, url: 'https://example.org/', checked: '2026-09-01' }] })).toBe(true);
    expect(resources({ resources: [{ ...service, url: 'example.org' }] })).toBe(false);
    expect(resources({ resources: [{ ...service, checked: '2026-02-30' }] })).toBe(false);
    expect(resourcesFileSchema.safeParse({ resources: [{ ...service, url: 'example.org' }] }).success).toBe(false);
  });

  it('offer the nations a block, list item or service can be kept to, and refuse a misspelt one, as the code does', () => {
    const resources = validatorOf('resources.schema.json');
    const service = { id: 'x', name: 'X', what: 'Helps.', who: 'Anyone.', region: 'Wales' };
    expect(resources({ resources: [{ ...service, nations: ['wales'] }] })).toBe(true);
    for (const nations of [['Wales'], ['walse'], []]) {
      expect(resources({ resources: [{ ...service, nations }] }), JSON.stringify(nations)).toBe(false);
      expect(resourcesFileSchema.safeParse({ resources: [{ ...service, nations }] }).success).toBe(false);
    }
    const module = validatorOf('module.schema.json');
    const base = { id: 'm', title: 'M', locale: 'en-GB', reviewed: '2026-09-01', audiences: { parents: { duration: 5, formats: ['deck'] } } };
    const tips = (extra: object, item: object | string = 'Talk.') => ({ ...base, blocks: [{ type: 'tips', items: [item], ...extra }] });
    expect(module(tips({ nations: ['england', 'northern-ireland'] }, { text: 'Talk.', nations: ['scotland'] }))).toBe(true);
    expect(module(tips({ nations: ['englnd'] }))).toBe(false);
    expect(module(tips({}, { text: 'Talk.', nations: ['cymru'] }))).toBe(false);
    const nationsInJson = (readJson(path.join(SCHEMAS, 'resources.schema.json')) as { properties: { resources: { items: { properties: { nations: { items: { enum: string[] } } } } } } })
      .properties.resources.items.properties.nations.items.enum;
    expect(nationsInJson).toEqual(['england', 'wales', 'scotland', 'northern-ireland']);
  });
});

describe('the YAML language server', () => {
  /** Checks a first-line schema comment as the server reads it: relative to the file, to a schema that compiles and passes the file. */
  function expectModelineWorks(file: string, shownAt: string): void {
    const target = modelineOf(file);
    expect(target, `${shownAt} has no "# yaml-language-server: $schema=" first line`).toBeDefined();
    const schema = path.resolve(path.dirname(shownAt), target!);
    expect(path.dirname(schema), `${shownAt} names ${target}, outside schemas/`).toBe(SCHEMAS);
    expect(fs.existsSync(schema), `${shownAt} names ${target}, which is not there`).toBe(true);
    const validate = validatorOf(path.basename(schema));
    expect(validate(readYaml(file)), `${shownAt}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }

  it('finds the schema named on the first line of every shipped module, theme and brand', () => {
    const named = [...['modules', 'themes', 'tests/fixtures/good', 'src/check/data'].flatMap(filesUnder), 'tests/fixtures/brands/northshire/brand.yaml']
      .filter((f) => f.endsWith('.yaml'));
    expect(named.length).toBeGreaterThan(8);
    for (const file of named) expectModelineWorks(path.join(ROOT, file), path.join(ROOT, file));
  });

  it('finds the schemas named in a module that `workshopkit new` writes, once it is in modules/', async () => {
    const modulesDir = path.join(tempDir(), 'modules');
    const made = await runCli(['new', 'online-gaming', '--modules-dir', modulesDir]);
    expect(made.code, made.err).toBe(0);
    const written = fs.readdirSync(path.join(modulesDir, 'online-gaming')).filter((f) => f.endsWith('.yaml')).sort();
    expect(written).toEqual(['module.yaml', 'resources.yaml', 'stats.yaml']);
    for (const name of written) expectModelineWorks(path.join(modulesDir, 'online-gaming', name), path.join(ROOT, 'modules/online-gaming', name));
  });

  it('finds what the README tells editors to use: the first line and the settings for files without it', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const lines = [...readme.matchAll(/^# yaml-language-server: \$schema=(\S+)$/gm)].map((m) => m[1]!);
    expect(lines).toContain('../../schemas/module.schema.json');
    for (const target of lines) expect(fs.existsSync(path.resolve(ROOT, 'modules/sextortion', target)), target).toBe(true);
    const settings = /"yaml\.schemas": (\{[^}]*\})/.exec(readme);
    expect(settings, 'the README shows the yaml.schemas setting').not.toBeNull();
    const mapping = JSON.parse(settings![1]!) as Record<string, string>;
    for (const [schema, glob] of Object.entries(mapping)) {
      expect(fs.existsSync(path.join(ROOT, schema)), schema).toBe(true);
      const pattern = new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
      const matching = filesUnder(glob.split('/')[0]!).filter((f) => pattern.test(f));
      expect(matching.length, glob).toBeGreaterThan(0);
      const validate = validatorOf(path.basename(schema));
      for (const file of matching) expect(validate(readYaml(path.join(ROOT, file))), file).toBe(true);
    }
    // The line for a brand, theme or config file, "relative to the file": from a brand.yaml at the top of a project.
    expect(readme).toContain('# yaml-language-server: $schema=schemas/brand.schema.json');
    expect(fs.existsSync(path.join(ROOT, 'schemas/brand.schema.json'))).toBe(true);
  });

  it('would notice a first line that names a schema that is not there', () => {
    const file = path.join(tempDir(), 'module.yaml');
    fs.writeFileSync(file, '# yaml-language-server: $schema=../../schemas/modul.schema.json\nid: x\n');
    expect(() => expectModelineWorks(file, path.join(ROOT, 'modules/x/module.yaml'))).toThrow(/not there/);
  });
});
