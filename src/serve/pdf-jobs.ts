// PDFs on request: the index page's form asks for one audience's PDFs; they are printed by the real build
// into a temporary folder, one job at a time (one browser, and a second request for the same PDFs waits for
// the first), and removed when the module changes. A job that fails leaves a problem for the index to show.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../errors/finding.js';
import { editionOf, type BuildConfig } from '../pipeline/build.js';
import { audienceFolder } from '../pipeline/write.js';
import type { Format } from '../schema/module-schema.js';
import { describeFailure } from './site.js';
import { formatOf } from '../formats/registry.js';

/** What the jobs need to know of the preview's modules. */
export interface PdfSource {
  /** The module's folder and the version shown now; undefined when it has none that passed the check. */
  goodVersionOf(module: string): { dir: string; since: Date | undefined } | undefined;
  formatsOf(module: string, audience: string): Format[];
}

export type BuildFunction = (config: BuildConfig) => Promise<unknown>;

export interface PdfJobsOptions {
  /** The build config: modulesDir, theme and the rest; outDir is the jobs' own folder. */
  config: Omit<BuildConfig, 'outDir' | 'modules' | 'dryRun'>;
  source: PdfSource;
  build: BuildFunction;
  log: { out: (text: string) => void; err: (text: string) => void };
  /** After every job, made or failed: the index shows the new state. */
  onDone?: () => void;
}

const keyOf = (module: string, audience: string) => `${module}/${audience}`;

export class PdfJobs {
  /** Where the PDFs are written: a temporary folder of their own, removed by close(). */
  readonly dir: string;
  private readonly problems = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private readonly removeDir = () => fs.rmSync(this.dir, { recursive: true, force: true });

  constructor(private readonly options: PdfJobsOptions) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workshopkit-serve-'));
    // If the process ends without close() (a browser's own Ctrl-C handler exits at once), leave nothing behind.
    process.once('exit', this.removeDir);
  }

  /** The print formats an audience has: the ones a job makes. */
  printFormatsOf(module: string, audience: string): Format[] {
    return this.options.source.formatsOf(module, audience).filter((format) => formatOf(format).page !== undefined);
  }

  /** The PDF files made for an audience so far. */
  made(module: string, audience: string): Set<string> {
    const dir = this.folderOf(module, audience);
    return new Set(fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.pdf')) : []);
  }

  /** The path of a made PDF, when it is there. */
  fileOf(module: string, audience: string, file: string): string | undefined {
    return this.made(module, audience).has(file) ? path.join(this.folderOf(module, audience), file) : undefined;
  }

  /** Where the build puts an audience's PDFs: in the language folder when the preview is not in English. */
  private folderOf(module: string, audience: string): string {
    const edition = editionOf(this.options.config.languages ?? ['en']);
    return path.join(this.dir, ...audienceFolder({ module, audience, ...(edition ? { edition } : {}) }));
  }

  /** Why the last job for an audience failed, if it did. */
  problemOf(module: string, audience: string): string | undefined {
    return this.problems.get(keyOf(module, audience));
  }

  /** A module changed: its PDFs are out of date, and so are its problems. */
  forget(module: string): void {
    fs.rmSync(path.join(this.dir, module), { recursive: true, force: true });
    for (const key of [...this.problems.keys()]) if (key.startsWith(`${module}/`)) this.problems.delete(key);
  }

  /** Prints an audience's PDFs after the jobs before it; resolves when done, made or failed. */
  async make(module: string, audience: string): Promise<void> {
    const version = this.options.source.goodVersionOf(module);
    const formats = this.printFormatsOf(module, audience);
    if (!version || !formats.length) return;
    const job = this.queue.then(async () => {
      const started = performance.now();
      try {
        await this.options.build({ ...this.options.config, modules: [version.dir], audiences: [audience], formats, outDir: this.dir, dryRun: false } as BuildConfig);
        this.problems.delete(keyOf(module, audience));
        this.options.log.out(`${module}/${audience}: ${formats.length} PDF${formats.length === 1 ? '' : 's'} made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = error instanceof EnvironmentError || error instanceof UsageError ? error.message : describeFailure(error);
        this.problems.set(keyOf(module, audience), `The PDFs could not be made: ${message}`);
        this.options.log.err(`${module}/${audience}: the PDFs could not be made: ${message}`);
      }
      // Saved while printing: those PDFs are already out of date.
      if (this.options.source.goodVersionOf(module)?.since !== version.since) fs.rmSync(path.join(this.dir, module), { recursive: true, force: true });
      this.options.onDone?.();
    });
    this.queue = job.catch(() => undefined);
    await job;
  }

  /** Waits for the job running now, then removes every PDF. */
  async close(): Promise<void> {
    await this.queue;
    process.off('exit', this.removeDir);
    this.removeDir();
  }
}
