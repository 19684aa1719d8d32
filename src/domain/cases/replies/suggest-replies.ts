// Suggests how to answer a case from how similar cases were answered: the resolved cases whose feedback
// reads most like this one, with the first reply that reached their customer. Another customer's personal
// data never travels: the template is offered when the reply came from one, otherwise the reply with the
// customer's name put back to {{customer_name}} and contact details redacted.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../actor.ts';
import { authorize } from '../../authorize.ts';
import { redactPii } from '../../text/index.ts';
import { canWorkCases } from '../cases.policy.ts';
import { getVisibleCase } from '../get-visible-case.ts';
import { findCaseTerms, findFirstSentReplies, listAnsweredResolvedCases, type FirstReplyRow } from './case-replies.repo.ts';
import { mostSimilar } from './tfidf-similarity.ts';

// The latest resolved cases are compared on each request: recent answers are the relevant ones, and a
// couple of thousand term sets compare in milliseconds.
const CANDIDATES = 2000;
const SUGGESTIONS = 3;

export interface SuggestedReply {
  caseId: string;
  caseNumber: number;
  similarity: number;
  sharedTerms: string[];
  body: string;
  resolutionCode: string | null;
}

export async function suggestReplies(db: Db, actor: Actor, caseId: string): Promise<SuggestedReply[]> {
  const found = await getVisibleCase(db, actor, caseId);
  authorize(canWorkCases(actor), 'reply to customers');
  const [terms, candidates] = await Promise.all([findCaseTerms(db, actor.orgId, found.id), listAnsweredResolvedCases(db, actor.orgId, found.id, CANDIDATES)]);
  const best = mostSimilar(terms, candidates.map((candidate) => ({ key: candidate, terms: candidate.terms })), SUGGESTIONS);
  if (best.length === 0) return [];
  const replies = new Map((await findFirstSentReplies(db, actor.orgId, best.map((match) => match.key.caseId))).map((reply) => [reply.caseId, reply]));
  return best.flatMap((match) => {
    const reply = replies.get(match.key.caseId);
    if (!reply) return [];
    return [{ caseId: match.key.caseId, caseNumber: match.key.number, similarity: match.similarity, sharedTerms: match.sharedTerms, body: impersonal(reply), resolutionCode: match.key.resolutionCode }];
  });
}

function impersonal(reply: FirstReplyRow): string {
  if (reply.templateBody) return reply.templateBody;
  const name = reply.customerName?.trim();
  const body = name && name.length > 1 ? reply.body.replaceAll(name, '{{customer_name}}') : reply.body;
  return redactPii(body).text;
}
