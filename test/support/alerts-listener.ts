// A real HTTP listener on 127.0.0.1 that records every request (headers and raw body) and answers with
// a programmable status, standing in for a webhook receiver or a WeCom/DingTalk/Feishu/Slack robot.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Listener {
  url: string;
  received: ReceivedRequest[];
  /** Answers the next `count` requests with this status (then 200 again). */
  failNext(count: number, status?: number): void;
  /** The JSON answer body for 200s (e.g. {"errcode":0} like WeCom). */
  answer: string;
  close(): Promise<void>;
}

export async function startListener(): Promise<Listener> {
  let failures = 0;
  let failStatus = 500;
  const state: Listener = {
    url: '',
    received: [],
    answer: '{"errcode":0,"code":0}',
    failNext: (count, status = 500) => {
      failures = count;
      failStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      state.received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (failures > 0) {
        failures--;
        response.writeHead(failStatus).end('try again');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(state.answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
