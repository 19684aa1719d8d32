// Aggregate rules against real data: an NPS drop at a touchpoint (two-sample z-test), a theme spike
// (binomial share test) and a collection channel gone quiet (Poisson test), evaluated by the same use
// case the scheduled job runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAggregateRules } from '../src/domain/alerts/evaluate-aggregate-rules.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let ingest: Client;
const HOUR = 3_600_000;
const now = Date.now();
const ago = (hours: number) => new Date(now - hours * HOUR).toISOString();

async function ingestMany(items: Array<Record<string, unknown>>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < items.length; i += 500) {
    const response = await ingest.post('/api/v1/feedback/batch', { items: items.slice(i, i + 500) });
    expect(response.statusCode, response.body).toBe(200);
    ids.push(...response.json().items.map((item: { id: string }) => item.id));
  }
  return ids;
}

async function addRule(name: string, condition: Record<string, unknown>): Promise<string> {
  const response = await owner.post('/api/v1/alert-rules', { name, kind: 'aggregate', condition, dedup_minutes: 1440 });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const alertsOfRule = async (ruleId: string) => (await owner.get(`/api/v1/alerts?rule_id=${ruleId}`)).json().items as Array<Record<string, any>>;

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  ingest = apiKeyClient(testApp.app, await org.apiKey());
});
afterAll(async () => {
  await testApp?.close();
});

describe('aggregate rules', () => {
  it('raises an NPS drop on a channel, once, and leaves a steady channel alone', async () => {
    const baseline = Array.from({ length: 120 }, (_, i) => ({ source: 'survey', channel: 'store', nps: [10, 9, 8, 3][i % 4], occurred_at: ago(48 + i) }));
    const recent = Array.from({ length: 40 }, (_, i) => ({ source: 'survey', channel: 'store', nps: [2, 4, 9, 1][i % 4], occurred_at: ago(1 + i / 10) }));
    const steady = Array.from({ length: 160 }, (_, i) => ({ source: 'survey', channel: 'app', nps: [10, 9, 8, 3][i % 4], occurred_at: ago(i < 40 ? 1 + i / 10 : 48 + i) }));
    await ingestMany([...baseline, ...recent, ...steady]);
    const store = await addRule('Store NPS drop', { test: 'nps_drop', channel: 'store' });
    const app = await addRule('App NPS drop', { test: 'nps_drop', channel: 'app' });

    await evaluateAggregateRules(testApp.pool, new Date(), org.orgId);
    const [alert] = await alertsOfRule(store);
    expect(alert).toMatchObject({ kind: 'aggregate', count: 1, details: { test: 'nps_drop', recent_nps: -50, baseline_nps: 25, recent_n: 40, baseline_n: 120 } });
    expect(alert!.details.z).toBeLessThan(-2.33);
    expect(await alertsOfRule(app)).toEqual([]);

    // The next run finds the same drop: counted on the same alert, not raised again.
    await evaluateAggregateRules(testApp.pool, new Date(), org.orgId);
    expect((await alertsOfRule(store)).map((a) => a.count)).toEqual([2]);
  });

  it('raises a theme spike when a theme’s share jumps, not when volume merely grows', async () => {
    const baseline = Array.from({ length: 400 }, (_, i) => ({ source: 'review', channel: 'website', text: `baseline ${i}`, occurred_at: ago(30 + i / 2) }));
    const recent = Array.from({ length: 60 }, (_, i) => ({ source: 'review', channel: 'website', text: `recent ${i}`, occurred_at: ago(1 + i / 10) }));
    const ids = await ingestMany([...baseline, ...recent]);
    // Themes come from text analysis at ingest; the test sets them directly to control the shares.
    await testApp.pool.query(`UPDATE feedback SET themes = ARRAY['refunds'] WHERE org_id = $1 AND id = ANY($2::uuid[])`, [org.orgId, [...ids.slice(0, 400).filter((_, i) => i % 40 === 0), ...ids.slice(400, 415)]]);
    await testApp.pool.query(`UPDATE feedback SET themes = ARRAY['delivery'] WHERE org_id = $1 AND id = ANY($2::uuid[])`, [org.orgId, [...ids.slice(0, 400).filter((_, i) => i % 10 === 1), ...ids.slice(415, 421)]]);
    const rule = await addRule('Theme spikes on the website', { test: 'theme_spike', channel: 'website' });

    await evaluateAggregateRules(testApp.pool, new Date(), org.orgId);
    const alerts = await alertsOfRule(rule);
    expect(alerts.map((a) => a.details.theme)).toEqual(['refunds']);
    expect(alerts[0]!.details).toMatchObject({ hits: 15, n: 60 });
    expect(alerts[0]!.details.p_value).toBeLessThan(0.001);
  });

  it('raises a volume drop when a collection channel goes quiet', async () => {
    const ids = await ingestMany(Array.from({ length: 300 }, (_, i) => ({ source: 'api', channel: 'wechat', text: `message ${i}` })));
    // Spread the history over the past two weeks, leaving the last six hours empty.
    await testApp.pool.query(
      `UPDATE feedback f SET received_at = now() - interval '7 hours' - (x.ord * interval '1 hour')
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, ord) WHERE f.org_id = $1 AND f.id = x.id`,
      [org.orgId, ids],
    );
    const quiet = await addRule('WeChat collection stopped', { test: 'volume_drop', channel: 'wechat', min_expected: 5, alpha: 0.01 });
    await evaluateAggregateRules(testApp.pool, new Date(), org.orgId);
    const [alert] = await alertsOfRule(quiet);
    expect(alert).toMatchObject({ details: { test: 'volume_drop', count: 0 } });
    expect(alert!.details.expected).toBeGreaterThan(5);
  });

  it.each([
    ['a baseline longer than a year', { test: 'nps_drop', baseline_days: 400 }, 'condition.baseline_days'],
    ['an alpha above 0.2', { test: 'theme_spike', alpha: 0.5 }, 'condition.alpha'],
    ['an unknown parameter', { test: 'volume_drop', window: 3 }, 'condition'],
  ])('rejects %s', async (_case, condition, path) => {
    const response = await owner.post('/api/v1/alert-rules', { name: 'Bad', kind: 'aggregate', condition });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});
