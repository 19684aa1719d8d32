// What every browser test starts with: the app listening on a free loopback port, Debian's Chromium,
// and (when the test needs jobs to run) a worker; one close() stops all of it in the right order.
import type { AddressInfo } from 'node:net';
import type { Runner } from 'graphile-worker';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { startWorker } from '../../src/jobs/start-worker.ts';
import { launchChromium } from './browser.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export interface BrowserTestBed {
  testApp: TestApp;
  /** http://127.0.0.1:<port> of the listening app. */
  baseUrl: string;
  browser: Browser;
  /** Starts a job worker on the test database; close() stops it. */
  startWorker(concurrency: number): Promise<Runner>;
  close(): Promise<void>;
}

export async function startBrowserTestBed(env: Record<string, string> = {}): Promise<BrowserTestBed> {
  const testApp = await startTestApp(env);
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(testApp.app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const workers: Runner[] = [];
  return {
    testApp,
    baseUrl,
    browser,
    startWorker: async (concurrency) => {
      const worker = await startWorker(testApp.pool, pino({ level: 'silent' }), { concurrency });
      workers.push(worker);
      return worker;
    },
    close: async () => {
      await browser.close();
      for (const worker of workers) await worker.stop();
      await testApp.close();
    },
  };
}
