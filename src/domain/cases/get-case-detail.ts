// One case with everything the agent needs to answer without asking the customer to repeat
// themselves: the feedback, the full timeline and the replies already sent.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import type { FeedbackRow } from '../feedback/feedback.repo.ts';
import { listCaseFeedback } from './case-detail.repo.ts';
import { listCaseEvents, type CaseEventRow, type CaseRow } from './cases.repo.ts';
import { getVisibleCase } from './get-visible-case.ts';
import { listReplies, type ReplyRow } from './replies/case-replies.repo.ts';

export interface CaseDetail extends CaseRow {
  feedback: FeedbackRow[];
  events: CaseEventRow[];
  replies: ReplyRow[];
}

export async function getCaseDetail(db: Db, actor: Actor, id: string): Promise<CaseDetail> {
  const found = await getVisibleCase(db, actor, id);
  const [feedback, events, replies] = await Promise.all([
    listCaseFeedback(db, actor.orgId, id),
    listCaseEvents(db, actor.orgId, id),
    listReplies(db, actor.orgId, id),
  ]);
  return { ...found, feedback, events, replies };
}
