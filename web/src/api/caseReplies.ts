// Closing the loop with the customer: reply templates, replies on the customer's channel (e-mail, SMS,
// or a WeChat message the agent sends by hand), and replies suggested from similar resolved cases.
import { http, seg } from './http.ts';
import type { ListResponse } from './types.ts';

export type ReplyChannel = 'email' | 'sms' | 'wechat';
export const REPLY_CHANNELS: readonly ReplyChannel[] = ['email', 'sms', 'wechat'];
export type ReplyStatus = 'pending' | 'sent' | 'failed' | 'to_send';

/** Placeholders a template may use; anything else is refused on save. */
export const TEMPLATE_PLACEHOLDERS = ['customer_name', 'case_number', 'agent_name', 'org_name'] as const;

export interface ReplyTemplateInput {
  name: string;
  /** null: usable on every channel. */
  channel: ReplyChannel | null;
  lang: 'en' | 'zh-CN';
  subject: string;
  body: string;
}

export interface ReplyTemplate extends ReplyTemplateInput {
  id: string;
  created_at: string;
  updated_at: string;
}

export interface Reply {
  id: string;
  channel: ReplyChannel;
  address: string | null;
  subject: string;
  body: string;
  status: ReplyStatus;
  error: string | null;
  author: { id: string; name: string } | null;
  created_at: string;
  sent_at: string | null;
}

export interface SendReplyInput {
  channel: ReplyChannel;
  /** The body is sent as given (placeholders in it are filled); the template is remembered for the record. */
  template_id?: string;
  subject?: string;
  body: string;
  /** Defaults to the customer's most recent e-mail (email) or phone (sms). */
  address?: string;
}

export interface SuggestedReply {
  case_id: string;
  case_number: number;
  similarity: number;
  shared_terms: string[];
  body: string;
  resolution_code: string | null;
}

export const listReplyTemplates = () => http.get<ListResponse<ReplyTemplate>>('/reply-templates');
export const createReplyTemplate = (input: ReplyTemplateInput) => http.post<ReplyTemplate>('/reply-templates', input);
export const updateReplyTemplate = (id: string, input: ReplyTemplateInput) => http.put<ReplyTemplate>(`/reply-templates/${seg(id)}`, input);
export const deleteReplyTemplate = (id: string) => http.delete(`/reply-templates/${seg(id)}`);

export const sendCaseReply = (caseId: string, input: SendReplyInput) => http.post<Reply>(`/cases/${seg(caseId)}/replies`, input);
export const markCaseReplySent = (caseId: string, replyId: string) => http.post<Reply>(`/cases/${seg(caseId)}/replies/${seg(replyId)}/sent`);
export const listSuggestedReplies = (caseId: string) => http.get<ListResponse<SuggestedReply>>(`/cases/${seg(caseId)}/suggested-replies`);

/** Fills a template's placeholders for the composer's preview; the server fills them again on send. */
export function fillTemplate(text: string, values: Partial<Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>>): string {
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => values[name as keyof typeof values] ?? whole);
}
