import { describe, expect, it } from 'vitest';
import { answerProblem, visibleQuestions, type Question, type SurveyDefinition } from './survey-flow.ts';

const q = (id: string, type: Question['type'], extra: Partial<Question> = {}): Question => ({ id, type, title: { en: id }, required: false, ...extra });
const survey: SurveyDefinition = {
  title: { en: 'S' },
  thank_you: { en: 'T' },
  default_lang: 'en',
  questions: [
    q('nps', 'nps', { rules: [{ op: 'gte', value: 9, goto: 'praise' }, { op: 'lte', value: 6, goto: 'why' }] }),
    q('passive', 'text', { rules: [{ op: 'answered', goto: 'end' }] }),
    q('why', 'multiple', { options: [{ id: 'price', label: { en: 'Price' } }, { id: 'staff', label: { en: 'Staff' } }], rules: [{ op: 'includes', value: 'staff', goto: 'staff' }] }),
    q('other', 'text', { rules: [{ op: 'answered', goto: 'end' }] }),
    q('staff', 'single', { options: [{ id: 'rude', label: { en: 'Rude' } }, { id: 'slow', label: { en: 'Slow' } }] }),
    q('praise', 'text'),
  ],
};
const ids = (answers: Record<string, any>) => visibleQuestions(survey, answers).map((question) => question.id);

describe('skip logic', () => {
  it.each([
    ['no answers yet', {}, ['nps', 'passive', 'why', 'other', 'staff', 'praise']],
    ['a promoter', { nps: 10 }, ['nps', 'praise']],
    ['a passive who comments', { nps: 7, passive: 'ok' }, ['nps', 'passive']],
    ['a detractor upset by staff', { nps: 2, why: ['staff'] }, ['nps', 'why', 'staff', 'praise']],
    ['a detractor upset by price who explains', { nps: 2, why: ['price'], other: 'too dear' }, ['nps', 'why', 'other']],
  ])('walks the path of %s', (_case, answers, expected) => {
    expect(ids(answers)).toEqual(expected);
  });
});

describe('answer checks', () => {
  it.each([
    [q('a', 'nps'), 0, null],
    [q('a', 'nps'), 10, null],
    [q('a', 'nps'), 11, 'must be a whole number from 0 to 10'],
    [q('a', 'csat'), 0, 'must be a whole number from 1 to 5'],
    [q('a', 'ces'), 7, null],
    [q('a', 'stars'), 4.5, 'must be a whole number from 1 to 5'],
    [q('a', 'text'), 'x'.repeat(5001), 'must be text of at most 5000 characters'],
    [survey.questions[4]!, 'rude', null],
    [survey.questions[4]!, 'nice', 'must be one of the options'],
    [survey.questions[2]!, ['price', 'staff'], null],
    [survey.questions[2]!, 'price', 'must be a list of distinct options'],
  ])('checks %o answered %o', (question, answer, problem) => {
    expect(answerProblem(question, answer as never)).toBe(problem);
  });
});
