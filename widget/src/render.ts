// The respondent renderer shared by the respondent pages (/s/, /k/), the embeddable widget and the
// dashboard's live preview: one question per step (thumb-friendly on phones), native radio and checkbox
// inputs (keyboard and screen-reader accessible), skip logic, partial saves. All survey text is set with
// textContent, never as HTML.
import { isBlank, nextIndex, SCALES, textOf, type Answer, type Answers, type Lang, type Question, type SurveyDefinition } from '../../src/domain/surveys/survey-flow.ts';
import { STYLES } from './styles.ts';
import { ui } from './texts.ts';

export type SaveResult = 'ok' | 'answered' | 'failed';

export interface RenderOptions {
  definition: SurveyDefinition;
  lang: Lang;
  answers?: Answers;
  /** Persists answers; `completed` is the final submit. Absent in the preview. */
  save?: (answers: Answers, completed: boolean) => Promise<SaveResult>;
  /** Called after the thank-you screen is shown (kiosk resets, the widget records completion). */
  onDone?: () => void;
  onClose?: () => void;
  floating?: boolean;
  /** Kiosk pages offer "start again" on the thank-you screen. */
  restart?: () => void;
}

type Child = Node | string | null | false | undefined;

export function h(tag: string, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

export function mountSurvey(host: HTMLElement, options: RenderOptions): { destroy(): void } {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.replaceChildren(h('style', {}, STYLES));
  const card = h('div', { class: `card${options.floating ? ' float' : ''}`, role: 'region', 'aria-label': textOf(options.definition.title, options.lang) });
  root.append(card);
  const { definition, lang } = options;
  const answers: Answers = { ...(options.answers ?? {}) };
  const history: number[] = [];
  let index = definition.questions.length ? 0 : -1;
  const t = (texts: Parameters<typeof textOf>[0]) => textOf(texts, lang);

  function closeButton(): Child {
    return options.onClose && h('button', { class: 'close', type: 'button', 'aria-label': ui(lang, 'close'), 'data-testid': 'survey-close' }, '×');
  }

  // Focus moves only when the respondent moves between questions: never on first display, so the widget does
  // not steal focus from the host page and the builder's preview not from the field being typed in.
  function draw(error = '', focus = false): void {
    const question = definition.questions[index];
    if (!question) return;
    const last = nextIndex(definition, index, answers) === -1;
    const body = h('form', { novalidate: true },
      h('div', { class: 'progress' }, `${history.length + 1} ${ui(lang, 'of')} ${definition.questions.length}`),
      questionField(question, answers[question.id], lang, (value) => setAnswer(question.id, value)),
      h('div', { class: 'error', role: 'alert', 'data-testid': 'survey-error' }, error),
      h('div', { class: 'nav' },
        history.length > 0 && h('button', { type: 'button', class: 'secondary', 'data-testid': 'survey-back' }, ui(lang, 'back')),
        h('button', { type: 'submit', 'data-testid': last ? 'survey-submit' : 'survey-next' }, ui(lang, last ? 'submit' : 'next')),
      ),
    );
    body.addEventListener('submit', (event) => {
      event.preventDefault();
      void advance(body.querySelector('button[type=submit]') as HTMLButtonElement);
    });
    body.querySelector('.secondary')?.addEventListener('click', () => {
      index = history.pop() ?? 0;
      draw('', true);
    });
    card.replaceChildren(...[closeButton(), history.length === 0 && h('h1', {}, t(definition.title)), history.length === 0 && definition.intro && t(definition.intro) && h('p', { class: 'intro' }, t(definition.intro)), body].filter((x): x is Node => Boolean(x)));
    card.querySelector('.close')?.addEventListener('click', () => options.onClose?.());
    if (focus) (card.querySelector('input,textarea') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  function setAnswer(id: string, value: Answer | undefined): void {
    if (value === undefined) delete answers[id];
    else answers[id] = value;
  }

  async function advance(button: HTMLButtonElement): Promise<void> {
    const question = definition.questions[index]!;
    if (question.required && isBlank(answers[question.id])) return draw(ui(lang, 'required'), true);
    const next = nextIndex(definition, index, answers);
    button.disabled = true;
    const result = options.save ? await options.save(visibleAnswers(), next === -1) : 'ok';
    if (next !== -1) {
      // A failed partial save is not the respondent's problem: the final submit sends everything again.
      history.push(index);
      index = next;
      return draw('', true);
    }
    if (result === 'failed') return draw(ui(lang, 'failed'), true);
    thankYou(result === 'answered' ? ui(lang, 'answered') : t(definition.thank_you));
  }

  // Answers to questions skipped by a later change of mind are not sent.
  function visibleAnswers(): Answers {
    const kept: Answers = {};
    for (let i = 0; i !== -1 && i < definition.questions.length; i = nextIndex(definition, i, answers)) {
      const q = definition.questions[i]!;
      if (answers[q.id] !== undefined) kept[q.id] = answers[q.id]!;
      if (i === index) break;
    }
    return kept;
  }

  function thankYou(message: string): void {
    const again = options.restart && h('button', { type: 'button', class: 'secondary', 'data-testid': 'survey-restart' }, ui(lang, 'again'));
    card.replaceChildren(...[closeButton(), h('p', { 'data-testid': 'survey-thanks', role: 'status' }, message), again && h('div', { class: 'nav' }, again)].filter((x): x is Node => Boolean(x)));
    card.querySelector('.close')?.addEventListener('click', () => options.onClose?.());
    again?.addEventListener('click', () => options.restart?.());
    options.onDone?.();
  }

  draw();
  return { destroy: () => root.replaceChildren() };
}

function questionField(question: Question, current: Answer | undefined, lang: Lang, set: (value: Answer | undefined) => void): HTMLElement {
  const title = textOf(question.title, lang);
  const legend = h('legend', { id: `q-${question.id}` }, title, question.required && h('span', { class: 'req', 'aria-hidden': 'true' }, ' *'));
  const fieldset = h('fieldset', { 'data-question': question.id, ...(question.required ? { 'aria-required': 'true' } : {}) }, legend);
  if (question.type === 'text') {
    const area = h('textarea', { 'aria-labelledby': `q-${question.id}`, maxlength: '5000', 'data-testid': `answer-${question.id}` }) as HTMLTextAreaElement;
    area.value = typeof current === 'string' ? current : '';
    area.addEventListener('input', () => set(area.value.trim() ? area.value : undefined));
    fieldset.append(area);
    return fieldset;
  }
  if (question.type === 'single' || question.type === 'multiple') {
    const multiple = question.type === 'multiple';
    for (const option of question.options ?? []) {
      const input = h('input', { type: multiple ? 'checkbox' : 'radio', name: question.id, value: option.id, 'data-testid': `answer-${question.id}-${option.id}` }) as HTMLInputElement;
      input.checked = Array.isArray(current) ? current.includes(option.id) : current === option.id;
      input.addEventListener('change', () => {
        const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
        set(multiple ? (checked.length ? checked : undefined) : input.value);
      });
      fieldset.append(h('label', { class: 'opt' }, input, h('span', {}, textOf(option.label, lang))));
    }
    return fieldset;
  }
  const [min, max] = SCALES[question.type];
  const scale = h('div', { class: `scale${question.type === 'stars' ? ' stars' : ''}`, role: 'radiogroup', 'aria-labelledby': `q-${question.id}` });
  for (let value = min; value <= max; value += 1) {
    const input = h('input', { type: 'radio', name: question.id, value: String(value), 'aria-label': String(value), 'data-testid': `answer-${question.id}-${value}` }) as HTMLInputElement;
    input.checked = current === value;
    input.addEventListener('change', () => {
      set(value);
      if (question.type === 'stars') scale.querySelectorAll('span').forEach((star, i) => star.setAttribute('style', i < value ? 'color:#f59e0b' : ''));
    });
    scale.append(h('label', {}, input, h('span', { 'aria-hidden': 'true' }, question.type === 'stars' ? '★' : String(value))));
  }
  fieldset.append(scale);
  const low = textOf(question.low, lang) || (question.type === 'nps' ? ui(lang, 'low') : '');
  const high = textOf(question.high, lang) || (question.type === 'nps' ? ui(lang, 'high') : '');
  if (low || high) fieldset.append(h('div', { class: 'ends', 'aria-hidden': 'true' }, h('span', {}, low), h('span', {}, high)));
  return fieldset;
}
