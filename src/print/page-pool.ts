// A small pool of pages in one browser. Every page may load only the build's own files: any other request
// is refused and remembered, so the build can say what tried to reach the network.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';

/** Pages some pool has taken, each with its own handler of requests. */
const claimed = new WeakSet<Page>();

export class PagePool {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  /** Pages opened or being opened: at most `size`. */
  private opened = 0;
  /** The pages that have shown a document: a page's first job goes to its file, later ones are written in. */
  readonly used = new WeakSet<Page>();
  readonly refused: { url: string; document: string }[] = [];
  /** The address every request must start with: the allowed folder's. */
  private readonly allowedRoot: string;

  /**
   * A pool of up to `size` pages, each opened when a job finds every other page busy: one PDF never waits
   * for a second page to open. The browser's own first tab (see launchBrowser) is the first page.
   */
  constructor(private readonly browser: Browser, private readonly size: number, allowedFolder: string) {
    this.allowedRoot = `${pathToFileURL(allowedFolder).href}/`;
  }

  private async openPage(): Promise<Page> {
    // The first tab once only: another pool on the same browser (a test's) opens pages of its own.
    const first = this.opened === 1 ? (await this.browser.pages()).find((p) => !claimed.has(p)) : undefined;
    const page = first ?? (await this.browser.newPage());
    claimed.add(page);
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

  /** The next free page: an idle one, a new one while there are fewer than `size`, or the first to come free. */
  private async take(): Promise<Page> {
    const idle = this.idle.pop();
    if (idle) return idle;
    if (this.opened < this.size) {
      this.opened += 1;
      try {
        return await this.openPage();
      } catch (error) {
        this.opened -= 1;
        throw error;
      }
    }
    return new Promise<Page>((resolve) => this.waiting.push(resolve));
  }

  /** Runs a task on the next free page. */
  async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.take();
    try {
      return await task(page);
    } finally {
      this.used.add(page);
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }
}
