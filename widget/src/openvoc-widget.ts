// The embeddable feedback widget (framework-free, configured by data-* attributes on its <script>).
// This first version only announces itself and records the host page's configuration and identity
// calls; the survey UI arrives with the surveys capability.

interface WidgetConfig {
  host: string;
  surveyId: string | null;
  lang: string;
}

interface OpenVoCApi {
  version: string;
  config: WidgetConfig;
  identify(identifiers: Record<string, string>): void;
  identifiers: Record<string, string>;
}

declare global {
  interface Window {
    OpenVoC?: OpenVoCApi;
  }
}

function readConfig(script: HTMLScriptElement | null): WidgetConfig {
  const source = script?.src ? new URL(script.src, window.location.href) : new URL(window.location.href);
  return {
    host: script?.dataset.host ?? source.origin,
    surveyId: script?.dataset.survey ?? null,
    lang: script?.dataset.lang ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'),
  };
}

if (!window.OpenVoC) {
  const api: OpenVoCApi = {
    version: '0.1.0',
    config: readConfig(document.currentScript as HTMLScriptElement | null),
    identifiers: {},
    identify(identifiers) {
      Object.assign(api.identifiers, identifiers);
    },
  };
  window.OpenVoC = api;
}

export {};
