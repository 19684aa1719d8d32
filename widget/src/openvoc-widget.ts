// The embeddable survey widget and respondent-page script: one framework-free file (/widget.js).
// On a website: <script src="https://voc.example.com/widget.js" data-survey="<id>" data-trigger="delay:5" async></script>
// On OpenVoC's own respondent pages (data-mode="page") it draws the survey in the page.
import type { Lang } from '../../src/domain/surveys/survey-flow.ts';
import { createEmbed } from './embed-mode.ts';
import { startPage } from './page-mode.ts';

interface OpenVoCApi {
  version: string;
  /** Tells OpenVoC who the visitor is (member_id, email, phone, device_id…); sent with their answers. */
  identify(identifiers: Record<string, string>): void;
  /** Fires a custom trigger, same as dispatching the "openvoc:<name>" event on window. */
  track(event: string): void;
  /** Shows the survey now, ignoring the trigger and the frequency cap. */
  show(): Promise<boolean>;
  hide(): void;
  /** Forgets that this visitor saw or answered the survey. */
  reset(): void;
  identifiers: Record<string, string>;
}

declare global {
  interface Window {
    OpenVoC?: OpenVoCApi;
  }
}

function langOf(value: string | undefined): Lang {
  const lang = (value ?? navigator.language).toLowerCase();
  return lang.startsWith('zh') ? 'zh-CN' : 'en';
}

function start(script: HTMLScriptElement | null): void {
  const data = script?.dataset ?? {};
  if (data.mode === 'page') return startPage();
  const source = script?.src ? new URL(script.src, location.href) : new URL(location.href);
  const identifiers: Record<string, string> = {};
  const embed = data.survey
    ? createEmbed(
        {
          host: (data.host ?? source.origin).replace(/\/+$/, ''),
          surveyId: data.survey,
          lang: langOf(data.lang),
          trigger: data.trigger ?? 'pageview',
          capDays: Number(data.capDays ?? 30),
          channel: data.channel === 'app' ? 'app' : 'website',
        },
        identifiers,
      )
    : null;
  window.OpenVoC = {
    version: '1.0.0',
    identifiers,
    identify: (ids) => {
      for (const [kind, value] of Object.entries(ids)) if (typeof value === 'string' && value) identifiers[kind] = value;
    },
    track: (event) => void window.dispatchEvent(new Event(`openvoc:${event}`)),
    show: () => embed?.show(true) ?? Promise.resolve(false),
    hide: () => embed?.hide(),
    reset: () => embed?.reset(),
  };
  embed?.arm();
}

if (!window.OpenVoC) start(document.currentScript as HTMLScriptElement | null);

export {};
