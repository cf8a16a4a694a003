import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { inTenantTransaction, translateConnectionError, type MikroORM } from '../db';
import { rlsSettings, type Principal, type TokenVerifier } from '../modules/identity';
import { createContext, type RequestContext } from './context';
import { CodedError, type ErrorCode } from '../shared/errors';
import { refuseDocumentText } from './document-guard';
import { httpErrorBody, httpStatusFor } from './format-error';
import { RETRY_AFTER_SECONDS } from './service-unavailable';

export interface HttpDeps {
  config: AppConfig;
  orm: MikroORM;
  apollo: ApolloServer<RequestContext>;
  verifier: TokenVerifier;
  log: Logger;
}

interface Outcome {
  response: HTTPGraphQLResponse;
  body: string;
}

/** Thrown out of the tenant transaction to roll it back while still answering the client. */
class Rollback {
  constructor(readonly outcome: Outcome) {}
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function drain(body: HTTPGraphQLResponse['body']): Promise<string> {
  if (body.kind === 'complete') return body.string;
  let text = '';
  for await (const chunk of body.asyncIterator) text += chunk;
  return text;
}

function sendJson(
  res: ServerResponse,
  status: number,
  payload: unknown,
  extraHeaders: Record<string, string> = {},
) {
  const text = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...extraHeaders,
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
) {
  sendJson(res, httpStatusFor(code), httpErrorBody(code, message), headers);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Requests slower than this are logged at warn level (all others at debug). */
const SLOW_REQUEST_MS = 1_000;

/**
 * The HTTP front door: `/graphql` (GraphQL over HTTP, GET and POST), `/healthz` (the process is
 * up) and `/readyz` (the database answers). Each GraphQL request is authenticated first, then
 * executed entirely inside one tenant transaction (settings first, every resolver and loader on
 * the transaction's EntityManager), the response body is drained, and the transaction commits —
 * or rolls back when the response carries errors.
 */
export function createHttpServer(deps: HttpDeps): Server {
  const { config, log } = deps;

  async function handleGraphQL(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
  ) {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'POST') {
      sendJson(res, 405, httpErrorBody('BAD_USER_INPUT', `Method ${method} not allowed`), {
        allow: 'GET, POST',
      });
      return;
    }
    let raw = '';
    if (method === 'POST') {
      try {
        raw = await readBody(req, config.limits.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          res.setHeader('connection', 'close');
          sendJson(
            res,
            413,
            httpErrorBody(
              'BAD_USER_INPUT',
              `Request body over ${config.limits.maxBodyBytes} bytes`,
            ),
          );
          return;
        }
        throw error;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    const contentType = headers.get('content-type') ?? '';
    if (method === 'POST' && contentType.includes('json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendError(res, 'BAD_USER_INPUT', 'Malformed JSON in request body');
        return;
      }
    } else if (method === 'POST') {
      body = raw;
    }

    // NUL characters are refused where they enter: the lexer (raw in the document), a validation
    // rule (string escapes) and the variables guard (src/graphql/nul-guard.ts), before any SQL
    // graphql-js recurses through documents: one nested thousands deep must not reach it
    const refused = refuseDocumentText(
      method === 'GET' ? url.searchParams.get('query') : (body as { query?: unknown })?.query,
    );
    if (refused) {
      sendJson(res, 400, httpErrorBody('BAD_USER_INPUT', refused.message, refused.reason));
      return;
    }

    let principal: Principal;
    try {
      principal = await deps.verifier.verify(req.headers.authorization);
    } catch (error) {
      if (error instanceof CodedError) {
        sendError(res, error.code, error.message, { 'www-authenticate': 'Bearer' });
        return;
      }
      throw error;
    }

    // a child logger only when something is logged: nothing is logged on a normal request
    let requestLog: Logger | undefined;
    const logOf = () =>
      (requestLog ??= log.child({
        reqId: requestId,
        scope: principal.scope,
        tenant: principal.code,
      }));
    const started = performance.now();
    let context: RequestContext | undefined;
    const send = (outcome: Outcome) => {
      const out: Record<string, string> = {
        'content-length': String(Buffer.byteLength(outcome.body)),
      };
      for (const [key, value] of outcome.response.headers) out[key] = value;
      res.writeHead(outcome.response.status ?? 200, out);
      res.end(outcome.body);
    };
    let answered = false;
    const outcome = await inTenantTransaction(deps.orm, rlsSettings(principal), async (tx) => {
      context = createContext({
        principal,
        tx,
        metadata: deps.orm,
        limits: config.limits,
        requestId,
        log: logOf,
      });
      const ctx = context;
      const response = await deps.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: async () => ctx,
      });
      const text = await drain(response.body);
      const result = { response, body: text };
      if (ctx.state.failed || (response.status ?? 200) >= 400) throw new Rollback(result);
      // A query that only read through the select-only runner holds no writes: its answer is
      // final already, so the client need not wait for COMMIT's round trip. Anything that used
      // the ORM (a mutation above all) is answered only once committed.
      if (ctx.state.operationKind === 'query' && !tx.ormUsed) {
        send(result);
        answered = true;
      }
      return result;
    }).catch((error: unknown) => {
      if (error instanceof Rollback) return error.outcome;
      if (answered) {
        // the reads were answered from one snapshot; only ending the transaction failed
        logOf().warn({ err: error }, 'ending an answered read-only transaction failed');
        return undefined;
      }
      throw error;
    });

    if (!answered && outcome) send(outcome);
    const status = outcome?.response.status ?? 200;
    const ms = performance.now() - started;
    // one line per request costs a write on the hot path: debug level, or warn when slow
    const level = ms >= SLOW_REQUEST_MS ? 'warn' : 'debug';
    if (log.isLevelEnabled(level)) {
      logOf()[level](
        {
          operation: context?.state.operationName,
          status,
          committed: !context?.state.failed && status < 400,
          ms: Math.round(ms),
        },
        ms >= SLOW_REQUEST_MS ? 'slow graphql request' : 'graphql request',
      );
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      switch (url.pathname) {
        case '/healthz':
          sendJson(res, 200, { status: 'ok' });
          return;
        case '/readyz':
          try {
            await deps.orm.em.fork().execute('select 1');
            sendJson(res, 200, { status: 'ready' });
          } catch {
            sendJson(res, 503, { status: 'database unavailable' });
          }
          return;
        case '/graphql':
          await handleGraphQL(req, res, url, requestId);
          return;
        default:
          sendJson(res, 404, { error: 'Not found: GraphQL is served at /graphql' });
      }
    } catch (error) {
      // the database cannot be reached (no connection, BEGIN or COMMIT failed): 503, not a bug
      const unavailable = translateConnectionError(error);
      log.error(
        { err: error, reqId: requestId },
        unavailable ? 'database unavailable' : 'request failed',
      );
      if (res.headersSent) res.destroy();
      else if (!unavailable) sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else {
        const { code, message, reason } = unavailable;
        const retry = { 'retry-after': RETRY_AFTER_SECONDS };
        sendJson(res, httpStatusFor(code), httpErrorBody(code, message, reason), retry);
      }
    }
  }

  return createServer((req, res) => void handle(req, res));
}
