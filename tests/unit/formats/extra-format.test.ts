// A format is one file: this test adds one (a plain-text outline, a line per block) inside the test, and
// builds it through the build and through the preview, with no other file changed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputFormat } from '../../../src/formats/format.js';
import { allFormats, printsAny, registerFormat, unregisterFormat } from '../../../src/formats/registry.js';
import { build } from '../../../src/pipeline/build.js';
import { PreviewSite } from '../../../src/serve/site.js';
import { GOOD } from '../../support/cli.js';
import { copyModule, tempDir } from '../../support/files.js';

const outline: OutputFormat = {
  id: 'outline',
  label: 'Outline',
  output: 'outline.txt',
  filterAs: 'outline',
  stylesheets: [],
  async render(tailored) {
    const lines = tailored.blocks.map((block) => block.title ?? block.type);
    return { files: [{ path: 'outline.txt', contents: `${tailored.module.title}: ${tailored.audience.label}\n${lines.map((l) => `- ${l}`).join('\n')}\n` }] };
  },
};

/** every-block, with the outline added to the parents' formats. */
function moduleWithOutline(): { modulesDir: string; dir: string } {
  const modulesDir = path.join(tempDir(), 'modules');
  const dir = copyModule(path.join(GOOD, 'every-block'), modulesDir);
  const file = path.join(dir, 'module.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('formats: [deck, handout]', 'formats: [deck, handout, outline]'));
  return { modulesDir, dir };
}

describe('a format added in one place', () => {
  beforeAll(() => registerFormat(outline));
  afterAll(() => unregisterFormat('outline'));

  it('is known to the registry, and does not need a browser', () => {
    expect(allFormats().map((f) => f.id)).toContain('outline');
    expect(printsAny(['outline'])).toBe(false);
  });

  it('is built by build, beside the other formats, and only when asked for', async () => {
    const { modulesDir } = moduleWithOutline();
    const outDir = path.join(tempDir(), 'out');
    const result = await build({ modules: [], modulesDir, outDir, theme: 'default', dryRun: false, formats: ['outline', 'deck'], date: '2026-11-23' });
    expect(result.planned.filter((p) => p.format === 'outline')).toEqual([{ module: 'every-block', audience: 'parents', format: 'outline', path: 'outline.txt' }]);
    const text = fs.readFileSync(path.join(outDir, 'every-block', 'parents', 'outline.txt'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Staying safe from online scams: Parents and carers');
    // One line per block the parents see, the help last, as the tailor placed them.
    expect(lines.length).toBe(result.models.find((m) => m.audience.id === 'parents')!.blocks.length + 1);
    expect(lines.at(-1)).toMatch(/^- /);
    expect(fs.existsSync(path.join(outDir, 'every-block', 'parents', 'deck', 'index.html'))).toBe(true);
  });

  it('is rendered by the preview when its page is asked for', async () => {
    const { modulesDir } = moduleWithOutline();
    const site = new PreviewSite({ modules: [], modulesDir, outDir: tempDir(), theme: 'default', dryRun: false, date: '2026-11-23' });
    site.loadAll();
    expect(site.modules.get('every-block')!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const output = await site.output({ module: 'every-block', audience: 'parents', format: 'outline' });
    expect(String(output!.files.get('outline.txt')!.contents)).toMatch(/^Staying safe from online scams: Parents and carers\n- /);
  });

  it('is refused by the schema again once it is taken out', async () => {
    unregisterFormat('outline');
    try {
      const { modulesDir } = moduleWithOutline();
      await expect(build({ modules: [], modulesDir, outDir: tempDir(), theme: 'default', dryRun: true, date: '2026-11-23' }))
        .rejects.toMatchObject({ findings: [expect.objectContaining({ rule: 'schema/invalid-value', message: expect.stringContaining('"outline" is not allowed') })] });
    } finally {
      registerFormat(outline);
    }
  });
});
