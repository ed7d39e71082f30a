// The print worker (see printAll in print.ts): connects to the browser the main thread started and prints
// the jobs the main thread sends, while that thread goes on checking and rendering. Each printed page, each
// overflowing slide and the outcome are sent back; the main thread owns the browser and closes it.
import { parentPort, workerData } from 'node:worker_threads';
import puppeteer from 'puppeteer-core';
import { PrintFailedError, printJobs, type FromPrintWorker, type PrintJob, type ToPrintWorker } from './print.js';

const { endpoint, root, total, concurrency } = workerData as { endpoint: string; root: string; total: number; concurrency?: number };
const port = parentPort!;
const send = (message: FromPrintWorker) => port.postMessage(message);

/** The jobs as the main thread sends them, until it says there are no more. */
async function* jobsFromMainThread(): AsyncGenerator<PrintJob> {
  const waiting: PrintJob[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  port.on('message', (message: ToPrintWorker) => {
    if ('job' in message) waiting.push(message.job);
    else ended = true;
    wake?.();
  });
  for (;;) {
    const next = waiting.shift();
    if (next) yield next;
    else if (ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: { width: 1280, height: 720 } });
try {
  const outcome = await printJobs(jobsFromMainThread(), async () => browser, {
    root,
    total,
    ...(concurrency ? { concurrency } : {}),
    onPrinted: (printed) => send({ printed }),
    onOverflow: (index, slides) => send({ overflow: { index, slides } }),
  });
  send({ outcome: { failures: outcome.failures.map((error) => ({ message: error.message, printFailed: error instanceof PrintFailedError })), refused: outcome.refused } });
} catch (error) {
  // printJobs has said it in words (the browser could not be reached): the main thread reports it.
  send({ outcome: { failures: [{ message: (error as Error).message, printFailed: error instanceof PrintFailedError }], refused: [] } });
} finally {
  await browser.disconnect().catch(() => undefined);
  port.close();
}
