// Churn early warning: the explainable per-customer risk on the API, and the scheduled recomputation
// that raises an alert when a customer crosses a churn rule's threshold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeChurnScores } from '../src/domain/churn/recompute-churn-scores.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let ingest: Client;
let leaving: string;
let happy: string;
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  ingest = apiKeyClient(testApp.app, await org.apiKey());
  const response = await ingest.post('/api/v1/feedback/batch', {
    items: [
      { source: 'survey', channel: 'store', nps: 3, text: '门店服务太差了，等了一个小时', occurred_at: ago(6), identifiers: { phone: '13800000001' } },
      { source: 'ticket', channel: 'call_centre', text: '问题还是没解决，又打了一次电话', occurred_at: ago(4), identifiers: { phone: '13800000001' } },
      { source: 'chat', channel: 'app', nps: 1, text: '再不处理我就销户，太失望了', occurred_at: ago(2), identifiers: { phone: '13800000001' } },
      { source: 'survey', channel: 'app', nps: 10, text: 'Great service, thank you!', occurred_at: ago(3), identifiers: { email: 'happy@example.com' } },
    ],
  });
  expect(response.statusCode, response.body).toBe(200);
  const ids: string[] = response.json().items.map((item: { id: string }) => item.id);
  const customerOf = async (id: string) => (await owner.get(`/api/v1/feedback/${id}`)).json().customer_id as string;
  leaving = await customerOf(ids[0]!);
  happy = await customerOf(ids[3]!);
  expect(await customerOf(ids[2]!)).toBe(leaving);
});
afterAll(async () => {
  await testApp?.close();
});

describe('churn risk', () => {
  it('scores a customer threatening to leave as high risk and explains why', async () => {
    const response = await (await org.as('viewer')).get(`/api/v1/customers/${leaving}/churn-risk`);
    expect(response.statusCode).toBe(200);
    const risk = response.json();
    expect(risk.level).toBe('high');
    expect(risk.score).toBeGreaterThanOrEqual(70);
    expect(risk.factors[0].id).toBe('churn_intent');
    expect(risk.factors.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining(['detractor_scores', 'very_low_last_nps', 'repeated_contacts']));
    expect(risk.signals).toMatchObject({ churn_intent: 1, detractor_scores: 2, last_nps: 1, repeated_contacts: 2 });
  });

  it('scores a promoter as low risk with no factors', async () => {
    const risk = (await owner.get(`/api/v1/customers/${happy}/churn-risk`)).json();
    expect(risk).toMatchObject({ score: 0, level: 'low', factors: [] });
  });

  it('answers 404 for an unknown customer and for another organisation’s', async () => {
    expect((await owner.get(`/api/v1/customers/00000000-0000-4000-8000-000000000000/churn-risk`)).statusCode).toBe(404);
    const other = await (await createTestOrg(testApp)).as('owner');
    expect((await other.get(`/api/v1/customers/${leaving}/churn-risk`)).statusCode).toBe(404);
  });

  it('raises one alert when a customer crosses the threshold of a churn rule, not again on the next run', async () => {
    const rule = await owner.post('/api/v1/alert-rules', { name: 'Churn risk', kind: 'churn', severity: 'critical', condition: { threshold: 60 } });
    expect(rule.statusCode, rule.body).toBe(201);
    const first = await recomputeChurnScores(testApp.pool, org.orgId);
    expect(first).toEqual({ customers: 2, raised: 1 });
    const alerts = (await owner.get(`/api/v1/alerts?kind=churn`)).json().items;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ customer_id: leaving, severity: 'critical', details: { threshold: 60 } });
    expect(alerts[0].details.factors[0].id).toBe('churn_intent');
    expect((await owner.get(`/api/v1/customers/${leaving}/churn-risk`)).json().last_computed_at).not.toBeNull();

    expect(await recomputeChurnScores(testApp.pool, org.orgId)).toEqual({ customers: 2, raised: 0 });
    expect((await owner.get(`/api/v1/alerts?customer_id=${leaving}`)).json().items).toHaveLength(1);
  });
});
