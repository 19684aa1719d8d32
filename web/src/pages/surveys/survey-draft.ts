// Builder helpers: the starting survey, new questions with unused ids, and immutable edits.
import type { TFunction } from 'i18next';
import type { Question, QuestionType, SurveyDefinition } from '../../api/surveys.ts';

export function starterDefinition(t: TFunction): SurveyDefinition {
  return {
    title: { en: t('surveys.defaults.title_en'), zh: t('surveys.defaults.title_zh') },
    thank_you: { en: t('surveys.defaults.thanks_en'), zh: t('surveys.defaults.thanks_zh') },
    default_lang: 'zh-CN',
    questions: [
      { id: 'nps', type: 'nps', required: true, title: { en: t('surveys.defaults.nps_en'), zh: t('surveys.defaults.nps_zh') } },
      { id: 'why', type: 'text', required: false, title: { en: t('surveys.defaults.why_en'), zh: t('surveys.defaults.why_zh') } },
    ],
  };
}

export function unusedId(prefix: string, taken: string[]): string {
  for (let n = 1; ; n += 1) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function newQuestion(t: TFunction, type: QuestionType, taken: string[]): Question {
  const question: Question = { id: unusedId('q', taken), type, required: false, title: { en: t('surveys.defaults.question_en'), zh: t('surveys.defaults.question_zh') } };
  return withType(t, question, type);
}

/** Choice questions need options; scale and text questions must not have any. */
export function withType(t: TFunction, question: Question, type: QuestionType): Question {
  const choice = type === 'single' || type === 'multiple';
  const options = choice
    ? question.options?.length
      ? question.options
      : [1, 2].map((n) => ({ id: `o${n}`, label: { en: `${t('surveys.defaults.option_en')} ${n}`, zh: `${t('surveys.defaults.option_zh')} ${n}` } }))
    : undefined;
  const { options: _old, ...rest } = question;
  return { ...rest, type, ...(options ? { options } : {}) };
}

export function replaceAt<T>(items: T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function move<T>(items: T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}
