import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { DEFAULT_CHROMIUM_PATH } from './chromium-path';
import { createPdfPrinter, PrinterBusyError, PrinterUnavailableError, type PdfPrinter } from './pdf-printer';

const CHROMIUM = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Printed</title></head><body><h1>Hello manual</h1></body></html>';

describe('the PDF printer without Chromium', () => {
  it('refuses with PrinterUnavailableError, never an unexpected error', async () => {
    const printer = createPdfPrinter({ executablePath: '/nowhere/chromium' });
    await expect(printer.print(PAGE)).rejects.toBeInstanceOf(PrinterUnavailableError);
    await printer.close();
  });
});

// CI installs Debian's chromium (.ci/run); a machine without it skips, saying why.
const withChromium = existsSync(CHROMIUM) ? describe : describe.skip;

withChromium('the PDF printer in headless Chromium', () => {
  let printer: PdfPrinter;
  let requests: string[];
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    requests = [];
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/css' }).end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    printer = createPdfPrinter({ executablePath: CHROMIUM, maxConcurrent: 1, maxWaiting: 1 });
  });
  afterAll(async () => {
    await printer.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('prints HTML to a PDF document', async () => {
    const pdf = await printer.print(PAGE);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  }, 60_000);

  it('loads nothing from the network and runs no script while printing', async () => {
    const page = `<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="${origin}/style.css">
      <style>@import url("${origin}/imported.css");</style></head>
      <body><img src="${origin}/image.png"><script>fetch("${origin}/script")</script>
      <iframe src="${origin}/frame"></iframe><p>text</p></body></html>`;
    const pdf = await printer.print(page);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(requests).toEqual([]);
  }, 60_000);

  it('lets a bounded number of prints wait their turn and refuses the rest as busy', async () => {
    // One prints, one waits, the third finds the queue full.
    const results = await Promise.allSettled([printer.print(PAGE), printer.print(PAGE), printer.print(PAGE)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(PrinterBusyError);
    // The turns were all given back.
    await expect(printer.print(PAGE)).resolves.toBeInstanceOf(Buffer);
  }, 60_000);

  it('refuses prints once closed', async () => {
    const closing = createPdfPrinter({ executablePath: CHROMIUM });
    await closing.print(PAGE);
    await closing.close();
    await expect(closing.print(PAGE)).rejects.toBeInstanceOf(PrinterUnavailableError);
  }, 60_000);
});
