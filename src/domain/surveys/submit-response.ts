// Saves a respondent's answers as they go (partial) and completes the response: a completed response
// is final (one per personal link), and becomes a feedback item analysed like every other.
import type { Db, Tx } from '../../db/pool.ts';
import { inTransaction } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { parseInput, validationFailed, type FieldProblem } from '../parse-input.ts';
import { markInvitation } from './distribution.repo.ts';
import { recordResponseFeedback } from './record-response-feedback.ts';
import { recordResurveyAnswer } from '../cases/resurvey/record-resurvey-answer.ts';
import type { RespondentContext } from './respondent-context.ts';
import { availabilityOf } from './survey-availability.ts';
import { answerProblem, isBlank, visibleQuestions, type Answers, type SurveyDefinition } from './survey-flow.ts';
import { logger } from '../../logger.ts';
import { findResponseForUpdate, insertResponseIfAbsent, saveAnswers, withSavepoint } from './surveys.repo.ts';
import { submitAnswersSchema } from './surveys.schema.ts';

export interface SubmitOutcome {
  responseId: string;
  completed: boolean;
  feedbackId: string | null;
}

export async function submitResponse(db: Db, context: RespondentContext, rawInput: unknown): Promise<SubmitOutcome> {
  const input = parseInput(submitAnswersSchema, rawInput);
  const { survey } = context;
  const availability = availabilityOf(survey);
  if (availability !== 'open') throw new AppError('survey_closed', availability === 'closed' ? 'This survey is closed.' : 'This survey is not open yet.');
  const answers = checkAnswers(survey.definition, input.answers as Answers, input.completed);
  const responseKey = context.personalKey ?? `s:${input.session}`;
  return inTransaction(db, async (tx) => {
    await insertResponseIfAbsent(tx, survey.orgId, {
      surveyId: survey.id,
      responseKey,
      personal: Boolean(context.personalKey),
      channel: context.channel,
      lang: input.lang,
      identifiers: context.identifiers,
      invitationId: context.invitationId ?? null,
    });
    const response = (await findResponseForUpdate(tx, survey.orgId, survey.id, responseKey))!;
    if (response.completedAt) throw new AppError('already_answered', 'This survey has already been answered with this link.');
    await saveAnswers(tx, survey.orgId, response.id, answers, input.lang, input.completed);
    await markFunnel(tx, context, input.completed);
    const feedbackId = input.completed ? await feedbackOf(tx, context, { id: response.id, answers, lang: input.lang }) : null;
    return { responseId: response.id, completed: input.completed, feedbackId };
  });
}

// The respondent's answers are accepted whatever happens next: if the organisation has, say, deleted the
// channel the link was made for, the response stays complete (feedback_id null) and the problem is logged.
async function feedbackOf(tx: Tx, context: RespondentContext, response: { id: string; answers: Answers; lang: 'en' | 'zh-CN' }): Promise<string | null> {
  const outcome = await withSavepoint(tx, () => recordResponseFeedback(tx, context, response));
  if (outcome.ok) {
    if (outcome.value && context.invitationId) await landOnCase(tx, context, context.invitationId, outcome.value);
    return outcome.value;
  }
  logger().error({ err: outcome.error, surveyId: context.survey.id, responseId: response.id }, 'survey response kept without a feedback item');
  return null;
}

// A case's re-survey: the answer joins the case. The response and its feedback are kept whatever happens there.
async function landOnCase(tx: Tx, context: RespondentContext, invitationId: string, feedbackId: string): Promise<void> {
  const outcome = await withSavepoint(tx, () => recordResurveyAnswer(tx, context.survey.orgId, invitationId, feedbackId));
  if (!outcome.ok) logger().error({ err: outcome.error, surveyId: context.survey.id, feedbackId }, 're-survey answer not linked to its case');
}

async function markFunnel(tx: Tx, context: RespondentContext, completed: boolean): Promise<void> {
  if (!context.invitationId) return;
  await markInvitation(tx, context.survey.orgId, context.invitationId, completed ? 'completed' : 'started');
}

/** Keeps the answers of questions the respondent's path shows; on completion every required one must be there. */
function checkAnswers(definition: SurveyDefinition, given: Answers, completed: boolean): Answers {
  const problems: FieldProblem[] = [];
  const byId = new Map(definition.questions.map((question) => [question.id, question]));
  const kept: Answers = {};
  for (const [id, answer] of Object.entries(given)) {
    const question = byId.get(id);
    if (!question) problems.push({ path: `answers.${id}`, message: 'no such question in this survey' });
    else if (isBlank(answer)) continue;
    else {
      const problem = answerProblem(question, answer);
      if (problem) problems.push({ path: `answers.${id}`, message: problem });
      else kept[id] = typeof answer === 'string' ? answer.trim() : answer;
    }
  }
  if (problems.length) throw validationFailed(problems);
  const visible = visibleQuestions(definition, kept);
  const result: Answers = {};
  for (const question of visible) {
    const answer = kept[question.id];
    if (answer !== undefined) result[question.id] = answer;
    else if (completed && question.required) problems.push({ path: `answers.${question.id}`, message: 'this question needs an answer' });
  }
  if (problems.length) throw validationFailed(problems);
  return result;
}
