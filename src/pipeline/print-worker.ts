// The print worker (see printAll in print.ts): connects to the browser the main thread started and prints
// the jobs the main thread sends, while that thread goes on checking and rendering. Each printed page, each
// overflowing slide and the outcome are sent back; the main thread owns the browser and closes it.
import { parentPort, workerData } from 'node:worker_threads';
import type { Browser } from 'puppeteer-core';
// Puppeteer's entry without its launchers: the worker only connects to the browser the main thread started,
// and the launchers bring @puppeteer/browsers with them, about 2 MB of code the worker would compile.
import puppeteer from 'puppeteer-core/internal/puppeteer-core-browser.js';
import { PrintFailedError, printJobs, PrintQueue, type FromPrintWorker, type ToPrintWorker } from './print.js';

const { root, total, concurrency } = workerData as { root: string; total: number; concurrency?: number };
const port = parentPort!;
const send = (message: FromPrintWorker) => port.postMessage(message);

// What the main thread sends: the browser's address once it has started, and the jobs until there are no more.
let reachBrowser: (endpoint: string) => void;
const endpoint = new Promise<string>((resolve) => (reachBrowser = resolve));
const jobs = new PrintQueue();
port.on('message', (message: ToPrintWorker) => {
  if ('endpoint' in message) reachBrowser(message.endpoint);
  else if ('job' in message) jobs.push(message.job);
  else jobs.close();
});

let browser: Browser | undefined;
try {
  // The same class as the package's own entry gives; its declarations come from another file, hence the cast.
  const connect = async () => (await puppeteer.connect({ browserWSEndpoint: await endpoint, defaultViewport: { width: 1280, height: 720 } })) as unknown as Browser;
  const outcome = await printJobs(jobs, async () => (browser ??= await connect()), {
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
  await browser?.disconnect().catch(() => undefined);
  port.close();
}
