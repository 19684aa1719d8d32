// When a customer is erased, the full survey answers kept beside their feedback items must go too,
// or the erasure would leave their words and identifiers in the survey tables.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { scrubResponsesOfFeedback } from './surveys.repo.ts';

export function eraseSurveyAnswersOfFeedback(db: Db, actor: Actor, feedbackIds: string[]): Promise<number> {
  return scrubResponsesOfFeedback(db, actor.orgId, feedbackIds);
}
