// The JSON schemas editors use for brand files, themes and workshopkit.config.yaml: in step with the code,
// and the shipped themes and the example brand pass them.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lookJsonSchemas } from '../../../src/theme/json-schemas.js';
import { availableThemes } from '../../../src/theme/load-theme.js';
import { FIXTURES, ROOT } from '../../support/cli.js';

// Ajv is CommonJS; require gives the class itself: the default build, JSON Schema draft 7, as the schemas declare.
const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;

describe('the JSON schemas of the look', () => {
  it('are in step with the code', () => {
    for (const [name, schema] of Object.entries(lookJsonSchemas())) {
      const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8'));
      expect(committed, `schemas/${name} is out of date: run "npx workshopkit schema"`).toEqual(schema);
    }
  });

  it('accept the shipped themes, the example brand and a config file, and refuse a mistake', () => {
    const ajv = new Ajv({ allErrors: true });
    const schemas = lookJsonSchemas();
    const check = (schema: string, file: string) => ajv.validate(schemas[schema] as object, parse(fs.readFileSync(file, 'utf8')));
    for (const theme of availableThemes()) expect(check('theme.schema.json', path.join(ROOT, 'themes', theme, 'theme.yaml')), theme).toBe(true);
    expect(check('brand.schema.json', path.join(FIXTURES, 'brands/northshire/brand.yaml'))).toBe(true);
    expect(ajv.validate(schemas['workshopkit-config.schema.json'] as object, { theme: 'high-contrast', brand: 'brand.yaml' })).toBe(true);
    expect(ajv.validate(schemas['brand.schema.json'] as object, { name: 'X', colours: { primary: 'purple' } })).toBe(false);
    expect(ajv.validate(schemas['workshopkit-config.schema.json'] as object, { brnad: 'brand.yaml' })).toBe(false);
  });
});
