// The benchmarks' HTTP client: node:http with kept-alive connections. The bench client shares the
// machine with what it measures, and fetch (undici) costs ~5x more CPU per request, which the server
// then lacks: 0.28–0.33 ms against 0.05–0.07 ms per small POST at 32 in flight (client and a trivial
// server in one process, measured 24 Nov 2026).
import http from 'node:http';

export interface Posted {
  status: number;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function postJson(url: string, headers: Record<string, string>, body: string): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
