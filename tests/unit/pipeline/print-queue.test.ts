import { describe, expect, it } from 'vitest';
import { PrintQueue, type PrintJob } from '../../../src/pipeline/print.js';

const job = (label: string) => ({ label }) as PrintJob;

describe('the print queue', () => {
  it('hands over jobs as they arrive, in order, and ends when closed', async () => {
    const queue = new PrintQueue();
    const seen: string[] = [];
    const consumer = (async () => {
      for await (const next of queue) seen.push(next.label);
    })();
    queue.push(job('a'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['a']);
    queue.push(job('b'));
    queue.push(job('c'));
    queue.close();
    await consumer;
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('ends at once when closed empty', async () => {
    const queue = new PrintQueue();
    queue.close();
    const seen: PrintJob[] = [];
    for await (const next of queue) seen.push(next);
    expect(seen).toEqual([]);
  });
});
