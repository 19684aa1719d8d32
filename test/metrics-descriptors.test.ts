// Channel descriptors read their verbatims in one narrow query: the words must be exactly those the
// text engine finds in the newest 200 texts per channel and sentiment as the inbox lists them, and the
// dashboard filters (segment, touchpoint) must narrow the sample like everywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distinctiveDescriptors } from '../src/domain/text/index.ts';
import { createJourney, createStage, createTouchpoint } from './support/journey-fixtures.ts';
import { apiKeyClient, createTestOrg, startTestApp, type Client, type TestApp, type TestOrg } from './support/test-app.ts';

let testApp: TestApp;
let org: TestOrg;
let owner: Client;
let touchpointId: string;
const range = 'from=2026-10-01&to=2026-10-30';

const TEXTS: Record<string, Record<'positive' | 'negative', string[]>> = {
  app: { positive: ['The app checkout is fast and smooth', 'Fast login, smooth payment in the app', 'Love the quick app checkout'], negative: ['The app crashes at login, terrible', 'App keeps crashing, awful update'] },
  store: { positive: ['Friendly staff in the store, very helpful', 'Store staff were kind and helpful'], negative: ['Long queue in the store, rude staff', 'Waited an hour in the queue, rude cashier'] },
};

beforeAll(async () => {
  testApp = await startTestApp();
  org = await createTestOrg(testApp);
  owner = await org.as('owner');
  const journey = await createJourney(owner, { name_en: 'Visit' });
  const stage = await createStage(owner, journey.id, { name_en: 'Shop' });
  touchpointId = (await createTouchpoint(owner, stage.id, { name_en: 'Counter', channel: 'store' })).id;
  const items = Array.from({ length: 260 }, (_, i) => {
    const channel = i % 2 ? 'app' : 'store';
    const sentiment = i % 4 < 2 ? 'positive' : 'negative';
    const texts = TEXTS[channel]![sentiment];
    return {
      source: 'review',
      channel,
      occurred_at: `2026-10-${String(1 + (i % 29)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      text: texts[i % texts.length],
      touchpoint_id: channel === 'store' && i % 3 === 0 ? touchpointId : undefined,
      metadata: { segment: i % 5 === 0 ? 'vip' : 'regular' },
    };
  });
  const ingest = apiKeyClient(testApp.app, await org.apiKey());
  for (let start = 0; start < items.length; start += 100) expect((await ingest.post('/api/v1/feedback/batch', { items: items.slice(start, start + 100) })).statusCode).toBe(200);
}, 120_000);
afterAll(() => testApp.close());

/** The descriptors recomputed from the inbox listing: newest 200 texts per channel and sentiment. */
async function expectedFrom(query: string) {
  const docs: Array<{ channel: string; sentiment: 'positive' | 'negative'; text: string }> = [];
  for (const channel of ['app', 'store']) {
    for (const sentiment of ['positive', 'negative'] as const) {
      const page = (await owner.get(`/api/v1/feedback?${query}&channel=${channel}&sentiment=${sentiment}&limit=200`)).json();
      docs.push(...page.items.filter((item: { text: string | null }) => item.text).map((item: { text: string }) => ({ channel, sentiment, text: item.text })));
    }
  }
  return distinctiveDescriptors(docs, { top: 15 });
}

describe('GET /api/v1/metrics/channels/descriptors', () => {
  it.each([
    ['the whole range', range],
    ['one segment', `${range}&segment=vip`],
    ['one touchpoint', `${range}&touchpoint_id=TOUCHPOINT`],
  ])('equals the text engine on the inbox’s newest texts, for %s', async (_name, template) => {
    const query = template.replace('TOUCHPOINT', () => touchpointId);
    const response = await owner.get(`/api/v1/metrics/channels/descriptors?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.sample_per_group).toBe(200);
    const expected = await expectedFrom(query);
    expect(expected.some((group) => group.documents > 0)).toBe(true);
    if (!query.includes('touchpoint')) expect(expected.some((group) => group.terms.length > 0)).toBe(true);
    // As presented: z to two decimals, no log-odds.
    const presented = expected.map((g) => ({ channel: g.channel, sentiment: g.sentiment, documents: g.documents, terms: g.terms.map((t) => ({ term: t.term, z: Math.round(t.z * 100) / 100, count: t.count })) }));
    expect(body.groups).toEqual(presented);
  });

  it('narrows the sample with the segment filter', async () => {
    const all = (await owner.get(`/api/v1/metrics/channels/descriptors?${range}`)).json().groups;
    const vip = (await owner.get(`/api/v1/metrics/channels/descriptors?${range}&segment=vip`)).json().groups;
    const documents = (groups: Array<{ documents: number }>) => groups.reduce((sum, group) => sum + group.documents, 0);
    expect(documents(vip)).toBeGreaterThan(0);
    expect(documents(vip)).toBeLessThan(documents(all));
  });

  it('answers with no groups for a segment nobody is in', async () => {
    const response = await owner.get(`/api/v1/metrics/channels/descriptors?${range}&segment=nobody`);
    expect(response.statusCode).toBe(200);
    expect(response.json().groups.every((group: { documents: number }) => group.documents === 0)).toBe(true);
  });
});
