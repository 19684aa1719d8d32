// Replying to the customer from a case: e-mail to a real SMTP server, SMS to a real HTTP gateway on
// loopback (both delivered by the job worker), WeChat messages the agent sends by hand; templates with
// their placeholders; what happens when the customer cannot be reached; who may reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/domain/actor.ts';
import { deliverCaseReply, MAX_REPLY_ATTEMPTS } from '../src/domain/cases/replies/deliver-case-reply.ts';
import { addDemoReplyTemplates } from '../src/domain/demo/add-demo-reply-templates.ts';
import { expectError } from './surveys-fixtures.ts';
import {
  caseEvents,
  decodedMail,
  ingestFeedback,
  insertCase,
  saveDeliverySettings,
  startLoopTestBed,
  type LoopTestBed,
  type Mailbox,
  type SmsGateway,
} from './support/case-loop-fixtures.ts';
import { apiKeyClient, createTestOrg, type Client, type TestApp } from './support/test-app.ts';

let bed: LoopTestBed;
let testApp: TestApp;
let mailbox: Mailbox;
let sms: SmsGateway;

beforeAll(async () => {
  bed = await startLoopTestBed();
  ({ testApp, mailbox, sms } = bed);
});

afterAll(async () => bed?.close());

async function orgWithCustomerCase(identifiers: Record<string, string> = { email: 'wang.fang@example.com', phone: '13800138000', name: 'Wang Fang' }) {
  const org = await createTestOrg(testApp);
  const owner = await org.as('owner');
  await saveDeliverySettings(owner, mailbox, sms);
  const item = await ingestFeedback(owner, { text: 'The refund never arrived', identifiers });
  const opened = await owner.post('/api/v1/cases', { feedback_ids: [item.id] });
  expect(opened.statusCode, opened.body).toBe(201);
  return { org, owner, caseId: opened.json().id as string, number: opened.json().number as number, customerId: item.customer_id };
}

const replyStatus = async (id: string) => (await testApp.pool.query(`SELECT status, error FROM case_replies WHERE id = $1`, [id])).rows[0];
const caseRow = async (id: string) => (await testApp.pool.query(`SELECT status, reply_count, first_responded_at FROM cases WHERE id = $1`, [id])).rows[0];

async function createTemplate(owner: Client, body: object) {
  const response = await owner.post('/api/v1/reply-templates', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

describe('replies by e-mail and SMS', () => {
  it('sends an e-mail from a template with its placeholders filled, and counts it as the first response', async () => {
    const { org, owner, caseId, number } = await orgWithCustomerCase();
    const template = await createTemplate(owner, {
      name: 'Refund sorted',
      channel: 'email',
      lang: 'en',
      subject: 'Your refund (case #{{case_number}})',
      body: 'Dear {{customer_name}},\n\nyour refund is on its way.\n\n{{agent_name}}, {{org_name}}',
    });
    const response = await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'email', template_id: template.id });
    expect(response.statusCode, response.body).toBe(201);
    const reply = response.json();
    expect(reply).toMatchObject({ channel: 'email', address: 'wang.fang@example.com', status: 'pending', subject: `Your refund (case #${number})`, author: { name: 'Owner' } });
    expect(reply.body).toBe(`Dear Wang Fang,\n\nyour refund is on its way.\n\nOwner, ${(await testApp.pool.query(`SELECT name FROM organisations WHERE id = $1`, [org.orgId])).rows[0].name}`);
    expect(await caseRow(caseId)).toMatchObject({ status: 'in_progress', reply_count: 1, first_responded_at: expect.any(Date) });
    expect((await caseEvents(testApp.pool, caseId)).map((event) => event.kind)).toEqual(['created', 'status_changed', 'reply']);

    await expect.poll(() => mailbox.mails.filter((mail) => mail.to.includes('wang.fang@example.com')).length, { timeout: 20_000 }).toBe(1);
    const mail = decodedMail(mailbox.mails.find((m) => m.to.includes('wang.fang@example.com'))!.raw);
    expect(mail).toContain(`Subject: Your refund (case #${number})`);
    expect(mail).toContain('Dear Wang Fang,');
    await expect.poll(async () => (await replyStatus(reply.id)).status, { timeout: 20_000 }).toBe('sent');

    // The first response stays the first; a second reply only counts.
    const first = (await caseRow(caseId)).first_responded_at;
    expect((await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'email', body: 'One more thing.', address: 'Other@Example.com' })).json()).toMatchObject({ address: 'other@example.com' });
    expect(await caseRow(caseId)).toMatchObject({ reply_count: 2, first_responded_at: first });
  });

  it('sends an SMS through the gateway with the text JSON-escaped into its body template', async () => {
    const { owner, caseId } = await orgWithCustomerCase({ phone: '138 0013 8001', name: '王芳' });
    const before = sms.messages.length;
    const response = await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'sms', body: '{{customer_name}}您好，您的退款已处理。"谢谢"' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ address: '+8613800138001', subject: '' });
    await expect.poll(() => sms.messages.length, { timeout: 20_000 }).toBe(before + 1);
    expect(sms.messages.at(-1)).toMatchObject({ headers: { 'x-api-key': 'k-1' }, body: { mobile: '+8613800138001', content: '王芳您好，您的退款已处理。"谢谢"' } });
    await expect.poll(async () => (await replyStatus(response.json().id)).status, { timeout: 20_000 }).toBe('sent');
  });

  it('records a refused delivery as failed, on the reply and on the case', async () => {
    const { owner, caseId } = await orgWithCustomerCase({ email: 'gone@example.com', phone: '13800138002' });
    sms.status.code = 400;
    mailbox.refuse.add('gone@example.com');
    try {
      const bySms = (await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'sms', body: 'Hello' })).json();
      const byMail = (await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'email', body: 'Hello' })).json();
      await expect.poll(async () => (await replyStatus(bySms.id)).status, { timeout: 20_000 }).toBe('failed');
      await expect.poll(async () => (await replyStatus(byMail.id)).status, { timeout: 20_000 }).toBe('failed');
      expect((await replyStatus(bySms.id)).error).toContain('HTTP 400');
      const failures = (await caseEvents(testApp.pool, caseId)).filter((event) => event.kind === 'reply_failed');
      expect(failures.map((event) => event.details.reply_id).sort()).toEqual([bySms.id, byMail.id].sort());
    } finally {
      sms.status.code = 200;
      mailbox.refuse.delete('gone@example.com');
    }
  });
});

describe('an unreachable gateway', () => {
  it('is retried later, and the reply fails after the last attempt', async () => {
    const { org, owner, caseId } = await orgWithCustomerCase({ phone: '13800138005' });
    sms.status.code = 503;
    try {
      const before = sms.messages.length;
      const reply = (await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'sms', body: 'Hello' })).json();
      await expect.poll(() => sms.messages.length, { timeout: 20_000 }).toBeGreaterThan(before);
      const retry = async () =>
        (await testApp.pool.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'cases:send_reply' AND run_at > now() + interval '30 seconds'`)).rows[0].n;
      await expect.poll(retry, { timeout: 20_000 }).toBe(1);
      expect((await replyStatus(reply.id)).status).toBe('pending');
      // The last attempt gives up for good.
      expect(await deliverCaseReply(testApp.pool, org.orgId, reply.id, MAX_REPLY_ATTEMPTS)).toBe('failed');
      expect(await replyStatus(reply.id)).toEqual({ status: 'failed', error: 'SMS webhook answered HTTP 503' });
      expect(await deliverCaseReply(testApp.pool, org.orgId, reply.id, 1)).toBe('skipped');
    } finally {
      sms.status.code = 200;
    }
  });
});

describe('WeChat replies', () => {
  it('are prepared for the agent to send, then confirmed as sent', async () => {
    const { owner, caseId } = await orgWithCustomerCase({ member_id: 'M-1' });
    const prepared = await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', body: '您好，已为您处理。' });
    expect(prepared.statusCode, prepared.body).toBe(201);
    expect(prepared.json()).toMatchObject({ status: 'to_send', address: null, sent_at: null });
    expect(await caseRow(caseId)).toMatchObject({ status: 'in_progress', reply_count: 1 });
    const sent = await owner.post(`/api/v1/cases/${caseId}/replies/${prepared.json().id}/sent`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', sent_at: expect.any(String) });
    expect((await owner.post(`/api/v1/cases/${caseId}/replies/${prepared.json().id}/sent`)).json()).toMatchObject({ status: 'sent' });
    // The timeline says who confirmed it, once, however often the button is pressed.
    const { rows: events } = await testApp.pool.query(`SELECT actor_id, details FROM case_events WHERE case_id = $1 AND kind = 'reply_marked_sent'`, [caseId]);
    expect(events).toEqual([{ actor_id: expect.any(String), details: { reply_id: prepared.json().id, channel: 'wechat' } }]);
    expectError(await owner.post(`/api/v1/cases/${caseId}/replies/${crypto.randomUUID()}/sent`), 404, 'not_found');
  });

  it('cannot mark a reply OpenVoC delivers as sent by hand', async () => {
    const { owner, caseId } = await orgWithCustomerCase({ phone: '13800138004' });
    sms.status.code = 400;
    try {
      const failed = (await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'sms', body: 'Hello' })).json();
      await expect.poll(async () => (await replyStatus(failed.id)).status, { timeout: 20_000 }).toBe('failed');
      expectError(await owner.post(`/api/v1/cases/${caseId}/replies/${failed.id}/sent`), 409, 'conflict');
      expect((await replyStatus(failed.id)).status).toBe('failed');
    } finally {
      sms.status.code = 200;
    }
  });
});

describe('when the customer cannot be reached', () => {
  it('answers 409 reply_not_deliverable when no address is known', async () => {
    const { owner, caseId } = await orgWithCustomerCase({ member_id: 'M-2' });
    const response = await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'email', body: 'Hello' });
    expectError(response, 409, 'reply_not_deliverable');
    expect(response.json().error.message).toContain('e-mail address');
    expectError(await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'sms', body: 'Hello' }), 409, 'reply_not_deliverable');
    expect(await caseRow(caseId)).toMatchObject({ status: 'new', reply_count: 0, first_responded_at: null });
    expectError(await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'email', body: 'Hello', address: 'not-an-address' }), 400, 'validation_failed', 'address');
  });

  it('finds the address on the live profile after the case customer was merged into another', async () => {
    const { owner, caseId, customerId } = await orgWithCustomerCase({ member_id: 'M-merged' });
    const other = await ingestFeedback(owner, { text: 'Another channel', identifiers: { email: 'merged@example.com' } });
    const merged = await owner.post('/api/v1/customers/merge', { survivor_id: other.customer_id, absorbed_id: customerId });
    expect(merged.statusCode, merged.body).toBe(201);
    const reply = await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'email', body: 'Hello' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json().address).toBe('merged@example.com');
  });

  it('answers 409 reply_not_deliverable when SMTP or SMS is not configured', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const item = await ingestFeedback(owner, { text: 'Late', identifiers: { email: 'a@example.com', phone: '13800138003' } });
    const { id } = await insertCase(testApp.pool, org.orgId, { feedbackIds: [item.id], customerId: item.customer_id });
    const email = await owner.post(`/api/v1/cases/${id}/replies`, { channel: 'email', body: 'Hello' });
    expectError(email, 409, 'reply_not_deliverable');
    expect(email.json().error.message).toContain('SMTP');
    expectError(await owner.post(`/api/v1/cases/${id}/replies`, { channel: 'sms', body: 'Hello' }), 409, 'reply_not_deliverable');
    expect((await owner.post(`/api/v1/cases/${id}/replies`, { channel: 'wechat', body: 'Hello' })).statusCode).toBe(201);
  });
});

describe('reply templates', () => {
  it('are managed by owners and admins, read by everyone who works cases, and refuse unknown placeholders', async () => {
    const org = await createTestOrg(testApp);
    const [owner, admin, analyst, agent, viewer] = await Promise.all([org.as('owner'), org.as('admin'), org.as('analyst'), org.as('agent'), org.as('viewer')]);
    const created = await admin.post('/api/v1/reply-templates', { name: '致歉', body: '{{customer_name}}您好，非常抱歉给您带来不便。' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ name: '致歉', channel: null, lang: 'zh-CN', subject: '' });
    const id = created.json().id;

    const bad = await owner.post('/api/v1/reply-templates', { name: 'Bad', lang: 'en', subject: 'Hi {{first_name}}', body: 'Hello {{ customer_name }}, {{order}} and {{order}}' });
    expectError(bad, 400, 'validation_failed');
    const problems = bad.json().error.details as Array<{ path: string; message: string }>;
    expect(problems.find((p) => p.path === 'body')!.message).toMatch(/^unknown placeholder \{\{order\}\}; use \{\{customer_name\}\}/);
    expect(problems.find((p) => p.path === 'subject')!.message).toContain('{{first_name}}');
    expectError(await owner.post('/api/v1/reply-templates', { name: '致歉', body: 'x' }), 409, 'conflict');

    expect((await agent.get('/api/v1/reply-templates')).json().items.map((t: { id: string }) => t.id)).toEqual([id]);
    expect((await analyst.get('/api/v1/reply-templates')).json().items).toHaveLength(1);
    expectError(await agent.post('/api/v1/reply-templates', { name: 'Mine', body: 'x' }), 403, 'forbidden');
    expectError(await analyst.post('/api/v1/reply-templates', { name: 'Mine', body: 'x' }), 403, 'forbidden');
    expectError(await viewer.get('/api/v1/reply-templates'), 403, 'forbidden');
    expectError(await apiKeyClient(testApp.app, await org.apiKey()).get('/api/v1/reply-templates'), 403, 'forbidden');

    const updated = await owner.put(`/api/v1/reply-templates/${id}`, { name: 'Apology', channel: 'sms', lang: 'en', body: 'Sorry, {{customer_name}}.' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Apology', channel: 'sms', lang: 'en', body: 'Sorry, {{customer_name}}.' });
    expectError(await agent.delete(`/api/v1/reply-templates/${id}`), 403, 'forbidden');
    expect((await owner.delete(`/api/v1/reply-templates/${id}`)).statusCode).toBe(204);
    expectError(await owner.delete(`/api/v1/reply-templates/${id}`), 404, 'not_found');
    expectError(await owner.put(`/api/v1/reply-templates/${id}`, { name: 'Gone', body: 'x' }), 404, 'not_found');
  });

  it('the demo organisation gets valid bilingual templates', async () => {
    const org = await createTestOrg(testApp);
    await addDemoReplyTemplates(testApp.pool, systemActor(org.orgId));
    const items = (await (await org.as('agent')).get('/api/v1/reply-templates')).json().items as Array<{ lang: string }>;
    expect(items.filter((t) => t.lang === 'en').length).toBeGreaterThanOrEqual(3);
    expect(items.filter((t) => t.lang === 'zh-CN').length).toBeGreaterThanOrEqual(3);
  });

  it('fills a customer name literally, never as a placeholder, and keeps a template to its channel', async () => {
    const { owner, caseId } = await orgWithCustomerCase({ member_id: 'M-3', name: '{{org_name}}' });
    const template = await createTemplate(owner, { name: 'SMS only', channel: 'sms', body: 'Hi {{customer_name}}' });
    expectError(await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', template_id: template.id }), 400, 'validation_failed', 'template_id');
    const generic = await createTemplate(owner, { name: 'Any', body: 'Hi {{customer_name}} from {{org_name}}' });
    const reply = (await owner.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', template_id: generic.id })).json();
    expect(reply.body).toMatch(/^Hi \{\{org_name\}\} from Org /);
  });
});

describe('who may reply', () => {
  it('viewers are refused, agents outside the case’s team do not see it, agents of the team reply', async () => {
    const { org, owner, caseId } = await orgWithCustomerCase();
    const [viewer, agent] = await Promise.all([org.as('viewer'), org.as('agent')]);
    const agentId = (await agent.get('/api/v1/auth/me')).json().user.id as string;
    const team = (await owner.post('/api/v1/teams', { name: 'Care' })).json();
    await testApp.pool.query(`UPDATE cases SET team_id = $2 WHERE id = $1`, [caseId, team.id]);

    expectError(await viewer.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', body: 'Hello' }), 403, 'forbidden');
    expectError(await viewer.get(`/api/v1/cases/${caseId}/suggested-replies`), 403, 'forbidden');
    expectError(await agent.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', body: 'Hello' }), 404, 'not_found');
    expectError(await agent.get(`/api/v1/cases/${caseId}/suggested-replies`), 404, 'not_found');
    expectError(await apiKeyClient(testApp.app, await org.apiKey()).post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', body: 'Hello' }), 403, 'forbidden');

    expect((await owner.put(`/api/v1/teams/${team.id}/members`, { user_ids: [agentId] })).statusCode).toBe(200);
    const reply = await agent.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', body: 'Hello' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json().author).toEqual({ id: agentId, name: 'A agent' });

    // Analysts work every case of the organisation, in a team or not.
    const analyst = await org.as('analyst');
    expect((await analyst.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', body: 'Hello' })).statusCode).toBe(201);
    expect((await analyst.get(`/api/v1/cases/${caseId}/suggested-replies`)).statusCode).toBe(200);

    // Another organisation's case is not found.
    const stranger = await (await createTestOrg(testApp)).as('owner');
    expectError(await stranger.post(`/api/v1/cases/${caseId}/replies`, { channel: 'wechat', body: 'Hello' }), 404, 'not_found');
  });
});
