import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export { DEFAULT_CHROMIUM_PATH } from './chromium-path';

/** Chromium's flags for a headless print on a server with no network of its own to talk to. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PdfPrinterOptions {
  /** The Chromium binary (CHROMIUM_PATH). */
  executablePath: string;
  /** Pages printed at the same time; more wait their turn. */
  maxConcurrent?: number;
  /** Prints waiting for a turn; beyond this the printer is busy and refuses. */
  maxWaiting?: number;
  /** Longest a print may take, waiting for its turn included, in ms. */
  timeoutMs?: number;
}

/** No Chromium to print with (not installed there, or it would not start). */
export class PrinterUnavailableError extends Error {}
/** Too many prints are waiting already, or one took too long. */
export class PrinterBusyError extends Error {}

export interface PdfPrinter {
  /** Prints a self-contained HTML document to an A4 PDF with page numbers in the footer. */
  print: (html: string) => Promise<Buffer>;
  /** Closes the browser; prints after this are refused. */
  close: () => Promise<void>;
}

const FOOTER = `<div style="width:100%;font-size:8px;font-family:sans-serif;color:#555;padding:0 18mm;display:flex;justify-content:space-between">
<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;

/** A counting semaphore with a bounded queue: at most `slots` holders, at most `queue` waiters. */
function turns(slots: number, queue: number) {
  let free = slots;
  const waiting: (() => void)[] = [];
  return {
    acquire(): Promise<void> {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      if (waiting.length >= queue) return Promise.reject(new PrinterBusyError('Too many prints are waiting.'));
      return new Promise((resolve) => waiting.push(resolve));
    },
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}

/**
 * Prints HTML to PDF in headless Chromium (playwright-core). The browser is launched on the first
 * print, reused by the next ones and relaunched if it dies; pages are printed in contexts with
 * JavaScript off and every network request aborted, so a page prints exactly what its HTML holds.
 */
export function createPdfPrinter(options: PdfPrinterOptions): PdfPrinter {
  const maxConcurrent = options.maxConcurrent ?? 2;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const queue = turns(maxConcurrent, options.maxWaiting ?? 20);
  let browser: Promise<Browser> | null = null;
  let closed = false;

  const launch = (): Promise<Browser> => {
    if (closed) return Promise.reject(new PrinterUnavailableError('The printer is closed.'));
    if (!existsSync(options.executablePath)) {
      return Promise.reject(new PrinterUnavailableError(`No Chromium at ${options.executablePath}.`));
    }
    if (!browser) {
      const launching = chromium
        .launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS, timeout: timeoutMs })
        .then((started) => {
          started.on('disconnected', () => {
            if (browser === launching) browser = null;
            idle.length = 0;
          });
          return started;
        })
        .catch((error: unknown) => {
          if (browser === launching) browser = null;
          throw new PrinterUnavailableError(`Chromium did not start: ${(error as Error).message}`);
        });
      browser = launching;
    }
    return browser;
  };

  /**
   * Pages ready for the next print, at most one per turn: a new page costs Chromium a renderer
   * process (about half of a warm print here), while a page only ever holds what `setContent` put
   * in it, with JavaScript off and the network cut, so the next print replaces it whole.
   */
  const idle: Page[] = [];

  const openPage = async (): Promise<Page> => {
    const reused = idle.pop();
    if (reused && !reused.isClosed()) return reused;
    const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    return context.newPage();
  };

  /** One print; an abort closes the page's context, which ends whatever is under way. */
  const printOnce = async (html: string, signal: AbortSignal): Promise<Buffer> => {
    const page = await openPage();
    const discard = () =>
      void page
        .context()
        .close()
        .catch(() => undefined);
    signal.addEventListener('abort', discard);
    let printed = false;
    try {
      signal.throwIfAborted();
      await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        margin: { top: '20mm', right: '18mm', bottom: '22mm', left: '18mm' },
      });
      printed = true;
      return pdf;
    } finally {
      signal.removeEventListener('abort', discard);
      if (printed && !closed && !signal.aborted && idle.length < maxConcurrent) idle.push(page);
      else discard();
    }
  };

  return {
    async print(html) {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new PrinterBusyError(`The print took longer than ${timeoutMs} ms.`));
        }, timeoutMs);
      });
      deadline.catch(() => undefined);
      const turn = queue.acquire();
      try {
        await Promise.race([turn, deadline]);
      } catch (error) {
        clearTimeout(timer);
        // A turn granted after the deadline is handed straight on.
        turn.then(
          () => queue.release(),
          () => undefined,
        );
        throw error;
      }
      // The turn is given back only once the print has really ended (an abort ends it quickly).
      const printing = printOnce(html, controller.signal);
      printing.then(
        () => queue.release(),
        () => queue.release(),
      );
      try {
        return await Promise.race([printing, deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      closed = true;
      idle.length = 0;
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
