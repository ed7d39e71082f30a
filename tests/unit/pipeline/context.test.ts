import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContext } from '../../../src/pipeline/context.js';
import { tempDir } from '../../support/files.js';

const BRAND = path.resolve('tests/fixtures/brands/northshire/brand.yaml');

describe('the build context', () => {
  const base = { modules: [], modulesDir: 'modules', outDir: 'out', dryRun: true };

  it('takes a flag over workshopkit.config.yaml, and the config file over the default', () => {
    const cwd = tempDir();
    expect(resolveContext({ ...base, cwd }).theme).toBe('default');
    fs.writeFileSync(path.join(cwd, 'workshopkit.config.yaml'), `theme: high-contrast\nbrand: ${BRAND}\n`);
    const fromConfig = resolveContext({ ...base, cwd });
    expect(fromConfig.theme).toBe('high-contrast');
    expect(fromConfig.brand).toBe(BRAND);
    expect(fromConfig.look.brand?.name).toBeTruthy();
    expect(resolveContext({ ...base, cwd, theme: 'print-mono' }).theme).toBe('print-mono');
  });

  it('is resolved once and frozen: the look, its fonts, the date and the language', () => {
    const context = resolveContext({ ...base, cwd: tempDir(), theme: 'default', date: '2026-11-23' });
    expect(Object.isFrozen(context)).toBe(true);
    expect(() => Object.assign(context, { theme: 'print-mono' })).toThrow(TypeError);
    expect(context.date).toBe('2026-11-23');
    expect(context.language).toBe('en-GB');
    expect(context.look.fonts.length).toBeGreaterThan(0);
    expect(context.renderOptions.look).toBe(context.look);
  });

  it('refuses a misspelt theme or format as a usage mistake, with "did you mean"', () => {
    expect(() => resolveContext({ ...base, cwd: tempDir(), theme: 'high-contrst' })).toThrow(/there is no theme "high-contrst"/);
    try {
      resolveContext({ ...base, cwd: tempDir(), formats: ['hanout'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ message: 'unknown format "hanout"', hint: expect.stringContaining('handout') });
    }
  });

  it('reads a format\'s templates once', () => {
    const context = resolveContext({ ...base, cwd: tempDir(), theme: 'default' });
    const deck = context.formats ?? [];
    expect(deck).toEqual([]);
    const [first] = resolveContext({ ...base, cwd: tempDir(), theme: 'default', formats: ['deck'] }).formats!;
    expect(context.templatesFor(first!)).toBe(context.templatesFor(first!));
  });
});
