import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildHttpRequest, signWebhookBody, vendorRefusal } from './message-formats.ts';
import type { NotificationMessage } from './notifications.schema.ts';

const message: NotificationMessage = { event: 'alert.raised', title: 'NPS ≤ 6 · store', severity: 'critical', lines: ['NPS 2', '“我要销户”'], sent_at: '2026-01-01T00:00:00.000Z' };
const context = { deliveryId: 'd-1', now: new Date('2026-01-01T00:00:00Z') };

describe('message formats', () => {
  it('signs webhooks as sha256=<hex HMAC(secret, timestamp + "." + body)>', () => {
    const request = buildHttpRequest('webhook', { url: 'http://x/hook' }, 's3cret', message, context);
    expect(request.headers['x-openvoc-timestamp']).toBe('1767225600');
    expect(request.headers['x-openvoc-signature']).toBe(`sha256=${createHmac('sha256', 's3cret').update(`1767225600.${request.body}`).digest('hex')}`);
    expect(signWebhookBody('s3cret', '1767225600', request.body)).toBe(request.headers['x-openvoc-signature']);
    expect(JSON.parse(request.body)).toMatchObject({ delivery_id: 'd-1', event: 'alert.raised', title: 'NPS ≤ 6 · store' });
  });

  it.each([
    ['wecom', (body: any) => body.msgtype === 'markdown' && body.markdown.content.includes('### 🚨 NPS ≤ 6 · store')],
    ['dingtalk', (body: any) => body.msgtype === 'markdown' && body.markdown.title === 'NPS ≤ 6 · store' && body.markdown.text.includes('- NPS 2')],
    ['feishu', (body: any) => body.msg_type === 'text' && body.content.text.includes('“我要销户”') && body.sign === undefined],
    ['slack', (body: any) => body.text.includes('NPS ≤ 6') && body.blocks[0].text.type === 'mrkdwn'],
  ] as const)('renders %s in its documented shape', (kind, check) => {
    const request = buildHttpRequest(kind, { url: 'https://robot.example/send?key=k' }, null, message, context);
    expect(check(JSON.parse(request.body))).toBe(true);
    expect(request.url).toBe('https://robot.example/send?key=k');
  });

  it('adds DingTalk’s timestamp and sign to the URL when a secret is set', () => {
    const request = buildHttpRequest('dingtalk', { url: 'https://oapi.dingtalk.com/robot/send?access_token=t' }, 'SEC1', message, context);
    const url = new URL(request.url);
    expect(url.searchParams.get('timestamp')).toBe('1767225600000');
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', 'SEC1').update('1767225600000\nSEC1').digest('base64'));
  });

  it.each([
    ['wecom', '{"errcode":0,"errmsg":"ok"}', null],
    ['wecom', '{"errcode":93000,"errmsg":"invalid webhook url"}', 'wecom refused the message: 93000 invalid webhook url'],
    ['feishu', '{"code":19021,"msg":"sign match fail"}', 'feishu refused the message: 19021 sign match fail'],
    ['slack', 'ok', null],
    ['webhook', '{"errcode":1}', null],
  ] as const)('reads %s answer %s', (kind, answer, refusal) => {
    expect(vendorRefusal(kind, answer)).toBe(refusal);
  });
});
