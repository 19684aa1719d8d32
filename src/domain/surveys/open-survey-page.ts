// What a respondent sees on opening a survey: the survey, whether it takes answers now, and for a
// personal link whether it was already answered (and the answers saved so far, to resume).
import type { Db } from '../../db/pool.ts';
import { markInvitation } from './distribution.repo.ts';
import type { RespondentContext } from './respondent-context.ts';
import { availabilityOf, type Availability } from './survey-availability.ts';
import type { Answers } from './survey-flow.ts';
import { findResponseByKey } from './surveys.repo.ts';

export interface SurveyPage {
  availability: Availability;
  answered: boolean;
  answers: Answers;
}

export async function openSurveyPage(db: Db, context: RespondentContext): Promise<SurveyPage> {
  const { survey } = context;
  if (context.invitationId) await markInvitation(db, survey.orgId, context.invitationId, 'opened');
  const existing = context.personalKey ? await findResponseByKey(db, survey.orgId, survey.id, context.personalKey) : undefined;
  return { availability: availabilityOf(survey), answered: Boolean(existing?.completedAt), answers: existing?.answers ?? {} };
}
