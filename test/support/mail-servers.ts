// Real mail and SMS servers on loopback for tests: an SMTP server that keeps what it receives (and can
// refuse chosen recipients), and an HTTP listener standing in for an SMS gateway.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Mail {
  to: string[];
  raw: string;
}

export interface Mailbox {
  mails: Mail[];
  port: number;
  /** SMTP reply code for RCPT TO of these addresses (e.g. 550: refused). */
  refuse: Set<string>;
  close(): Promise<void>;
}

export async function startMailbox(mails: Mail[] = []): Promise<Mailbox> {
  const refuse = new Set<string>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, sessionInfo, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: sessionInfo.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return { mails, refuse, port: (smtp.server.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}

export interface SmsGateway {
  messages: Array<{ headers: Record<string, unknown>; body: any }>;
  url: string;
  status: { code: number };
  close(): Promise<void>;
}

export async function startSmsGateway(): Promise<SmsGateway> {
  const messages: SmsGateway['messages'] = [];
  const status = { code: 200 };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', () => {
      messages.push({ headers: request.headers, body: JSON.parse(body) });
      response.statusCode = status.code;
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  return { messages, url, status, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
