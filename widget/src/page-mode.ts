// Respondent pages (/s/:token, /k/:surveyId): the server puts the survey in a JSON block; this draws it,
// saves answers as the respondent goes, and on a kiosk starts over for the next customer.
import type { Answers, Lang, SurveyDefinition } from '../../src/domain/surveys/survey-flow.ts';
import { mountSurvey } from './render.ts';
import { answerSender } from './transport.ts';

interface PageData {
  definition: SurveyDefinition;
  lang: Lang;
  submitUrl: string;
  answers: Answers;
  kiosk: boolean;
}

const KIOSK_RESET_MS = 8000;
// A customer who walks away mid-survey must not leave their answers for the next one to see.
const KIOSK_IDLE_MS = 90_000;

export function startPage(): void {
  const host = document.getElementById('openvoc-survey');
  const data = JSON.parse(document.getElementById('openvoc-data')?.textContent ?? 'null') as PageData | null;
  if (!host || !data) return;
  const sender = answerSender(data.submitUrl, data.lang);
  let timer = 0;
  const start = (answers: Answers) => {
    clearTimeout(timer);
    sender.reset();
    mountSurvey(host, {
      definition: data.definition,
      lang: data.lang,
      answers,
      save: sender.send,
      ...(data.kiosk ? { restart: () => start({}), onDone: () => (timer = window.setTimeout(() => start({}), KIOSK_RESET_MS)) } : {}),
    });
  };
  start(data.answers);
  if (data.kiosk) {
    let idle = 0;
    const wake = () => {
      clearTimeout(idle);
      idle = window.setTimeout(() => start({}), KIOSK_IDLE_MS);
    };
    for (const type of ['pointerdown', 'keydown', 'input']) host.addEventListener(type, wake, true);
    wake();
  }
}
