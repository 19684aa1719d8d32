// Posting answers to OpenVoC: JSON without cookies (the widget runs on other sites); the CSRF header
// also lets a signed-in dashboard user answer their own survey from the same browser.
import type { Answers, Lang } from '../../src/domain/surveys/survey-flow.ts';
import type { SaveResult } from './render.ts';

export function newSession(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function answerSender(url: string, lang: Lang, extra: () => Record<string, unknown> = () => ({})) {
  let session = newSession();
  const send = async (answers: Answers, completed: boolean): Promise<SaveResult> => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'omit',
        keepalive: completed,
        headers: { 'content-type': 'application/json', 'x-openvoc-csrf': '1' },
        body: JSON.stringify({ answers, completed, lang, session, ...extra() }),
      });
      if (response.ok) return 'ok';
      const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
      return body?.error?.code === 'already_answered' ? 'answered' : 'failed';
    } catch {
      return 'failed';
    }
  };
  return { send, reset: () => (session = newSession()) };
}
