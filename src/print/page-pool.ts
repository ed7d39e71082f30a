// A small pool of pages in one browser. Every page may load only the build's own files: any other request
// is refused and remembered, so the build can say what tried to reach the network.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';

/** The empty document each page starts from, in the allowed folder (a staging folder, removed after the build). */
export const EMPTY_PAGE = '.empty-page.html';

export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  readonly refused: { url: string; document: string }[] = [];

  private constructor(private readonly allowedRoot: string) {}

  /**
   * Opens `size` pages, each showing an empty document of the allowed folder: a job's HTML is written into
   * that document (see printJobs), which keeps the page's renderer, and what it has loaded, from job to job.
   */
  static async open(browser: Browser, size: number, allowedFolder: string): Promise<PagePool> {
    const pool = new PagePool(`${pathToFileURL(allowedFolder).href}/`);
    const empty = path.join(allowedFolder, EMPTY_PAGE);
    fs.writeFileSync(empty, '<!doctype html><meta charset="utf-8"><title></title>');
    const pages = await Promise.all(Array.from({ length: size }, async () => pool.preparePage(await browser.newPage(), pathToFileURL(empty).href)));
    pool.idle.push(...pages);
    return pool;
  }

  private async preparePage(page: Page, emptyDocument: string): Promise<Page> {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(this.allowedRoot) || url.startsWith('data:')) {
        void request.continue();
      } else {
        this.refused.push({ url, document: page.url() });
        void request.abort('blockedbyclient');
      }
    });
    await page.goto(emptyDocument, { waitUntil: 'load' });
    return page;
  }

  /** Runs a task on the next free page. */
  async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await task(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }
}
