import pino, { type Logger } from 'pino';
import type { AppConfig } from './config';

/** Structured JSON logs (pino); request logs carry `reqId`. Secrets never go into log fields. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'yibao-graph' },
    redact: ['req.headers.authorization', 'authorization', 'password'],
  });
}
