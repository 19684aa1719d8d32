import { http, seg } from './http.ts';
import type { Feedback, FeedbackFilters, FeedbackPage } from './types.ts';

export const FEEDBACK_PAGE_SIZE = 50;

export function listFeedback(
  filters: FeedbackFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<FeedbackPage> {
  return http.get<FeedbackPage>(
    '/feedback',
    { ...filters, limit: FEEDBACK_PAGE_SIZE, cursor: cursor ?? undefined },
    signal,
  );
}

export const getFeedback = (id: string, signal?: AbortSignal) =>
  http.get<Feedback>(`/feedback/${seg(id)}`, undefined, signal);
