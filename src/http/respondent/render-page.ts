// Server-rendered respondent pages: a small HTML shell that works without any framework. The survey
// itself is drawn by the widget renderer (/widget.js in page mode) from a JSON data block; the page
// carries no inline script, so it runs under the app's CSP (script-src 'self').
import type { Lang, SurveyDefinition } from '../../domain/surveys/survey-flow.ts';
import { textOf } from '../../domain/surveys/survey-flow.ts';
import { escapeText } from '../../domain/surveys/escape-text.ts';
import { respondentText, type RespondentText } from './respondent-texts.ts';

/** JSON safe inside a <script type="application/json"> element: no "</script>" or comment openers. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const PAGE_STYLE = `body{margin:0;font:16px/1.5 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei","Segoe UI",Roboto,sans-serif;background:#f4f6f8;color:#1f2933}
main{max-width:560px;margin:0 auto;padding:16px}.message{background:#fff;border-radius:12px;padding:24px;margin-top:24px;text-align:center}`;

function shell(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<meta name="robots" content="noindex"><title>${escapeText(title)}</title><style>${PAGE_STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export interface SurveyPageData {
  surveyId: string;
  definition: SurveyDefinition;
  lang: Lang;
  /** Where answers are posted (relative to this server). */
  submitUrl: string;
  answers: Record<string, unknown>;
  /** Kiosk pages start over after each response. */
  kiosk: boolean;
}

export function renderSurveyPage(data: SurveyPageData): string {
  const title = textOf(data.definition.title, data.lang);
  return shell(
    data.lang,
    title,
    `<div id="openvoc-survey" data-testid="survey-root" aria-live="polite"></div>
<noscript><p class="message">${escapeText(respondentText(data.lang, 'noscript'))}</p></noscript>
<script type="application/json" id="openvoc-data">${jsonForHtml(data)}</script>
<script src="/widget.js" data-mode="page" defer></script>`,
  );
}

export function renderMessagePage(lang: Lang, title: string, key: RespondentText): string {
  return shell(lang, title || respondentText(lang, key), `<p class="message" data-testid="survey-message" role="status">${escapeText(respondentText(lang, key))}</p>`);
}

export function renderOptOutPage(lang: Lang, action: string, done: boolean): string {
  const body = done
    ? `<p class="message" data-testid="opt-out-done" role="status">${escapeText(respondentText(lang, 'optedOut'))}</p>`
    : `<form class="message" method="post" action="${escapeText(action)}"><p>${escapeText(respondentText(lang, 'optOutTitle'))}</p><button type="submit" data-testid="opt-out-submit">${escapeText(respondentText(lang, 'optOutButton'))}</button></form>`;
  return shell(lang, respondentText(lang, 'optOutTitle'), body);
}
