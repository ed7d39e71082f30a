// The real command, as a user runs it: the entry point that starts the browser early must never leave it
// running, whether the build prints, fails before printing, or prints nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
// @ts-expect-error -- a build script in JavaScript, with no types of its own
import { buildDist } from '../../scripts/build-dist.mjs';
import { BROKEN, FIXTURES, GOOD, ROOT } from '../support/cli.js';
import { commandLine } from '../support/compiled-cli.js';
import { tempDir } from '../support/files.js';
import { EVERY_BLOCK, NORTHSHIRE, sharedBuild } from '../support/shared-builds.js';

const run = (args: string[]) =>
  spawnSync(process.execPath, commandLine(args), { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });

describe('the workshopkit command', () => {
  it('prints with the browser it started early, and exits', () => {
    const out = tempDir();
    const result = run(['build', '--modules-dir', GOOD, '--out', out, '--audience', 'parents']);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, 'every-block/parents/handout.pdf'))).toBe(true);
  });

  it('exits with 1 when the module is broken, instead of waiting on the unused browser', () => {
    const result = run(['build', path.join(BROKEN, 'unknown-key'), '--out', tempDir()]);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('schema/unknown-key');
  });

  it('exits with 2 for a usage mistake after starting the browser', () => {
    const result = run(['build', '--modules-dir', GOOD, '--audience', 'parnets']);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
  });
});

describe('dist/, as `npm start` builds it (one bundle, chunks loaded when needed)', () => {
  it('builds the same bytes as the sources: every format, and a PowerPoint with an SVG logo made into a PNG', async () => {
    // Inside the project, as dist/ is: the bundle finds the packages and the templates from where it is.
    const dist = path.join(inject('sharedBuildsDir'), 'dist-bundle');
    await buildDist(dist);
    // Without its file, the pipeline would print in the main thread: slower, and this test would not see it.
    expect(fs.existsSync(path.join(dist, 'print-worker.js'))).toBe(true);
    const bundled = (args: string[]) => spawnSync(process.execPath, [path.join(dist, 'bin.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(bundled(['--version']).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    // The bundle finds its precompiled templates (src/render/precompiled.ts), so it compiles none of them.
    const layout = path.join(ROOT, 'templates/slides-pdf/layout.hbs');
    const finds = spawnSync(process.execPath, ['--input-type=module', '-e', `const { precompiledFor } = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'precompiled.js')).href)}); const fs = await import('node:fs'); console.log(Boolean(precompiledFor(fs.readFileSync(${JSON.stringify(layout)}, 'utf8'))));`], { encoding: 'utf8' });
    expect(finds.stdout.trim(), finds.stderr).toBe('true');

    const out = tempDir();
    // Two modules, so the pages print in the print worker (its own file in the bundle). Between them, these
    // two audiences get the deck, the handout, the presenter script and the slides PDF.
    const longSlides = path.join(FIXTURES, 'long-slides');
    const two = bundled(['build', path.join(GOOD, 'every-block'), path.join(longSlides, 'long-slides'), '--audience', 'parents,webinar', '--out', out]);
    expect(two.status, two.stderr).toBe(0);
    const fromSources = await sharedBuild(EVERY_BLOCK);
    for (const file of ['parents/handout.pdf', 'webinar/slides.pdf', 'webinar/notes.pdf', 'parents/deck/index.html']) {
      expect(fs.readFileSync(path.join(out, 'every-block', file)).equals(fs.readFileSync(path.join(fromSources, 'every-block', file))), file).toBe(true);
    }
    const longFromSources = await sharedBuild(['build', '--modules-dir', longSlides]);
    expect(fs.readFileSync(path.join(out, 'long-slides/parents/slides.pdf')).equals(fs.readFileSync(path.join(longFromSources, 'long-slides/parents/slides.pdf')))).toBe(true);

    const branded = bundled([...NORTHSHIRE, '--audience', 'pupils-14-18', '--format', 'pptx', '--out', out]);
    expect(branded.status, branded.stderr).toBe(0);
    const pptx = 'sextortion/pupils-14-18/slides.pptx';
    expect(fs.readFileSync(path.join(out, pptx)).equals(fs.readFileSync(path.join(await sharedBuild(NORTHSHIRE), pptx)))).toBe(true);
  });
});
