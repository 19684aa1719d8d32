// How invitations leave OpenVoC: e-mail over the organisation's SMTP server (nodemailer), SMS through
// the organisation's generic HTTP webhook (any provider or gateway; no vendor SDK).
import nodemailer from 'nodemailer';
import type { SmsSettings, SmtpSettings } from './surveys.repo.ts';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export type Messenger = (message: OutgoingMessage) => Promise<void>;

/** The server or gateway is unreachable or overloaded: worth trying again later, not the recipient's fault. */
export class TransientDeliveryError extends Error {
  override readonly name = 'TransientDeliveryError';
}

// nodemailer's codes for connection-level failures (a refused recipient is EENVELOPE: permanent).
const TRANSIENT_SMTP_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'EPROTOCOL']);

export function isTransientDeliveryError(error: unknown): boolean {
  return error instanceof TransientDeliveryError;
}

export function smtpMessenger(settings: SmtpSettings): { send: Messenger; close(): void } {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    pool: true,
    maxConnections: 2,
  });
  return {
    send: async (message) => {
      try {
        await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text, ...(message.html ? { html: message.html } : {}) });
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        const status = (error as { responseCode?: number }).responseCode ?? 0;
        // 4xx SMTP replies are "try again later" by definition.
        if (TRANSIENT_SMTP_CODES.has(code) || (status >= 400 && status < 500)) throw new TransientDeliveryError((error as Error).message);
        throw error;
      }
    },
    close: () => transport.close(),
  };
}

/** {{to}} and {{text}} are JSON-escaped, so a JSON body template stays valid JSON whatever the text holds. */
export function renderSmsBody(template: string, to: string, text: string): string {
  const escape = (value: string) => JSON.stringify(value).slice(1, -1);
  return template.replaceAll('{{to}}', escape(to)).replaceAll('{{text}}', escape(text));
}

export function smsMessenger(settings: SmsSettings): { send: Messenger; close(): void } {
  return {
    send: async (message) => {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...settings.headers },
        body: renderSmsBody(settings.body_template, message.to, message.text),
        signal: AbortSignal.timeout(15_000),
      }).catch((error: Error) => {
        throw new TransientDeliveryError(`SMS webhook unreachable: ${error.message}`);
      });
      await response.body?.cancel();
      // 429 and 5xx say "later"; any other refusal is about this message.
      if (response.status === 429 || response.status >= 500) throw new TransientDeliveryError(`SMS webhook answered HTTP ${response.status}`);
      if (!response.ok) throw new Error(`SMS webhook answered HTTP ${response.status}`);
    },
    close: () => undefined,
  };
}
