// A small pool of pages in one browser. Every page may load only the build's own files: any other request
// is refused and remembered, so the build can say what tried to reach the network.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';

export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  readonly refused: { url: string; document: string }[] = [];

  private constructor(private readonly allowedRoot: string) {}

  static async open(browser: Browser, size: number, allowedFolder: string): Promise<PagePool> {
    const pool = new PagePool(`${pathToFileURL(allowedFolder).href}/`);
    for (let i = 0; i < size; i++) pool.idle.push(await pool.preparePage(await browser.newPage()));
    return pool;
  }

  private async preparePage(page: Page): Promise<Page> {
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
