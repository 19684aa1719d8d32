// One pino logger for the process. Secrets are redacted by path so a logged request or config
// object can never print a password, session cookie or API key.
import { pino, type Logger, type LoggerOptions } from 'pino';
import { config } from './config.ts';

export const redactedPaths = [
  'password',
  '*.password',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'key',
  '*.key',
];

export function loggerOptions(): LoggerOptions {
  const { logLevel, logPretty } = config();
  return {
    level: logLevel,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    ...(logPretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  };
}

let root: Logger | undefined;

export function logger(): Logger {
  root ??= pino(loggerOptions());
  return root;
}
