// One case with everything the agent needs to answer without asking the customer to repeat
// themselves: the feedback, the full timeline and the replies already sent.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import type { FeedbackRow } from '../feedback/feedback.repo.ts';
import { listCaseFeedback, listCaseReplies, type CaseReplyRow } from './case-detail.repo.ts';
import { listCaseEvents, type CaseEventRow, type CaseRow } from './cases.repo.ts';
import { getVisibleCase } from './get-visible-case.ts';

export interface CaseDetail extends CaseRow {
  feedback: FeedbackRow[];
  events: CaseEventRow[];
  replies: CaseReplyRow[];
}

export async function getCaseDetail(db: Db, actor: Actor, id: string): Promise<CaseDetail> {
  const found = await getVisibleCase(db, actor, id);
  const [feedback, events, replies] = await Promise.all([
    listCaseFeedback(db, actor.orgId, id),
    listCaseEvents(db, actor.orgId, id),
    listCaseReplies(db, actor.orgId, id),
  ]);
  return { ...found, feedback, events, replies };
}
