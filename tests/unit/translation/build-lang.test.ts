// build --lang: Welsh outputs from the XLIFF, in their own folder; bilingual views handed to the renderers
// together; a missing translation stops the build before anything is written. Decks only (no browser), and a
// probe format that writes what its renderer was given.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputFormat } from '../../../src/formats/format.js';
import { registerFormat, unregisterFormat } from '../../../src/formats/registry.js';
import { build, editionViews } from '../../../src/pipeline/build.js';
import { checkModules } from '../../../src/pipeline/modules.js';
import { PreviewSite } from '../../../src/serve/site.js';
import { runCli } from '../../support/cli.js';
import { tempDir, treeFingerprint } from '../../support/files.js';
import { editUnits, fillAll, welshModuleCopy } from '../../support/translation.js';

const probe: OutputFormat = {
  id: 'lang-probe',
  label: 'Language probe',
  output: 'probe.json',
  filterAs: 'lang-probe',
  stylesheets: [],
  bilingual: true,
  async render(tailored, _templates, options) {
    const given = { locale: tailored.module.locale, title: tailored.module.title, draft: options.draft ?? false, welshAvailable: options.welshAvailable ?? false, second: options.second ? { locale: options.second.module.locale, title: options.second.module.title, audience: options.second.audience.id } : null };
    return { files: [{ path: 'probe.json', contents: `${JSON.stringify(given)}\n` }] };
  },
};

/** every-block with Welsh listed, translated ("CY: …", in `state`), the probe added to the parents' formats. */
async function translatedModule(state = 'final'): Promise<{ modulesDir: string; dir: string }> {
  const dir = welshModuleCopy();
  const file = path.join(dir, 'module.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('formats: [deck, handout]', 'formats: [deck, handout, lang-probe]'));
  const modulesDir = path.dirname(dir);
  expect((await runCli(['translate', 'every-block', '--lang', 'cy', '--modules-dir', modulesDir])).code).toBe(0);
  fillAll(dir, state);
  return { modulesDir, dir };
}

const readProbe = (outDir: string, ...folder: string[]) => JSON.parse(fs.readFileSync(path.join(outDir, 'every-block', ...folder, 'probe.json'), 'utf8'));

describe('build --lang', () => {
  beforeAll(() => registerFormat(probe));
  afterAll(() => unregisterFormat('lang-probe'));

  it('writes Welsh outputs under <module>/cy/, made from the XLIFF, the same bytes when built again from scratch', async () => {
    const { modulesDir } = await translatedModule('final');
    const outs = [path.join(tempDir(), 'out'), path.join(tempDir(), 'out')];
    for (const outDir of outs) {
      const result = await runCli(['build', '--lang', 'cy', '--format', 'deck,lang-probe', '--modules-dir', modulesDir, '--out', outDir, '--date', '2026-11-23']);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`built ${path.relative(process.cwd(), path.join(outDir, 'every-block/cy/parents/deck/index.html'))}`);
      expect(result.out).not.toContain('draft');
    }
    expect(treeFingerprint(outs[1]!)).toBe(treeFingerprint(outs[0]!));
    const deck = fs.readFileSync(path.join(outs[0]!, 'every-block/cy/parents/deck/index.html'), 'utf8');
    expect(deck).toContain('CY: Stop replying.');
    expect(deck).not.toMatch(/>\s*Stop replying\.\s*</);
    expect(fs.existsSync(path.join(outs[0]!, 'every-block/parents'))).toBe(false);
    expect(readProbe(outs[0]!, 'cy', 'parents')).toMatchObject({ locale: 'cy', title: expect.stringMatching(/^CY: /), draft: false, second: null });
  });

  it('says in one line that Welsh outputs are a draft, and tells the renderers', async () => {
    const { modulesDir } = await translatedModule('translated');
    const outDir = path.join(tempDir(), 'out');
    const result = await runCli(['build', '--lang', 'cy', '--format', 'lang-probe', '--modules-dir', modulesDir, '--out', outDir, '--date', '2026-11-23']);
    expect(result.code).toBe(0);
    expect(result.out.match(/draft/g)).toHaveLength(1);
    expect(result.out).toMatch(/\nWelsh outputs of every-block are a draft: (\d+) of \1 texts not yet reviewed \(XLIFF state final or signed-off\)\n/);
    expect(readProbe(outDir, 'cy', 'parents').draft).toBe(true);
  });

  it('stops with exit 1 on a missing Welsh text, at its XLIFF line, and writes nothing', async () => {
    const { modulesDir, dir } = await translatedModule();
    editUnits(dir, (u) => (u.id === 'sections/why.md/p6' ? { ...u, target: '' } : u));
    const outDir = path.join(tempDir(), 'out');
    const result = await runCli(['build', '--lang', 'cy', '--format', 'deck', '--modules-dir', modulesDir, '--out', outDir, '--date', '2026-11-23']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/every-block\/translations\/cy\.xlf:\d+:9 {2}error {2}translation\/missing {2}no Welsh for "sections\/why.md\/p6"/);
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('hands each audience\'s two views to the renderers for bilingual outputs, the first language leading, under <module>/cy-en/', async () => {
    const { modulesDir } = await translatedModule();
    const outDir = path.join(tempDir(), 'out');
    for (const [lang, folder, lead, second] of [['cy,en', 'cy-en', 'cy', 'en-GB'], ['en,cy', 'en-cy', 'en-GB', 'cy']] as const) {
      const result = await build({ modules: [], modulesDir, outDir, theme: 'default', dryRun: false, formats: ['lang-probe'], languages: lang.split(',') as ('en' | 'cy')[], date: '2026-11-23' });
      expect(result.planned).toEqual([{ module: 'every-block', audience: 'parents', edition: folder, format: 'lang-probe', path: 'probe.json' }]);
      expect(readProbe(outDir, folder, 'parents')).toMatchObject({ locale: lead, second: { locale: second, audience: 'parents' } });
    }
  });

  it('refuses bilingual outputs in a format that cannot lay out two languages, rather than make a one-language one', async () => {
    const { modulesDir } = await translatedModule();
    const outDir = path.join(tempDir(), 'out');
    // A lesson plan is taught in one language: it has no bilingual layout.
    const result = await runCli(['build', '--lang', 'cy,en', '--format', 'lesson-plan,lang-probe', '--modules-dir', modulesDir, '--out', outDir, '--date', '2026-11-23']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('bilingual outputs (--lang cy,en) cannot be made yet as lesson-plan');
    expect(result.err).toContain('or ask only for lang-probe with --format');
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('rebuilds Welsh outputs, not English ones, when only the translation changes', async () => {
    const { modulesDir, dir } = await translatedModule();
    const outDir = path.join(tempDir(), 'out');
    const run = (...lang: string[]) => runCli(['build', ...lang, '--format', 'lang-probe', '--modules-dir', modulesDir, '--out', outDir, '--date', '2026-11-23']);
    await run();
    await run('--lang', 'cy');
    editUnits(dir, (u) => (u.id === 'title' ? { ...u, target: 'CY: Cadw’n ddiogel' } : u));
    expect((await run()).out).toContain('0 outputs written, 1 up to date');
    expect((await run('--lang', 'cy')).out).toContain('1 output written');
    expect(readProbe(outDir, 'cy', 'parents').title).toBe('CY: Cadw’n ddiogel');
  });

  it('tells the renderers of English outputs built for Wales that the module is in Welsh too', async () => {
    const { dir } = await translatedModule();
    const [views] = checkModules([dir]).views;
    expect(editionViews({ languages: ['en'], nation: 'wales' }, views!).welshAvailable).toBe(true);
    expect(editionViews({ languages: ['en'] }, views!).welshAvailable).toBe(false); // the fixture's nation is England
    expect(editionViews({ languages: ['en'], nation: 'england' }, views!).welshAvailable).toBe(false);
  });

  it('serve --lang cy previews the Welsh, draft mark and all, and shows a missing text as the module\'s problem', async () => {
    const { modulesDir, dir } = await translatedModule('translated');
    const site = new PreviewSite({ modules: [], modulesDir, outDir: tempDir(), theme: 'default', dryRun: false, date: '2026-11-23', languages: ['cy'] });
    site.loadAll();
    const output = await site.output({ module: 'every-block', audience: 'parents', format: 'lang-probe' });
    expect(JSON.parse(String(output!.files.get('probe.json')!.contents))).toMatchObject({ locale: 'cy', title: expect.stringMatching(/^CY: /), draft: true });
    editUnits(dir, (u) => (u.id === 'title' ? { ...u, target: '' } : u));
    expect(site.refreshModule('every-block')).toBe('broken');
    expect(site.modules.get('every-block')!.findings).toEqual([expect.objectContaining({ rule: 'translation/missing' })]);
  });
});
