// How many pages print at once. Each page is a renderer process of its own in Chromium (about 300 MB while
// it lays out a long handout), and a page on a core that is busy only slows the others: so one page a core,
// as many as free memory holds, never more than there are jobs, and always at least one.
import os from 'node:os';

/** What one printing page needs, with room for the fonts and images it loads. */
export const MEMORY_PER_PAGE = 300 * 1024 * 1024;
/** More pages than this gain nothing on one browser: its own process becomes the bottleneck. */
export const MAX_PAGES = 8;

export interface Machine {
  cores: number;
  freeMemory: number;
}

export function thisMachine(): Machine {
  return { cores: os.availableParallelism(), freeMemory: os.freemem() };
}

/** The pool size for `jobs` PDFs on `machine`; with no job count (not known yet), as many as the machine allows. */
export function printPoolSize(machine: Machine, jobs?: number): number {
  const byMemory = Math.floor(machine.freeMemory / MEMORY_PER_PAGE);
  const size = Math.min(machine.cores, byMemory, MAX_PAGES, jobs && jobs > 0 ? jobs : MAX_PAGES);
  return Math.max(1, size);
}
