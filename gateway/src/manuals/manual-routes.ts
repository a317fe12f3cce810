import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import { Router, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '@best/kit';
import { viewerOf } from '../auth';
import { requestIdOf } from '../auth/request-id';
import { rateLimit, type RateLimitOptions } from '../http/rate-limit';
import { sendRefusal } from '../http/refusal';
import type { GatewayContext } from '../server';
import { MANUAL_OPERATION, type ManualData } from './manual.operation';
import { PrinterBusyError, PrinterUnavailableError, type PdfPrinter } from './pdf-printer';
import { manualSlug } from './printable-manual';
import { renderManualHtml } from './render-manual-html';

export interface ManualRoutesOptions {
  /** The gateway's Apollo Server: a manual is read through its normal pipeline, as the caller. */
  apollo: ApolloServer<GatewayContext>;
  /** The gateway's authentication (session cookie or API token), as for /graphql; anonymous without one. */
  authenticate: RequestHandler;
  /** Browser origins allowed to read a manual with credentials (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  /** Prints the manual's HTML to PDF. */
  printer: PdfPrinter;
  /** The gateway's rate limits; manuals count against their own `manuals` counters. */
  rateLimits?: Partial<RateLimitOptions>;
  logger: Logger;
}

const MANUAL_FILE = /^(?<id>.+)\.(?<format>html|pdf)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A manual never loads anything: no script runs, no style, font or image comes from elsewhere, and
 * it is never framed. Applies to the HTML page; the PDF is not a web page.
 */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; frame-ancestors 'none'";

/**
 * `GET /manuals/<id>.html` and `GET /manuals/<id>.pdf`: the manual rendered from the API. Each
 * request runs `manual(id)` through Apollo Server as the caller (limits, error masking and the
 * awards subgraph's read rule apply: a draft is null, so 404, for anyone who may not read it), and
 * prints only published stories whose current consent is PUBLIC and covers PRINT; never cached
 * (`Cache-Control: no-store`), so a withdrawn consent is gone from the very next rendering. The PDF
 * is the same HTML printed by headless Chromium. `HEAD` (which Express routes to the GET handler)
 * reads the manual too but never prints.
 */
export function manualRoutes(options: ManualRoutesOptions): Router {
  const { logger } = options;
  const router = Router();
  router.use(
    (_req, res, next) => {
      res.set({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      next();
    },
    cors({ origin: [...options.corsOrigins], credentials: true, methods: ['GET', 'HEAD'] }),
    rateLimit({
      ...options.rateLimits,
      scope: 'manuals',
      onStoreError: (err) => logger.warn({ err }, 'rate limit store failed'),
    }),
  );

  router.get('/:file', options.authenticate, async (req, res) => {
    const match = MANUAL_FILE.exec(String(req.params.file));
    if (!match?.groups) {
      return sendRefusal(res, 404, ErrorCode.NOT_FOUND, 'A manual is at /manuals/<id>.html or /manuals/<id>.pdf.');
    }
    const { id, format } = match.groups;
    if (!UUID.test(id)) {
      return sendRefusal(res, 400, ErrorCode.BAD_USER_INPUT, `"${id.slice(0, 60)}" is not a manual id (a UUID).`);
    }
    const requestId = requestIdOf(req);
    const response = await options.apollo.executeOperation(
      { query: MANUAL_OPERATION, operationName: 'ManualForPrint', variables: { id } },
      { contextValue: { requestId, viewer: viewerOf(res) } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const data = result?.data as ManualData | null | undefined;
    // Partial data would print a manual with holes nobody notices: any error fails the rendering.
    if (!result || result.errors?.length || !data) {
      logger.error({ requestId, errors: result?.errors }, 'manual operation failed');
      return sendRefusal(
        res,
        502,
        ErrorCode.SERVICE_UNAVAILABLE,
        'The manual could not be loaded in full. Try again later.',
      );
    }
    if (!data.manual) {
      return sendRefusal(res, 404, ErrorCode.NOT_FOUND, 'There is no manual with this id that you may read.');
    }
    const pdfHeaders = {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${manualSlug(data.manual)}.pdf"`,
    };
    if (format === 'pdf' && req.method === 'HEAD') {
      // HEAD must answer as GET would (RFC 9110 §9.3.2), but printing a PDF only to throw it away
      // would let anyone keep Chromium busy: the status and headers come from reading the manual, and
      // Content-Length, known only once printed, is left out, as the RFC allows.
      return res.status(200).set(pdfHeaders).end();
    }
    const html = renderManualHtml(data.manual);
    if (format === 'html') {
      return res
        .status(200)
        .set({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': HTML_POLICY })
        .send(html);
    }
    try {
      const started = Date.now();
      const pdf = await options.printer.print(html);
      logger.info({ requestId, ms: Date.now() - started, bytes: pdf.length }, 'manual printed');
      res.status(200).set(pdfHeaders).send(pdf);
    } catch (error) {
      if (error instanceof PrinterUnavailableError) {
        logger.error({ requestId, err: error }, 'no Chromium to print a manual');
        return sendRefusal(
          res,
          503,
          ErrorCode.SERVICE_UNAVAILABLE,
          'PDF printing is not available on this server; the manual can be read as HTML.',
        );
      }
      if (error instanceof PrinterBusyError) {
        logger.warn({ requestId, err: error }, 'manual printer busy');
        return sendRefusal(
          res,
          503,
          ErrorCode.SERVICE_UNAVAILABLE,
          'Too many manuals are being printed right now. Try again in a minute.',
          { 'retry-after': '30' },
        );
      }
      throw error;
    }
  });

  router.use((_req, res) =>
    sendRefusal(res, 404, ErrorCode.NOT_FOUND, 'A manual is at /manuals/<id>.html or /manuals/<id>.pdf.'),
  );
  return router;
}
