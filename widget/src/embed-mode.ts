// The widget on a customer's website or app: fetches its survey, waits for its trigger (page view, N
// seconds, a custom event from the host page, exit intent), respects the per-visitor frequency cap,
// and floats the survey in a shadow root so neither page restyles the other.
import type { Lang, SurveyDefinition } from '../../src/domain/surveys/survey-flow.ts';
import { mountSurvey } from './render.ts';
import { answerSender } from './transport.ts';

export interface EmbedConfig {
  host: string;
  surveyId: string;
  lang: Lang;
  /** "pageview" | "delay:<seconds>" | "event:<name>" | "exit" | "manual" */
  trigger: string;
  /** Days before the same visitor is asked again after seeing it (completed visitors are not asked again). */
  capDays: number;
  channel: 'website' | 'app';
}

interface Seen {
  shownAt?: number;
  completed?: boolean;
}

const DAY_MS = 86_400_000;

export function createEmbed(config: EmbedConfig, identifiers: Record<string, string>) {
  const storageKey = `openvoc:${config.surveyId}`;
  const seen = (): Seen => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Seen;
    } catch {
      return {};
    }
  };
  const remember = (update: Seen) => {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ ...seen(), ...update }));
    } catch {
      // Private browsing may refuse storage; the cap then lasts only for this page.
    }
  };
  let element: HTMLElement | null = null;

  const allowed = () => {
    const state = seen();
    return !state.completed && !(state.shownAt && Date.now() - state.shownAt < config.capDays * DAY_MS);
  };

  async function show(force = false): Promise<boolean> {
    if (element || (!force && !allowed())) return false;
    const response = await fetch(`${config.host}/w/${config.surveyId}`, { credentials: 'omit' }).catch(() => null);
    const survey = response?.ok ? ((await response.json()) as { availability: string; definition: SurveyDefinition }) : null;
    if (!survey || survey.availability !== 'open' || element) return false;
    element = document.createElement('openvoc-survey');
    element.setAttribute('data-testid', 'openvoc-widget');
    document.body.append(element);
    remember({ shownAt: Date.now() });
    const sender = answerSender(`${config.host}/w/${config.surveyId}/responses`, config.lang, () => ({ identifiers, channel: config.channel }));
    mountSurvey(element, {
      definition: survey.definition,
      lang: config.lang,
      floating: true,
      save: sender.send,
      onDone: () => remember({ completed: true }),
      onClose: hide,
    });
    return true;
  }

  function hide(): void {
    element?.remove();
    element = null;
  }

  function arm(): void {
    const [kind, argument] = config.trigger.split(':');
    if (kind === 'manual') return;
    if (kind === 'delay') window.setTimeout(() => void show(), Math.max(0, Number(argument) || 0) * 1000);
    else if (kind === 'event' && argument) window.addEventListener(`openvoc:${argument}`, () => void show(), { once: true });
    else if (kind === 'exit') {
      const onLeave = (event: MouseEvent) => {
        if (event.clientY > 0 || event.relatedTarget) return;
        document.removeEventListener('mouseout', onLeave);
        void show();
      };
      document.addEventListener('mouseout', onLeave);
    } else void show();
  }

  return { show, hide, arm, reset: () => localStorage.removeItem(storageKey) };
}
