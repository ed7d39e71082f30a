// The print worker (see printAll in print.ts): connects to the browser the main thread started and prints
// the jobs the main thread sends, while that thread goes on checking and rendering. Each printed page, each
// overflowing slide and the outcome are sent back; the main thread owns the browser and closes it.
import { parentPort, workerData } from 'node:worker_threads';
import type { Browser } from 'puppeteer-core';
import { EnvironmentError } from '../errors/finding.js';
import { connectBrowser, endpointInProfile } from '../print/connect.js';
import { JobQueue, PrintFailedError, printJobs, type PdfToPrint } from '../print/print-jobs.js';
import type { FromPrintWorker, PrintWorkerData, ToPrintWorker } from './print.js';

const { root, total, concurrency, browser: where } = workerData as PrintWorkerData;
const port = parentPort!;
const send = (message: FromPrintWorker) => port.postMessage(message);

// The browser's address: told by the main thread once it has read it, or found first in the browser's
// profile, where the browser writes it too. The main thread may be busy checking a module, and would only
// read it after that; looking in the profile, the worker connects while the check runs.
let told: ((endpoint: string) => void) | undefined;
let failed: ((error: Error) => void) | undefined;
const fromMain = new Promise<string>((resolve, reject) => ((told = resolve), (failed = reject)));
let settled = false;
fromMain.then(() => (settled = true), () => (settled = true));
async function fromProfile(profile: string): Promise<string> {
  for (;;) {
    const endpoint = endpointInProfile(profile);
    if (endpoint) return endpoint;
    if (settled) return fromMain;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
const endpoint = where.profile ? Promise.race([fromMain, fromProfile(where.profile)]) : fromMain;

let browser: Browser | undefined;
let exited = false;
const jobs = new JobQueue<PdfToPrint>();
port.on('message', (message: ToPrintWorker) => {
  if ('endpoint' in message) told!(message.endpoint);
  else if ('notStarted' in message) failed!(new EnvironmentError(message.notStarted));
  else if ('exited' in message) {
    // Its process has ended: gone, whatever the connection says (a process it started may hold it open).
    exited = true;
    failed!(new Error('Connection closed: the browser went away'));
    void browser?.disconnect().catch(() => undefined);
  } else if ('job' in message) jobs.push(message.job);
  else jobs.close();
});

// Connected as soon as the browser is up, not when the first job comes: the main thread is still checking.
const connected = endpoint.then((address) => connectBrowser(address, where.startUrl)).then((connectedTo) => {
  if (exited) void connectedTo.disconnect().catch(() => undefined);
  return (browser = connectedTo);
});
connected.catch(() => undefined); // reported when the first job asks for it
// The PDF writer is loaded while this thread waits for the first job, not after the first PDF is made.
void connected.then(() => import('../print/pdf-metadata.js')).catch(() => undefined);

try {
  const outcome = await printJobs(jobs, () => connected, {
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
