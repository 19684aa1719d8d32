// Turns a completed response into the unified feedback item: ratings from the first scale question of
// each kind, text from the open answers, idempotent on external_id "response:<id>".
import type { Tx } from '../../db/pool.ts';
import { systemActor } from '../actor.ts';
import { ingestFeedbackBatch } from '../feedback/ingest-feedback-batch.ts';
import type { RespondentContext } from './respondent-context.ts';
import { textOf, type Answers, type Lang, type SurveyDefinition } from './survey-flow.ts';
import { linkFeedback } from './surveys.repo.ts';

export async function recordResponseFeedback(tx: Tx, context: RespondentContext, response: { id: string; answers: Answers; lang: Lang }): Promise<string | null> {
  const { survey } = context;
  const ratings = ratingsOf(survey.definition, response.answers);
  const text = textOf_(survey.definition, response.answers, response.lang);
  // A response left entirely blank (every question optional) carries nothing to analyse.
  if (!text.text && Object.keys(ratings).length === 0) return null;
  const item = {
    source: 'survey',
    channel: context.channel,
    external_id: `response:${response.id}`,
    ...(survey.touchpointId ? { touchpoint_id: survey.touchpointId } : {}),
    ...ratings,
    ...text,
    ...(Object.keys(context.identifiers).length ? { identifiers: context.identifiers } : {}),
    metadata: { survey_id: survey.id, survey_name: survey.name.slice(0, 2000), response_id: response.id, lang: response.lang },
  };
  const [outcome] = await ingestFeedbackBatch(tx, systemActor(survey.orgId), [item], []);
  await linkFeedback(tx, survey.orgId, response.id, outcome!.id);
  return outcome!.id;
}

function ratingsOf(definition: SurveyDefinition, answers: Answers): Record<string, number> {
  const ratings: Record<string, number> = {};
  for (const question of definition.questions) {
    const answer = answers[question.id];
    if (typeof answer !== 'number' || question.type === 'single' || question.type === 'multiple' || question.type === 'text') continue;
    if (ratings[question.type] === undefined) ratings[question.type] = answer;
  }
  return ratings;
}

// Open answers are what text analytics reads; when a survey has none and no scale either, the chosen
// options stand in so that the item still says something.
function textOf_(definition: SurveyDefinition, answers: Answers, lang: Lang): { text?: string } {
  const open = definition.questions.filter((q) => q.type === 'text' && typeof answers[q.id] === 'string').map((q) => answers[q.id] as string);
  if (open.length) return { text: open.join('\n') };
  if (Object.keys(ratingsOf(definition, answers)).length) return {};
  const chosen = definition.questions.flatMap((q) => {
    const answer = answers[q.id];
    const ids = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : [];
    const labels = ids.map((id) => textOf(q.options?.find((option) => option.id === id)?.label, lang)).filter(Boolean);
    return labels.length ? [`${textOf(q.title, lang)}: ${labels.join(', ')}`] : [];
  });
  return chosen.length ? { text: chosen.join('\n').slice(0, 20_000) } : {};
}
