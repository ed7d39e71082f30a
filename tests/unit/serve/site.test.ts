import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreviewSite } from '../../../src/serve/site.js';
import { GOOD } from '../../support/cli.js';
import { copyModule, tempDir } from '../../support/files.js';

function siteWithCopy() {
  const modulesDir = path.join(tempDir(), 'modules');
  const dir = copyModule(path.join(GOOD, 'every-block'), modulesDir);
  const site = new PreviewSite({ modules: [], modulesDir, outDir: tempDir(), theme: 'default', dryRun: false });
  site.loadAll();
  return { site, dir };
}

const deck = { module: 'every-block', audience: 'parents', format: 'deck' } as const;
const handout = { module: 'every-block', audience: 'parents', format: 'handout' } as const;

describe('the preview in memory', () => {
  it('renders an output only when it is asked for, and the same output once', async () => {
    const { site } = siteWithCopy();
    const state = site.modules.get('every-block')!;
    expect(state.good?.id).toBe('every-block');
    expect(state.rendered.size).toBe(0);
    const output = (await site.output(deck))!;
    expect(output.files.get('index.html')?.contents).toContain('Staying safe from online scams');
    expect(output.files.has('assets/reveal/reveal.js')).toBe(true);
    expect(await site.output(deck)).toBe(output);
    expect(state.rendered.size).toBe(1);
    // A print format's HTML, under its own folder name.
    expect(String((await site.output(handout))!.files.get('index.html')!.contents)).toContain('<html');
    // Only the formats an audience has.
    expect(await site.output({ module: 'every-block', audience: 'parents', format: 'lesson-plan' })).toBeUndefined();
  });

  it('keeps the last good version when a module breaks, with the problem at its line, and shows the new one when fixed', async () => {
    const { site, dir } = siteWithCopy();
    const before = (await site.output(deck))!;
    const file = path.join(dir, 'module.yaml');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace('title: Staying safe from online scams', 'title: Staying safe\n  online: from scams'));
    expect(site.refreshModule('every-block')).toBe('broken');
    const state = site.modules.get('every-block')!;
    expect(state.findings.filter((f) => f.severity === 'error').map((f) => `${path.basename(f.file)}:${f.line}`)).toEqual(['module.yaml:3']);
    expect((await site.output(deck))?.hash).toBe(before.hash);

    fs.writeFileSync(file, good.replace('title: Staying safe from online scams', 'title: Staying safe from scams online'));
    expect(site.refreshModule('every-block')).toBe('good');
    const after = (await site.output(deck))!;
    expect(after.hash).not.toBe(before.hash);
    expect(after.files.get('index.html')!.contents).toContain('Staying safe from scams online');
  });

  it('renders again only the formats whose templates changed', async () => {
    const { site } = siteWithCopy();
    const deckOutput = (await site.output(deck))!;
    const handoutOutput = (await site.output(handout))!;
    site.invalidateFormats(['handout']);
    expect(site.peek(deck)).toBe(deckOutput);
    expect(site.modules.get('every-block')!.rendered.has('parents/handout')).toBe(false);
    expect(await site.output(handout)).not.toBe(handoutOutput);
    expect((await site.output(handout))!.hash).toBe(handoutOutput.hash);
  });

  it('checks and renders nothing again when a save leaves the module\'s inputs as they were', async () => {
    const { site, dir } = siteWithCopy();
    const output = (await site.output(deck))!;
    const section = path.join(dir, 'sections/why.md');
    const text = fs.readFileSync(section, 'utf8');
    fs.writeFileSync(section, text); // saved as it was
    fs.writeFileSync(path.join(dir, 'sections/.why.md.swp'), 'an editor\'s swap file');
    expect(site.refreshModule('every-block')).toBe('unchanged');
    expect(await site.output(deck)).toBe(output);

    fs.writeFileSync(section, text.replace('Stop replying.', 'Stop replying at once.'));
    expect(site.refreshModule('every-block')).toBe('good');
    expect((await site.output(deck))!.files.get('index.html')!.contents).toContain('Stop replying at once.');
    expect(site.refreshModule('every-block')).toBe('unchanged');

    // A new look is checked and rendered again, whatever the module's files.
    const rendered = (await site.output(deck))!;
    site.invalidateAll();
    expect(site.refreshModule('every-block')).toBe('good');
    expect(await site.output(deck)).not.toBe(rendered);
  });

  it('checks a module again when it goes back to the text of its last good version after breaking', () => {
    const { site, dir } = siteWithCopy();
    const file = path.join(dir, 'module.yaml');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${good}\nreviewd: 2026-09-02\n`);
    expect(site.refreshModule('every-block')).toBe('broken');
    expect(site.refreshModule('every-block')).toBe('unchanged');
    expect(site.modules.get('every-block')!.findings.some((f) => f.severity === 'error')).toBe(true);
    fs.writeFileSync(file, good);
    expect(site.refreshModule('every-block')).toBe('good');
    expect(site.modules.get('every-block')!.findings.some((f) => f.severity === 'error')).toBe(false);
  });

  it('forgets a module whose folder is removed, and finds a new one', async () => {
    const { site, dir } = siteWithCopy();
    fs.rmSync(dir, { recursive: true });
    expect(site.refreshModule('every-block')).toBe('removed');
    expect(site.modules.has('every-block')).toBe(false);
    copyModule(path.join(GOOD, 'every-block'), path.dirname(dir));
    expect(site.refreshModule('every-block')).toBe('good');
  });
});
