// Suggested replies: the replies of the most similar resolved cases (TF-IDF over the feedback's terms),
// in Chinese and English, offered without the other customer's personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFeedback, insertCase } from './support/case-loop-fixtures.ts';
import { createTestOrg, startTestApp, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
});

afterAll(async () => {
  await testApp?.close();
});

async function createTemplate(owner: Client, body: object) {
  const response = await owner.post('/api/v1/reply-templates', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

describe('suggested replies', () => {
  it('offers the replies of the most similar resolved cases, in Chinese and English, without the other customer’s personal data', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const template = await createTemplate(owner, { name: '催件', body: '{{customer_name}}您好，已为您催促快递，请耐心等待。' });
    async function resolvedCase(text: string, identifiers: Record<string, string>, reply: { body?: string; template_id?: string }, resolutionCode: string) {
      const item = await ingestFeedback(owner, { text, identifiers });
      const created = await insertCase(testApp.pool, org.orgId, { feedbackIds: [item.id], customerId: item.customer_id, status: 'resolved', resolutionCode });
      const prepared = (await owner.post(`/api/v1/cases/${created.id}/replies`, { channel: 'wechat', ...reply })).json();
      expect((await owner.post(`/api/v1/cases/${created.id}/replies/${prepared.id}/sent`)).statusCode).toBe(200);
      return created;
    }
    const refund = await resolvedCase('退款申请两周了还没到账，客服也不回复', { member_id: 'A', name: '李娜' }, { body: '李娜您好，您的退款已加急处理，预计24小时内到账。有问题请发邮件到 lina.care@example.com' }, 'refund_expedited');
    await resolvedCase('快递太慢，包裹三天还没送到', { member_id: 'B', name: '赵强' }, { template_id: template.id }, 'courier_chased');
    const english = await resolvedCase('The refund never arrived on my card', { member_id: 'C', name: 'Tom Baker' }, { body: 'Dear Tom Baker, your refund has been sent again.' }, 'refund_resent');
    // A resolved case that never answered its customer has nothing to suggest.
    const silent = await ingestFeedback(owner, { text: '退款没有到账', identifiers: { member_id: 'D' } });
    await insertCase(testApp.pool, org.orgId, { feedbackIds: [silent.id], customerId: silent.customer_id, status: 'resolved' });

    const open = await ingestFeedback(owner, { text: '我的退款到现在还没到账', identifiers: { member_id: 'E', name: '王芳' } });
    const query = await insertCase(testApp.pool, org.orgId, { feedbackIds: [open.id], customerId: open.customer_id });
    const response = await owner.get(`/api/v1/cases/${query.id}/suggested-replies`);
    expect(response.statusCode, response.body).toBe(200);
    const [best] = response.json().items;
    expect(best).toMatchObject({ case_id: refund.id, case_number: refund.number, resolution_code: 'refund_expedited', shared_terms: expect.arrayContaining(['退款']) });
    expect(best.similarity).toBeGreaterThan(0);
    expect(best.body).toBe('{{customer_name}}您好，您的退款已加急处理，预计24小时内到账。有问题请发邮件到 [EMAIL]');
    expect(response.json().items.length).toBeLessThanOrEqual(3);

    const courier = await ingestFeedback(owner, { text: '包裹还没送到，快递太慢', identifiers: { member_id: 'F' } });
    const courierCase = await insertCase(testApp.pool, org.orgId, { feedbackIds: [courier.id], customerId: courier.customer_id });
    // A reply written from a template is offered as the template.
    expect((await owner.get(`/api/v1/cases/${courierCase.id}/suggested-replies`)).json().items[0]).toMatchObject({ body: '{{customer_name}}您好，已为您催促快递，请耐心等待。', resolution_code: 'courier_chased' });

    const late = await ingestFeedback(owner, { text: 'Where is my refund? It never arrived', identifiers: { member_id: 'G' } });
    const lateCase = await insertCase(testApp.pool, org.orgId, { feedbackIds: [late.id], customerId: late.customer_id, lang: 'en' });
    const [first] = (await owner.get(`/api/v1/cases/${lateCase.id}/suggested-replies`)).json().items;
    expect(first).toMatchObject({ case_id: english.id, body: 'Dear {{customer_name}}, your refund has been sent again.' });
    expect(first.shared_terms).toEqual(expect.arrayContaining(['refund', 'arrived']));
  });
});

describe('suggested replies without a match', () => {
  it('are empty when no resolved case shares a meaningful term, or the case has no text', async () => {
    const org = await createTestOrg(testApp);
    const owner = await org.as('owner');
    const old = await ingestFeedback(owner, { text: '店员态度很差', identifiers: { member_id: 'A' } });
    const resolved = await insertCase(testApp.pool, org.orgId, { feedbackIds: [old.id], customerId: old.customer_id, status: 'resolved' });
    const prepared = (await owner.post(`/api/v1/cases/${resolved.id}/replies`, { channel: 'wechat', body: '抱歉' })).json();
    await owner.post(`/api/v1/cases/${resolved.id}/replies/${prepared.id}/sent`);

    const unrelated = await ingestFeedback(owner, { text: 'The app crashes at checkout', identifiers: { member_id: 'B' } });
    const query = await insertCase(testApp.pool, org.orgId, { feedbackIds: [unrelated.id], customerId: unrelated.customer_id });
    expect((await owner.get(`/api/v1/cases/${query.id}/suggested-replies`)).json()).toEqual({ items: [] });

    const rating = await ingestFeedback(owner, { nps: 2, identifiers: { member_id: 'C' } });
    const silent = await insertCase(testApp.pool, org.orgId, { feedbackIds: [rating.id], customerId: rating.customer_id });
    expect((await owner.get(`/api/v1/cases/${silent.id}/suggested-replies`)).json()).toEqual({ items: [] });

    // The same complaint again does find it (the empty answers above can fail).
    const again = await ingestFeedback(owner, { text: '门店店员态度差', identifiers: { member_id: 'D' } });
    const similar = await insertCase(testApp.pool, org.orgId, { feedbackIds: [again.id], customerId: again.customer_id });
    expect((await owner.get(`/api/v1/cases/${similar.id}/suggested-replies`)).json().items).toMatchObject([{ case_id: resolved.id, body: '抱歉' }]);
  });
});
