// translate, and check --lang, through the command line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, runCli } from '../../support/cli.js';
import { editUnits, fillAll, lineOf, welshModuleCopy, xlfOf } from '../../support/translation.js';

describe('workshopkit translate and check --lang', () => {
  it('translate writes the file and says what is left; a wrong language or module is a usage error', async () => {
    const dir = welshModuleCopy();
    const modulesDir = path.dirname(dir);
    const first = await runCli(['translate', 'every-block', '--lang', 'cy', '--modules-dir', modulesDir]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^wrote .*every-block\/translations\/cy\.xlf: (\d+) added, 0 changed \(marked needs-translation\), 0 removed, 0 kept\n\1 units to translate into Welsh\.\n$/);
    expect(fs.existsSync(xlfOf(dir))).toBe(true);
    expect((await runCli(['translate', 'every-block', '--lang', 'cy', '--modules-dir', modulesDir])).out).toMatch(/^unchanged /);

    const unknown = await runCli(['translate', 'every-block', '--lang', 'cyy', '--modules-dir', modulesDir]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown language "cyy"');
    expect(unknown.err).toContain('Did you mean "cy"?');
    expect((await runCli(['translate', 'every-block', '--lang', 'en', '--modules-dir', modulesDir])).code).toBe(2);
    expect((await runCli(['translate', 'every-block', '--modules-dir', modulesDir])).code).toBe(2);
    expect((await runCli(['translate', 'every-blok', '--lang', 'cy', '--modules-dir', modulesDir])).err).toContain('Did you mean "every-block"?');

    // A file a tool broke is reported at its line and left as it was, never overwritten.
    const broken = fs.readFileSync(xlfOf(dir), 'utf8').replace('<body>', '<body');
    fs.writeFileSync(xlfOf(dir), broken);
    const refused = await runCli(['translate', 'every-block', '--lang', 'cy', '--modules-dir', modulesDir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/every-block\/translations\/cy\.xlf:\d+:\d+ {2}error {2}translation\/syntax {2}this is not well-formed XML/);
    expect(fs.readFileSync(xlfOf(dir), 'utf8')).toBe(broken);
  });

  it('check --lang cy reports missing units at their XLIFF lines and exits 1; complete, it passes', async () => {
    const dir = welshModuleCopy();
    const modulesDir = path.dirname(dir);
    await runCli(['translate', 'every-block', '--lang', 'cy', '--modules-dir', modulesDir]);
    fillAll(dir, 'final');
    editUnits(dir, (u) => (u.id === 'title' ? { ...u, target: ' ' } : u));
    const missing = await runCli(['check', '--lang', 'cy', '--modules-dir', modulesDir]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain(`every-block/translations/cy.xlf:${lineOf(xlfOf(dir), '<target state="final"> </target>')}:9  error  translation/missing  no Welsh for "title"`);
    // English checks do not read the translation.
    expect((await runCli(['check', '--modules-dir', modulesDir])).code).toBe(0);

    fillAll(dir, 'final');
    const complete = await runCli(['check', '--lang', 'cy,en', '--modules-dir', modulesDir]);
    expect(complete.out).not.toContain('translation/');
    expect(complete.code).toBe(0);
  });

  it('check --lang names a language a module does not have, and an unknown one, as usage errors', async () => {
    const lacks = await runCli(['check', '--lang', 'cy', '--modules-dir', GOOD]);
    expect(lacks.code).toBe(2);
    expect(lacks.err).toContain('the module "every-block" has no Welsh ("cy"): its languages are en');
    const unknown = await runCli(['check', '--lang', 'fr', '--modules-dir', GOOD]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown language "fr"');
  });

  it('a module\'s languages must include English, the language it is written in', async () => {
    const dir = welshModuleCopy();
    const file = path.join(dir, 'module.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('languages: [en, cy]', 'languages: [cy]'));
    const result = await runCli(['check', '--modules-dir', path.dirname(dir)]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`every-block/module.yaml:${lineOf(file, 'languages:')}:12  error  schema/invalid  the languages must include "en"`);
  });
});
