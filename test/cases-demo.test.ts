// The demo organisation comes with case work: routing rules for its teams and cases in every state,
// worked by the people they were routed to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type LoadedDemo } from '../src/domain/demo/load-demo.ts';
import { signIn, startTestApp, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let demo: LoadedDemo;
let owner: Client;

beforeAll(async () => {
  testApp = await startTestApp();
  demo = await loadDemo(testApp.pool, { now: new Date(), feedbackCount: 600 });
  owner = await signIn(testApp.app, demo.owner.email, demo.password);
}, 120_000);
afterAll(async () => testApp?.close());

describe('demo cases', () => {
  it('has routing rules for its teams and cases in mixed states', async () => {
    const rules = (await owner.get('/api/v1/case-routing-rules')).json().items;
    expect(rules.length).toBeGreaterThanOrEqual(4);
    const cases = (await owner.get('/api/v1/cases?limit=100')).json().items as Array<Record<string, any>>;
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.length).toBeLessThanOrEqual(30);
    const statuses = new Set(cases.map((c) => c.status));
    for (const status of ['resolved', 'closed', 'in_progress', 'waiting_on_customer']) expect(statuses).toContain(status);
    const resolved = cases.filter((c) => c.status === 'resolved' || c.status === 'closed');
    expect(resolved.every((c) => c.root_cause && c.resolution_code && c.resolved_at)).toBe(true);
    expect(resolved.every((c) => new Date(c.resolved_at) > new Date(c.created_at))).toBe(true);
    expect(cases.some((c) => c.transfer_count > 0)).toBe(true);
    expect(cases.every((c) => c.team !== null && c.customer !== null)).toBe(true);
    expect(cases.every((c) => new Date(c.created_at) < new Date())).toBe(true);
  });

  it('answers the customers it worked, so first response and suggested replies have data', async () => {
    const cases = (await owner.get('/api/v1/cases?limit=100')).json().items as Array<Record<string, any>>;
    const resolved = cases.filter((c) => c.status === 'resolved' || c.status === 'closed');
    expect(resolved.length).toBeGreaterThan(0);
    for (const worked of resolved) {
      expect(worked.reply_count).toBeGreaterThanOrEqual(1);
      expect(new Date(worked.first_responded_at) > new Date(worked.created_at)).toBe(true);
      expect(new Date(worked.first_responded_at) <= new Date(worked.resolved_at)).toBe(true);
    }
    const fresh = cases.find((c) => c.status === 'new' || c.status === 'assigned');
    expect(fresh).toBeDefined();
    const suggestions = (await owner.get(`/api/v1/cases/${fresh!.id}/suggested-replies`)).json().items;
    expect(suggestions.length).toBeGreaterThan(0);
  });

  it('has a lead in every team', async () => {
    const teams = (await owner.get('/api/v1/teams')).json().items as Array<{ members: Array<{ is_lead: boolean }> }>;
    expect(teams.length).toBeGreaterThan(0);
    for (const team of teams) expect(team.members.filter((member) => member.is_lead)).toHaveLength(1);
  });
});
