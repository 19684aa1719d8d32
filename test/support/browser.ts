// Debian's Chromium driven by playwright-core: never a downloaded browser. The flags keep Chromium
// from reaching for Google's services, which this closed network refuses.
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEST_PASSWORD } from './test-app.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Opens `path` signed out, signs in on the login page it redirects to, and waits to be back on `path`. */
export async function signInAt(page: Page, baseUrl: string, email: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}
