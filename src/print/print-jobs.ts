// Printing PDFs with a browser Puppeteer is connected to: the work of the print stage (src/pipeline/print.ts)
// that runs where the pages are driven, in the print worker or on the main thread. It needs the browser
// driver and nothing of the module's: each PDF comes with the options Chromium prints it with, made by the
// main thread, so the worker loads no themes, schemas or messages.
import fs from 'node:fs';
import type { Browser, PDFOptions } from 'puppeteer-core';
import { EnvironmentError } from '../errors/finding.js';
import type { PageKind } from '../formats/format.js';
import { loadJob, readyPage, SharedAssets } from './job-page.js';
import { PagePool } from './page-pool.js';
import type { PdfMetadata } from './pdf-metadata.js';
import { printPoolSize, thisMachine } from './pool-size.js';

/** A PDF to print: from which page, to which file, with what options and metadata. */
export interface PdfToPrint {
  /** For messages: module/audience/format. */
  label: string;
  htmlFile: string;
  pdfFile: string;
  page: PageKind;
  /** What Chromium prints it with (its page size, and for A4 the header and footer). */
  options: PDFOptions;
  meta: PdfMetadata;
}

/** A PDF that could not be printed (the browser closed, or a page took too long): named, without a stack. */
export class PrintFailedError extends EnvironmentError {}

/** How long one page may take to load and to print; WORKSHOPKIT_PRINT_TIMEOUT (seconds) changes it. */
export function printTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env['WORKSHOPKIT_PRINT_TIMEOUT']);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000;
}

/** Says which output failed and why, in words; a problem already explained (no browser) passes through. */
export function printFailure(error: unknown, output: string, browserConnected: boolean, timeoutMs: number): Error {
  if (error instanceof EnvironmentError) return error;
  // Puppeteer's TimeoutError, known by its name: its class is not loaded until something prints.
  const why = (error as Error | undefined)?.name === 'TimeoutError'
    ? `the browser took longer than ${timeoutMs / 1000} s (a very large document, or a very busy machine). Make the module smaller, or allow more time with WORKSHOPKIT_PRINT_TIMEOUT=<seconds>`
    : !browserConnected || /target closed|connection closed|session closed|detached/i.test(String((error as Error)?.message))
      ? 'the browser closed while printing it (it was stopped, or ran out of memory). Build again'
      : `the browser failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
  return new PrintFailedError(`${output} could not be printed: ${why}. Nothing was written: the output folder is as it was.`, { cause: error });
}

/**
 * A queue the build fills while it renders and the print stage empties as pages come free, so Chromium
 * prints one audience while the next is being rendered.
 */
export class JobQueue<Job> implements AsyncIterable<Job> {
  private readonly items: Job[] = [];
  private wake: (() => void) | undefined;
  private closed = false;

  /** Every job pushed so far, printed or not. */
  queued = 0;

  push(job: Job): void {
    this.items.push(job);
    this.queued += 1;
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** No more jobs, and those not yet taken are dropped: the build has failed and will write nothing. */
  cancel(): void {
    this.items.length = 0;
    this.close();
  }

  /** Whether jobs may still be pushed. */
  get open(): boolean {
    return !this.closed;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Job> {
    for (;;) {
      const next = this.items.shift();
      if (next) yield next;
      else if (this.closed) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** A job printed: its place in the order the jobs came, and how long it took from being queued. */
export interface Printed {
  index: number;
  seconds: number;
}

/** What printJobs needs besides the jobs and the browser, wherever it runs. */
export interface PrintWork {
  root: string;
  concurrency?: number;
  total: number;
  onPrinted: (printed: Printed) => void;
  onOverflow?: (index: number, slides: number[]) => void;
}

/** What printing with one browser came to: each failure, said in words, and what pages were refused. */
export interface PrintOutcome {
  failures: Error[];
  refused: string[];
}

/**
 * Prints each job as it comes with a pool of pages of `browser` (asked for when the first job comes): the
 * work itself, done in the main thread or in the print worker (print-worker.ts), which talk to Chromium alike.
 */
export async function printJobs(
  jobs: Iterable<PdfToPrint> | AsyncIterable<PdfToPrint>,
  browser: () => Promise<Browser>,
  options: PrintWork,
): Promise<PrintOutcome> {
  let connectedTo: Browser | undefined;
  let gone: Promise<never> | undefined;
  let pool: PagePool | undefined;
  const failures: Error[] = [];
  const running: Promise<void>[] = [];
  const timeout = printTimeoutMs();
  const connected = () => connectedTo?.connected ?? false;
  const assets = new SharedAssets();
  let index = 0;
  for await (const job of jobs) {
    const at = index++;
    let pages: PagePool;
    let lost: Promise<never>;
    try {
      connectedTo ??= await browser();
      lost = gone ??= whenGone(connectedTo);
      pages = pool ??= new PagePool(connectedTo, options.concurrency ?? printPoolSize(thisMachine(), options.total), options.root);
    } catch (error) {
      throw printFailure(error, 'The PDFs', connected(), timeout);
    }
    const started = performance.now();
    const printing = Promise.race([lost, pages.use(async (page) => {
      await loadJob(page, job.htmlFile, assets, timeout, !pages.used.has(page));
      const overflowing = await readyPage(page, timeout);
      if (job.page === 'slide' && overflowing.length) options.onOverflow?.(at, overflowing);
      const made = page.pdf({ ...job.options, timeout });
      made.catch(() => undefined); // awaited below, once the writer is loaded: a failure meanwhile is not unhandled
      // The PDF writer is loaded (the first time) while Chromium prints: not while the page loads, when each
      // file it asks for waits for this thread to allow it.
      const { setPdfMetadata } = await import('./pdf-metadata.js');
      const pdf = await made;
      fs.writeFileSync(job.pdfFile, await setPdfMetadata(pdf, job.meta));
      options.onPrinted({ index: at, seconds: (performance.now() - started) / 1000 });
    })]);
    // Handled at once, so a failure never goes unhandled while later jobs are still arriving.
    running.push(printing.catch((error: unknown) => void failures.push(printFailure(error, job.label, connected(), timeout))));
  }
  await Promise.all(running);
  return { failures, refused: pool?.refused.map((r) => r.url) ?? [] };
}

/**
 * Rejects when the browser goes away. A page whose browser was killed while it loaded may wait for its
 * load until the timeout (seen with setContent): the job fails at once instead.
 */
function whenGone(browser: Browser): Promise<never> {
  const gone = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error('Connection closed: the browser went away'));
    if (!browser.connected) fail();
    else browser.once('disconnected', fail);
  });
  gone.catch(() => undefined); // each job's race says it
  return gone;
}
