// Inbound webhooks (Settings → Webhooks).
import { http, seg } from './http.ts';

export interface InboundWebhook {
  id: string;
  name: string;
  source: string;
  channel: string;
  key: string;
  path: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CreatedWebhook extends InboundWebhook {
  /** Shown once: the server never returns it again. */
  secret: string;
}

export const listWebhooks = () => http.get<{ items: InboundWebhook[] }>('/webhooks');
export const createWebhook = (input: { name: string; source: string; channel: string }) => http.post<CreatedWebhook>('/webhooks', input);
export const revokeWebhook = (id: string) => http.delete<InboundWebhook>(`/webhooks/${seg(id)}`);
