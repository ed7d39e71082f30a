// Stage 5: print the HTML of the print formats to PDF, with one browser for the whole build and a small
// pool of pages. Pages may load only the build's own files.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Browser, PDFOptions } from 'puppeteer-core';
import { EnvironmentError } from '../errors/finding.js';
// The browser driver and the PDF writer are loaded when the first PDF is printed: a build that prints
// nothing (decks only, or everything up to date) never reads them. Starting the browser needs neither.
import { startBrowser, type StartedBrowser } from '../print/browser.js';
import type { PdfMetadata } from '../print/pdf-metadata.js';
import { JobQueue, PrintFailedError, printJobs, printFailure, printTimeoutMs, type PdfToPrint, type Printed, type PrintOutcome, type PrintWork } from '../print/print-jobs.js';
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
  /** A browser already starting; when absent, one is started here. Closed when printing ends. */
  browser?: StartedBrowser;
  /**
   * Told, for each slide page printed, which of its slides (0-based, in the order of the page) the fitting
   * script (templates/shared/fit-slides.hbs) left marked as overflowing: still cut off at the smallest size.
   */
  onOverflow?: (job: PrintJob, slides: number[]) => void;
}

export { PrintFailedError, printFailure, printJobs, printTimeoutMs } from '../print/print-jobs.js';

/**
 * A queue the build fills while it renders and the print stage empties as pages come free, so Chromium
 * prints one audience while the next is being rendered.
 */
export class PrintQueue extends JobQueue<PrintJob> {}

/** A job as the printer takes it: with the options Chromium prints it with. */
export function toPrint(job: PrintJob): PdfToPrint {
  return { label: job.label, htmlFile: job.htmlFile, pdfFile: job.pdfFile, page: job.page, options: pdfOptions(job), meta: job.meta };
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
      yield toPrint(job);
    }
  }
  let started = options.browser;
  const browser = () => (started ??= startBrowser(options.executablePath));
  // Printing on this thread: Puppeteer connects here, when the first job comes.
  let connecting: Promise<Browser> | undefined;
  const connect = () => {
    const target = browser();
    return (connecting ??= Promise.all([target.endpoint, import('../print/connect.js')]).then(([endpoint, { connectBrowser }]) => connectBrowser(endpoint, target.startUrl)).then((connected) => {
      // A browser whose process has ended is gone, whatever its connection says.
      void target.exited.then(() => connected.disconnect()).catch(() => undefined);
      return connected;
    }));
  };
  try {
    const work: PrintWork = { root: options.root, total, onPrinted, ...(onOverflow ? { onOverflow } : {}), ...(options.concurrency ? { concurrency: options.concurrency } : {}) };
    const worker = options.inWorker ? printWorkerFile() : undefined;
    const outcome = worker ? await printInWorker(worker, recorded(), browser(), work) : await printJobs(recorded(), connect, work);
    const error = outcomeError(outcome);
    if (error) throw error;
  } finally {
    await connecting?.then((connected) => connected.disconnect()).catch(() => undefined);
    const closing = started?.close() ?? Promise.resolve();
    if (options.onClosing) options.onClosing(closing);
    else await closing;
  }
}

/** What the main thread and the print worker say to each other. */
export type ToPrintWorker = { endpoint: string } | { notStarted: string } | { exited: true } | { job: PdfToPrint } | { end: true };
/** What the print worker is started with. */
export interface PrintWorkerData {
  root: string;
  total: number;
  concurrency?: number;
  /** Where the browser will say its address (StartedBrowser), so the worker can connect before being told. */
  browser: { profile?: string; startUrl: string };
}
export type FromPrintWorker =
  | { printed: Printed }
  | { overflow: { index: number; slides: number[] } }
  | { outcome: { failures: { message: string; printFailed: boolean }[]; refused: string[] } };

/**
 * printJobs in the print worker. The worker starts at once, loading its code while the browser starts and
 * the main thread checks; it is told the browser's address when there is one, connects to it at once, and
 * is sent each job as it comes.
 */
async function printInWorker(
  file: URL,
  jobs: AsyncIterable<PdfToPrint>,
  started: StartedBrowser,
  options: PrintWork,
): Promise<PrintOutcome> {
  const timeout = printTimeoutMs();
  const workerData: PrintWorkerData = {
    root: options.root,
    total: options.total,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    browser: { ...(started.profile ? { profile: started.profile } : {}), startUrl: started.startUrl },
  };
  const worker = new Worker(file, { workerData });
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
    // The worker may find the address in the profile first; it is told too, and told if the browser failed.
    const ready = started.endpoint.then(
      (endpoint) => worker.postMessage({ endpoint } satisfies ToPrintWorker),
      (error: unknown) => {
        worker.postMessage({ notStarted: (error as Error).message } satisfies ToPrintWorker);
        return Promise.reject(printFailure(error, 'The PDFs', false, timeout));
      },
    );
    ready.catch(() => undefined);
    // A browser whose process has ended is gone, whatever its connection says: the worker stops using it.
    void started.exited.then(() => worker.postMessage({ exited: true } satisfies ToPrintWorker));
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
    // Not waited for: the outcome is in, and the thread ends while the outputs are moved into place.
    void worker.terminate();
  }
}
