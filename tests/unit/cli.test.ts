import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../../src/schema/module-schema.js';
import { BROKEN, GOOD, ROOT, runCli } from '../support/cli.js';
import { tempDir } from '../support/files.js';

describe('the command line', () => {
  it('exits 2 with a suggestion for a misspelt command, option, audience or format', async () => {
    const command = await runCli(['biuld']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/Did you mean build\?/i);

    const audience = await runCli(['build', '--modules-dir', GOOD, '--audience', 'parnets', '--dry-run']);
    expect(audience.code).toBe(2);
    expect(audience.err).toContain('no module here has the audience "parnets"');
    expect(audience.err).toContain('Did you mean "parents"?');

    const format = await runCli(['build', '--modules-dir', GOOD, '--format', 'handuot', '--dry-run']);
    expect(format.code).toBe(2);
    expect(format.err).toContain('Did you mean "handout"?');

    const module = await runCli(['build', 'every-blok', '--modules-dir', GOOD, '--dry-run']);
    expect(module.code).toBe(2);
    expect(module.err).toContain('Did you mean "every-block"?');
  });

  it('exits 2, writing nothing, when the audiences asked for get none of the formats asked for', async () => {
    const out = tempDir();
    const result = await runCli(['build', '--modules-dir', GOOD, '--audience', 'parents', '--format', 'slides-pdf', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('nothing to build: no audience asked for gets slides-pdf');
    expect(result.err).toContain('every-block, parents: deck, handout');
    expect(result.err).toContain('add slides-pdf to audiences.parents.formats in');
    expect(fs.readdirSync(out)).toEqual([]);
    // One audience asked for that does get it is enough.
    expect((await runCli(['build', '--modules-dir', GOOD, '--audience', 'parents,webinar', '--format', 'slides-pdf', '--dry-run'])).code).toBe(0);
  });

  it('exits 1 with file:line:col and no stack trace for a content error', async () => {
    const result = await runCli(['build', path.join(BROKEN, 'unknown-key'), '--out', tempDir()]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('unknown-key/module.yaml:9:5  error  schema/unknown-key');
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('check reports every problem of every module and exits 1', async () => {
    const result = await runCli(['check', '--modules-dir', BROKEN]);
    expect(result.code).toBe(1);
    // Each fixture breaks one thing, in module.yaml or in another of its files.
    for (const name of fs.readdirSync(BROKEN)) expect(result.out).toContain(`broken/${name}/`);
    expect((await runCli(['check', '--modules-dir', GOOD])).code).toBe(0);
  });

  it('lists modules, audiences and formats', async () => {
    const result = await runCli(['list', '--modules-dir', GOOD]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/every-block: Staying safe from online scams/);
    expect(result.out).toMatch(/pupils-11-13\s+25 min\s+deck/);
  });

  it('dry run prints the tailored models and writes nothing', async () => {
    const out = tempDir();
    const result = await runCli(['build', '--modules-dir', GOOD, '--out', out, '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { models: { audience: { id: string } }[] };
    expect(json.models.map((m) => m.audience.id)).toEqual(['parents', 'webinar', 'pupils-11-13']);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('keeps the committed JSON schemas in step with the schema in the code', () => {
    for (const [name, schema] of Object.entries(buildJsonSchemas())) {
      const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8'));
      expect(committed, `schemas/${name} is out of date: run "npx workshopkit schema"`).toEqual(schema);
    }
  });
});
