// The survey's rules that the server and the respondent renderer (widget/) must agree on: which
// questions a respondent sees given their answers (skip logic), and which answers are valid.
// Plain TypeScript with no imports, so the widget bundles it without growing.

export type QuestionType = 'nps' | 'csat' | 'ces' | 'stars' | 'single' | 'multiple' | 'text';
export type Lang = 'en' | 'zh-CN';
export interface Texts {
  en?: string;
  zh?: string;
}
export interface ChoiceOption {
  id: string;
  label: Texts;
}
/** "If the answer to this question matches, go to `goto` (a later question id, or 'end')." */
export interface SkipRule {
  op: 'lte' | 'gte' | 'eq' | 'includes' | 'answered';
  value?: number | string;
  goto: string;
}
export interface Question {
  id: string;
  type: QuestionType;
  title: Texts;
  required: boolean;
  options?: ChoiceOption[];
  rules?: SkipRule[];
  // Labels of the two ends of a scale ("not at all likely" … "extremely likely").
  low?: Texts;
  high?: Texts;
}
export interface SurveyDefinition {
  title: Texts;
  intro?: Texts;
  thank_you: Texts;
  default_lang: Lang;
  questions: Question[];
}
export type Answer = number | string | string[];
export type Answers = Record<string, Answer>;

export const SCALES: Record<'nps' | 'csat' | 'ces' | 'stars', [number, number]> = { nps: [0, 10], csat: [1, 5], ces: [1, 7], stars: [1, 5] };
export const MAX_TEXT_ANSWER = 5000;

export function textOf(texts: Texts | undefined, lang: Lang): string {
  if (!texts) return '';
  return (lang === 'zh-CN' ? texts.zh || texts.en : texts.en || texts.zh) ?? '';
}

function matches(rule: SkipRule, answer: Answer | undefined): boolean {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return false;
  switch (rule.op) {
    case 'answered':
      return true;
    case 'lte':
      return typeof answer === 'number' && answer <= Number(rule.value);
    case 'gte':
      return typeof answer === 'number' && answer >= Number(rule.value);
    case 'eq':
      return String(answer) === String(rule.value);
    case 'includes':
      return Array.isArray(answer) ? answer.includes(String(rule.value)) : answer === rule.value;
  }
}

/** The index of the question shown after `index`, or -1 at the end (a rule may jump ahead or end). */
export function nextIndex(survey: SurveyDefinition, index: number, answers: Answers): number {
  const question = survey.questions[index];
  if (!question) return -1;
  const rule = (question.rules ?? []).find((candidate) => matches(candidate, answers[question.id]));
  if (rule) return rule.goto === 'end' ? -1 : survey.questions.findIndex((q) => q.id === rule.goto);
  return index + 1 < survey.questions.length ? index + 1 : -1;
}

/** The questions a respondent with these answers walks through, in order. */
export function visibleQuestions(survey: SurveyDefinition, answers: Answers): Question[] {
  const path: Question[] = [];
  // Rules only jump forward (the schema enforces it), so this walk always terminates.
  for (let index = survey.questions.length ? 0 : -1; index !== -1; index = nextIndex(survey, index, answers)) {
    path.push(survey.questions[index]!);
  }
  return path;
}

/** Why an answer is not acceptable for its question, or null when it is. */
export function answerProblem(question: Question, answer: Answer): string | null {
  if (question.type === 'text') {
    return typeof answer === 'string' && answer.length <= MAX_TEXT_ANSWER ? null : `must be text of at most ${MAX_TEXT_ANSWER} characters`;
  }
  if (question.type === 'single') {
    return typeof answer === 'string' && (question.options ?? []).some((option) => option.id === answer) ? null : 'must be one of the options';
  }
  if (question.type === 'multiple') {
    const ids = new Set((question.options ?? []).map((option) => option.id));
    return Array.isArray(answer) && answer.length <= ids.size && answer.every((id) => ids.has(id)) && new Set(answer).size === answer.length
      ? null
      : 'must be a list of distinct options';
  }
  const [min, max] = SCALES[question.type];
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= min && answer <= max ? null : `must be a whole number from ${min} to ${max}`;
}

export function isBlank(answer: Answer | undefined): boolean {
  return answer === undefined || (typeof answer === 'string' && answer.trim() === '') || (Array.isArray(answer) && answer.length === 0);
}
