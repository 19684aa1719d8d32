// Public JSON shapes of reply templates, replies to the customer and suggested replies.
import type { ReplyRow, ReplyTemplateRow } from '../../domain/cases/replies/case-replies.repo.ts';
import type { SuggestedReply } from '../../domain/cases/replies/suggest-replies.ts';

export function presentReplyTemplate(template: ReplyTemplateRow) {
  return {
    id: template.id,
    name: template.name,
    channel: template.channel,
    lang: template.lang,
    subject: template.subject,
    body: template.body,
    created_at: template.createdAt.toISOString(),
    updated_at: template.updatedAt.toISOString(),
  };
}

export function presentReply(reply: ReplyRow) {
  return {
    id: reply.id,
    channel: reply.channel,
    address: reply.address,
    subject: reply.subject,
    body: reply.body,
    status: reply.status,
    error: reply.error,
    author: reply.authorId ? { id: reply.authorId, name: reply.authorName ?? '' } : null,
    created_at: reply.createdAt.toISOString(),
    sent_at: reply.sentAt?.toISOString() ?? null,
  };
}

export function presentSuggestedReply(suggestion: SuggestedReply) {
  return {
    case_id: suggestion.caseId,
    case_number: suggestion.caseNumber,
    similarity: suggestion.similarity,
    shared_terms: suggestion.sharedTerms,
    body: suggestion.body,
    resolution_code: suggestion.resolutionCode,
  };
}
