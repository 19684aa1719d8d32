// Renders one notification message as the HTTP request each kind of channel expects. Pure (the clock
// is passed in), so every format is unit-tested against the vendors' documented shapes:
// - signed webhook: our JSON, X-OpenVoC-Signature = sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>
// - WeCom group robot: {"msgtype":"markdown","markdown":{"content":…}}
// - DingTalk custom robot: {"msgtype":"markdown","markdown":{"title","text"}}; with a secret, the URL gets
//   &timestamp=<ms>&sign=<urlencoded base64 HMAC-SHA256(secret, timestamp + "\n" + secret)>
// - Feishu custom bot: {"msg_type":"text","content":{"text"}}; with a secret, the body gets timestamp (s)
//   and sign = base64 HMAC-SHA256 keyed by timestamp + "\n" + secret over an empty message
// - Slack incoming webhook: {"text", "blocks":[{"type":"section","text":{"type":"mrkdwn",…}}]}
import { createHmac } from 'node:crypto';
import type { ChannelConfig, NotificationKind, NotificationMessage } from './notifications.schema.ts';

export interface HttpRequestSpec {
  url: string;
  headers: Record<string, string>;
  body: string;
}

const severityMark = { info: 'ℹ️', warning: '⚠️', critical: '🚨' } as const;

export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function plainText(message: NotificationMessage): string {
  return [`${severityMark[message.severity]} ${message.title}`, ...message.lines.map((line) => `- ${line}`)].join('\n');
}

export function markdown(message: NotificationMessage, heading = '###'): string {
  return [`${heading} ${severityMark[message.severity]} ${message.title}`, '', ...message.lines.map((line) => `- ${line}`)].join('\n');
}

export function emailSubject(message: NotificationMessage): string {
  return `[OpenVoC ${message.severity}] ${message.title}`;
}

export function buildHttpRequest(
  kind: Exclude<NotificationKind, 'email'>,
  config: ChannelConfig,
  secret: string | null,
  message: NotificationMessage,
  context: { deliveryId: string; now: Date },
): HttpRequestSpec {
  const json = { 'content-type': 'application/json' };
  const url = config.url!;
  switch (kind) {
    case 'webhook': {
      const body = JSON.stringify({ delivery_id: context.deliveryId, ...message });
      const timestamp = String(Math.floor(context.now.getTime() / 1000));
      const headers: Record<string, string> = { ...json, 'x-openvoc-event': message.event, 'x-openvoc-delivery': context.deliveryId, 'x-openvoc-timestamp': timestamp };
      if (secret) headers['x-openvoc-signature'] = signWebhookBody(secret, timestamp, body);
      return { url, headers, body };
    }
    case 'wecom':
      return { url, headers: json, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: markdown(message) } }) };
    case 'dingtalk': {
      const body = JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title, text: markdown(message) } });
      if (!secret) return { url, headers: json, body };
      const timestamp = String(context.now.getTime());
      const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
      const signed = new URL(url);
      signed.searchParams.set('timestamp', timestamp);
      signed.searchParams.set('sign', sign);
      return { url: signed.toString(), headers: json, body };
    }
    case 'feishu': {
      const content = { msg_type: 'text', content: { text: plainText(message) } };
      if (!secret) return { url, headers: json, body: JSON.stringify(content) };
      const timestamp = String(Math.floor(context.now.getTime() / 1000));
      const sign = createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
      return { url, headers: json, body: JSON.stringify({ timestamp, sign, ...content }) };
    }
    case 'slack': {
      const text = [`${severityMark[message.severity]} *${message.title}*`, ...message.lines.map((line) => `• ${line}`)].join('\n');
      return { url, headers: json, body: JSON.stringify({ text: `${severityMark[message.severity]} ${message.title}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] }) };
    }
  }
}

/**
 * WeCom, DingTalk and Feishu answer HTTP 200 with an error code in the body when they refuse a message
 * (bad signature, rate limit); those count as failed deliveries so they are retried and logged.
 */
export function vendorRefusal(kind: NotificationKind, responseText: string): string | null {
  if (kind !== 'wecom' && kind !== 'dingtalk' && kind !== 'feishu') return null;
  try {
    const body = JSON.parse(responseText) as { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number };
    const code = body.errcode ?? body.code ?? body.StatusCode;
    return code === undefined || code === 0 ? null : `${kind} refused the message: ${code} ${body.errmsg ?? body.msg ?? ''}`.trim();
  } catch {
    return null;
  }
}
