// Stage 5: print the HTML of the print formats to PDF, with one browser for the whole build and a small
// pool of pages. Pages may load only the build's own files.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Browser, PDFOptions } from 'puppeteer-core';
import { EnvironmentError } from '../errors/finding.js';
// The browser driver and the PDF writer are loaded when the first PDF is printed: a build that prints
// nothing (decks only, or everything up to date) never reads them.
import type { LaunchedBrowser } from '../print/browser.js';
import { loadJob, readyPage, SharedAssets } from '../print/job-page.js';
import { PagePool } from '../print/page-pool.js';
import { printPoolSize, thisMachine } from '../print/pool-size.js';
import type { PdfMetadata } from '../print/pdf-metadata.js';
import { plainLook } from '../theme/load-theme.js';
import { footerStyleOf } from '../theme/look.js';

export type { PageKind } from '../formats/format.js';
import type { PageKind } from '../formats/format.js';
import { t, type Language } from '../i18n/messages.js';

export interface PrintJob {
  /** For progress lines: module/audience/format. */
  label: string;
  htmlFile: string;
  pdfFile: string;
  page: PageKind;
  /** Printed at the foot of every A4 page, beside the page number. */
  footer: string;
  /** The language of the footer's own words ("Page 1 of 2"); English when not given. */
  language?: Language;
  /** A draft translation: every page's header says so, in Welsh and English. */
  draft?: boolean;
  /** The footer's colour and font, from the theme (footerStyleOf); the default theme's when not given. */
  footerStyle?: { color: string; font: string };
  /** The footer's text size, when an audience needs it larger than 8pt (large print). */
  footerSize?: string;
  meta: PdfMetadata;
}

export interface PrintProgress {
  job: PrintJob;
  done: number;
  /** The PDFs to print: all of them, or with `more`, those known so far. */
  total: number;
  /** More PDFs may come: later modules are still being checked. */
  more?: boolean;
  seconds: number;
}

/** A page of the build asked for something outside it: the PDF would differ offline, so the build stops. */
export class RefusedRequestError extends EnvironmentError {}

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

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What Chromium is asked to print a job with: its page, and for A4 its header and footer. */
export function pdfOptions(job: PrintJob): PDFOptions {
  const common = { tagged: true, outline: true, printBackground: true } as const;
  if (job.page === 'slide') return { ...common, width: '1280px', height: '720px', preferCSSPageSize: true };
  const style = job.footerStyle ?? footerStyleOf(plainLook('default'));
  return {
    ...common,
    format: 'A4',
    margin: { top: '14mm', bottom: '18mm', left: '15mm', right: '15mm' },
    displayHeaderFooter: true,
    headerTemplate: job.draft
      ? `<div style="font-family: ${escapeHtml(style.font)}; font-size: ${escapeHtml(job.footerSize ?? '8pt')}; font-weight: 700; color: ${escapeHtml(style.color)}; width: 100%; margin: 0 15mm; text-align: right;">${t('cy', 'draft.word')} / ${t('en', 'draft.word')}</div>`
      : '<span></span>',
    footerTemplate: `<div style="font-family: ${escapeHtml(style.font)}; font-size: ${escapeHtml(job.footerSize ?? '8pt')}; color: ${escapeHtml(style.color)}; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between; gap: 8mm;"><span>${escapeHtml(job.footer)}</span><span style="white-space: nowrap;">${t(job.language ?? 'en', 'pdf.page', { page: '<span class="pageNumber"></span>', total: '<span class="totalPages"></span>' })}</span></div>`,
  };
}

export interface PrintOptions {
  /**
   * Given the browser's closing, instead of waiting for it: the caller can move the PDFs into place while
   * Chromium shuts down (about a tenth of a second), and must wait for it before it is done.
   */
  onClosing?: (closed: Promise<void>) => void;
  /**
   * Print from a worker thread, where there is one (see printWorkerFile): worth its start-up (a few tenths
   * of a second) only when the main thread has other modules to check meanwhile.
   */
  inWorker?: boolean;
  /** The folder every page may load from (the build's staging folder). */
  root: string;
  /** Pages printing at once; by default one a core, as free memory allows (src/print/pool-size.ts). */
  concurrency?: number;
  /** How many jobs there will be, for progress, when they arrive one by one. */
  total?: number;
  onProgress?: (progress: PrintProgress) => void;
  executablePath?: string;
  /** A browser already starting; when absent, one is launched here. Closed when printing ends. */
  browser?: Promise<LaunchedBrowser>;
  /**
   * Told, for each slide page printed, which of its slides (0-based, in the order of the page) the fitting
   * script (templates/shared/fit-slides.hbs) left marked as overflowing: still cut off at the smallest size.
   */
  onOverflow?: (job: PrintJob, slides: number[]) => void;
}

/**
 * A queue the build fills while it renders and the print stage empties as pages come free, so Chromium
 * prints one audience while the next is being rendered.
 */
export class PrintQueue implements AsyncIterable<PrintJob> {
  private readonly items: PrintJob[] = [];
  private wake: (() => void) | undefined;
  private closed = false;

  /** Every job pushed so far, printed or not. */
  queued = 0;

  push(job: PrintJob): void {
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

  async *[Symbol.asyncIterator](): AsyncIterator<PrintJob> {
    for (;;) {
      const next = this.items.shift();
      if (next) yield next;
      else if (this.closed) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** A job printed: its place in the order the jobs came, and how long it took from being queued. */
interface Printed {
  index: number;
  seconds: number;
}

/** What printJobs needs besides the jobs and the browser, wherever it runs. */
interface PrintWork {
  root: string;
  concurrency?: number;
  total: number;
  onPrinted: (printed: Printed) => void;
  onOverflow?: (index: number, slides: number[]) => void;
}

/** What printing with one browser came to: each failure, said in words, and what pages were refused. */
interface PrintOutcome {
  failures: Error[];
  refused: string[];
}

/**
 * Prints each job as it comes with a pool of pages of `browser` (asked for when the first job comes): the
 * work itself, done in the main thread or in the print worker (print-worker.ts), which talk to Chromium alike.
 */
export async function printJobs(
  jobs: Iterable<PrintJob> | AsyncIterable<PrintJob>,
  browser: () => Promise<Browser>,
  options: PrintWork,
): Promise<PrintOutcome> {
  let connectedTo: Browser | undefined;
  let pool: PagePool | undefined;
  const failures: Error[] = [];
  const running: Promise<void>[] = [];
  const timeout = printTimeoutMs();
  const connected = () => connectedTo?.connected ?? false;
  const assets = new SharedAssets();
  let index = 0;
  for await (const job of jobs) {
    const at = index++;
    try {
      connectedTo ??= await browser();
      pool ??= new PagePool(connectedTo, options.concurrency ?? printPoolSize(thisMachine(), options.total), options.root);
    } catch (error) {
      throw printFailure(error, 'The PDFs', connected(), timeout);
    }
    const started = performance.now();
    const pages = pool;
    const printing = pages.use(async (page) => {
      await loadJob(page, job.htmlFile, assets, timeout, !pages.used.has(page));
      const overflowing = await readyPage(page, timeout);
      if (job.page === 'slide' && overflowing.length) options.onOverflow?.(at, overflowing);
      const made = page.pdf({ ...pdfOptions(job), timeout });
      made.catch(() => undefined); // awaited below, once the writer is loaded: a failure meanwhile is not unhandled
      // The PDF writer is loaded (the first time) while Chromium prints: not while the page loads, when each
      // file it asks for waits for this thread to allow it.
      const { setPdfMetadata } = await import('../print/pdf-metadata.js');
      const pdf = await made;
      fs.writeFileSync(job.pdfFile, await setPdfMetadata(pdf, job.meta));
      options.onPrinted({ index: at, seconds: (performance.now() - started) / 1000 });
    });
    // Handled at once, so a failure never goes unhandled while later jobs are still arriving.
    running.push(printing.catch((error: unknown) => void failures.push(printFailure(error, job.label, connected(), timeout))));
  }
  await Promise.all(running);
  return { failures, refused: pool?.refused.map((r) => r.url) ?? [] };
}

/** The error a printing outcome comes to, if any. */
function outcomeError({ failures, refused }: PrintOutcome): Error | undefined {
  if (failures.length) return failures[0];
  if (!refused.length) return undefined;
  return new RefusedRequestError(
    `a page tried to load files from outside the build, which were refused:\n${refused.map((url) => `  ${url}`).join('\n')}\n` +
      'Outputs must work offline: copy the file into the module folder or the theme instead of linking to it.',
  );
}

/**
 * The print worker, when workshopkit runs from JavaScript (dist/, or compiled): the pages are driven from a
 * thread of their own, so Chromium keeps printing while the main thread checks and renders the next
 * module. Run from the TypeScript sources, there is no worker file, and the main thread prints.
 */
function printWorkerFile(): URL | undefined {
  const file = new URL('./print-worker.js', import.meta.url);
  return fs.existsSync(fileURLToPath(file)) ? file : undefined;
}

export async function printAll(jobs: Iterable<PrintJob> | AsyncIterable<PrintJob>, options: PrintOptions): Promise<void> {
  let launched: LaunchedBrowser | undefined;
  const total = options.total ?? (Array.isArray(jobs) ? jobs.length : 0);
  const seen: PrintJob[] = [];
  let done = 0;
  const onPrinted = ({ index, seconds }: Printed) => {
    done += 1;
    const known = jobs instanceof PrintQueue ? { total: Math.max(total, jobs.queued), ...(jobs.open ? { more: true } : {}) } : { total: Math.max(total, done) };
    options.onProgress?.({ job: seen[index]!, done, ...known, seconds });
  };
  const onOverflow = options.onOverflow ? (index: number, slides: number[]) => options.onOverflow!(seen[index]!, slides) : undefined;
  async function* recorded() {
    for await (const job of jobs) {
      seen.push(job);
      yield job;
    }
  }
  const browser = async (): Promise<Browser> => {
    if (!launched) {
      const starting: Promise<LaunchedBrowser> = options.browser ?? import('../print/browser.js').then(({ launchBrowser }) => launchBrowser(options.executablePath));
      launched = await starting;
    }
    return launched.browser;
  };
  try {
    const work: PrintWork = { root: options.root, total, onPrinted, ...(onOverflow ? { onOverflow } : {}), ...(options.concurrency ? { concurrency: options.concurrency } : {}) };
    const worker = options.inWorker ? printWorkerFile() : undefined;
    const outcome = worker ? await printInWorker(worker, recorded(), browser, work) : await printJobs(recorded(), browser, work);
    const error = outcomeError(outcome);
    if (error) throw error;
  } finally {
    const closing = launched ? launched.close() : (options.browser?.then((b) => b.close(), () => undefined) ?? Promise.resolve());
    if (options.onClosing) options.onClosing(closing);
    else await closing;
  }
}

/** What the main thread and the print worker say to each other. */
export type ToPrintWorker = { endpoint: string } | { job: PrintJob } | { end: true };
export type FromPrintWorker =
  | { printed: Printed }
  | { overflow: { index: number; slides: number[] } }
  | { outcome: { failures: { message: string; printFailed: boolean }[]; refused: string[] } };

/**
 * printJobs in the print worker. The worker starts at once, loading its code while the browser starts and
 * the main thread checks; it is told the browser's address when there is one, and each job as it comes.
 */
async function printInWorker(
  file: URL,
  jobs: AsyncIterable<PrintJob>,
  browser: () => Promise<Browser>,
  options: PrintWork,
): Promise<PrintOutcome> {
  const timeout = printTimeoutMs();
  const worker = new Worker(file, { workerData: { root: options.root, total: options.total, concurrency: options.concurrency } });
  try {
    const outcome = new Promise<PrintOutcome>((resolve, reject) => {
      worker.on('message', (message: FromPrintWorker) => {
        if ('printed' in message) options.onPrinted(message.printed);
        else if ('overflow' in message) options.onOverflow?.(message.overflow.index, message.overflow.slides);
        else resolve({ failures: message.outcome.failures.map((f) => (f.printFailed ? new PrintFailedError(f.message) : new EnvironmentError(f.message))), refused: message.outcome.refused });
      });
      worker.on('error', (error) => reject(printFailure(error, 'The PDFs', false, timeout)));
      worker.on('exit', (code) => reject(printFailure(new Error(`the print worker stopped (${code})`), 'The PDFs', false, timeout)));
    });
    // Settled by whoever waits for them; a worker or a browser that fails early must not be an unhandled rejection.
    outcome.catch(() => undefined);
    const ready = browser().then(
      (started) => worker.postMessage({ endpoint: started.wsEndpoint() } satisfies ToPrintWorker),
      (error: unknown) => Promise.reject(printFailure(error, 'The PDFs', false, timeout)),
    );
    ready.catch(() => undefined);
    let any = false;
    for await (const job of jobs) {
      any = true;
      worker.postMessage({ job } satisfies ToPrintWorker);
    }
    if (!any) return { failures: [], refused: [] };
    await ready;
    worker.postMessage({ end: true } satisfies ToPrintWorker);
    return await outcome;
  } finally {
    await worker.terminate();
  }
}
