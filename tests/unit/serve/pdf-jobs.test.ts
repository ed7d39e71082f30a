import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../../src/errors/finding.js';
import type { BuildConfig } from '../../../src/pipeline/build.js';
import { PdfJobs, type PdfSource } from '../../../src/serve/pdf-jobs.js';
import type { Format } from '../../../src/schema/module-schema.js';

const jobs: PdfJobs[] = [];
afterEach(async () => {
  await Promise.all(jobs.splice(0).map((j) => j.close()));
});

/** A stand-in build that writes one empty PDF per format, after a pause, and records the order of its work. */
function fakeBuild(events: string[], fail?: () => Error | undefined) {
  return async (config: BuildConfig) => {
    const audience = config.audiences![0]!;
    events.push(`start ${audience}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const error = fail?.();
    if (error) {
      events.push(`fail ${audience}`);
      throw error;
    }
    const dir = path.join(config.outDir, path.basename(config.modules[0]!), audience);
    fs.mkdirSync(dir, { recursive: true });
    for (const format of config.formats!) fs.writeFileSync(path.join(dir, `${format === 'slides-pdf' ? 'slides' : format}.pdf`), '%PDF-');
    events.push(`end ${audience}`);
  };
}

function newJobs(events: string[], source: Partial<PdfSource> = {}, fail?: () => Error | undefined) {
  const logs: string[] = [];
  let done = 0;
  const since = new Date(0);
  const pdfs = new PdfJobs({
    config: { modulesDir: '/m', theme: 'default' } as BuildConfig,
    build: fakeBuild(events, fail),
    log: { out: (t) => logs.push(t), err: (t) => logs.push(t) },
    source: {
      goodVersionOf: (module) => (module === 'scams' ? { dir: '/m/scams', since } : undefined),
      formatsOf: (): Format[] => ['deck', 'handout', 'slides-pdf'],
      ...source,
    },
    onDone: () => done++,
  });
  jobs.push(pdfs);
  return { pdfs, logs, done: () => done };
}

describe('PDF jobs', () => {
  it('prints an audience\'s print formats, one job at a time, and tells when each is done', async () => {
    const events: string[] = [];
    const { pdfs, logs, done } = newJobs(events);
    expect(pdfs.printFormatsOf('scams', 'parents')).toEqual(['handout', 'slides-pdf']);
    await Promise.all([pdfs.make('scams', 'parents'), pdfs.make('scams', 'staff')]);
    expect(events).toEqual(['start parents', 'end parents', 'start staff', 'end staff']);
    expect([...pdfs.made('scams', 'parents')].sort()).toEqual(['handout.pdf', 'slides.pdf']);
    expect(pdfs.fileOf('scams', 'parents', 'handout.pdf')).toBe(path.join(pdfs.dir, 'scams/parents/handout.pdf'));
    expect(pdfs.fileOf('scams', 'parents', 'notes.pdf')).toBeUndefined();
    expect(done()).toBe(2);
    expect(logs.join('\n')).toMatch(/scams\/parents: 2 PDFs made in \d+\.\d s/);
  });

  it('makes nothing for a module with no version that passed the check', async () => {
    const events: string[] = [];
    const { pdfs } = newJobs(events);
    await pdfs.make('broken', 'parents');
    expect(events).toEqual([]);
  });

  it('keeps a failure as a problem for the index, and clears it when the module changes', async () => {
    const events: string[] = [];
    let failing = true;
    const { pdfs, logs } = newJobs(events, {}, () => (failing ? new EnvironmentError('no browser was found') : undefined));
    await pdfs.make('scams', 'parents');
    expect(pdfs.problemOf('scams', 'parents')).toBe('The PDFs could not be made: no browser was found');
    expect(logs.join('\n')).toContain('scams/parents: the PDFs could not be made: no browser was found');
    // A failed job does not stop the next one.
    failing = false;
    await pdfs.make('scams', 'parents');
    expect(pdfs.problemOf('scams', 'parents')).toBeUndefined();
    expect(pdfs.made('scams', 'parents').size).toBe(2);
    pdfs.forget('scams');
    expect(pdfs.made('scams', 'parents').size).toBe(0);
  });

  it('throws away PDFs of a version that changed while they were printed', async () => {
    const events: string[] = [];
    let version = new Date(1);
    const { pdfs } = newJobs(events, {
      goodVersionOf: () => {
        const now = { dir: '/m/scams', since: version };
        version = new Date(version.getTime() + 1); // saved again while printing
        return now;
      },
    });
    await pdfs.make('scams', 'parents');
    expect(events).toEqual(['start parents', 'end parents']);
    expect(pdfs.made('scams', 'parents').size).toBe(0);
  });

  it('removes its folder when closed', async () => {
    const { pdfs } = newJobs([]);
    await pdfs.make('scams', 'parents');
    expect(fs.existsSync(pdfs.dir)).toBe(true);
    await pdfs.close();
    expect(fs.existsSync(pdfs.dir)).toBe(false);
  });
});
