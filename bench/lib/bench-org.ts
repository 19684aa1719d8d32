// A realistic organisation for ingest benchmarks: the demo's channels, journeys, touchpoints, teams
// and users (through the product's own use cases), an ingestion API key, and an item alert rule so
// every inserted batch also enqueues a real alert-evaluation job. Items come from the demo generator
// (mixed zh/en, identifiers, ratings, metadata), converted to API bodies with unique external ids.
import type pg from 'pg';
import { systemActor } from '../../src/domain/actor.ts';
import { createAlertRule } from '../../src/domain/alerts/save-alert-rule.ts';
import { createApiKey } from '../../src/domain/auth/create-api-key.ts';
import { generateDemoDataset, type DemoDataset } from '../../src/domain/demo/generate-demo-dataset.ts';
import { loadDemo } from '../../src/domain/demo/load-demo.ts';
import { findDemo } from '../../src/domain/orgs/replace-demo-organisation.ts';

export interface BenchOrg {
  orgId: string;
  apiKey: string;
  ownerEmail: string;
  password: string;
}

export async function createBenchOrg(pool: pg.Pool): Promise<BenchOrg> {
  const loaded = await loadDemo(pool, { now: new Date(), feedbackCount: 100 });
  const org = await findDemo(pool);
  if (!org) throw new Error('demo organisation missing');
  const actor = systemActor(org.id);
  const apiKey = (await createApiKey(pool, actor, { name: 'bench' })).key;
  await createAlertRule(pool, actor, {
    name: 'Detractor with a complaint',
    kind: 'item',
    condition: { match: 'all', conditions: [{ field: 'nps', operator: 'lte', value: 3 }, { field: 'sentiment_label', operator: 'eq', value: 'negative' }] },
  });
  return { orgId: org.id, apiKey, ownerEmail: loaded.owner.email, password: loaded.password };
}

/** `count` API bodies with external ids `<prefix>-<n>`, touchpoints resolved to the org's ids. */
export async function generateItems(pool: pg.Pool, orgId: string, count: number, prefix: string, seed: number): Promise<Array<Record<string, unknown>>> {
  const dataset = generateDemoDataset({ seed, now: new Date(), feedbackCount: count });
  const touchpointIds = await touchpointIdsByKey(pool, orgId, dataset);
  return dataset.feedback.map((item, n) => ({
    source: item.source,
    channel: item.channel,
    external_id: `${prefix}-${n}`,
    occurred_at: item.occurred_at,
    touchpoint_id: item.touchpoint ? touchpointIds.get(`${item.touchpoint.journey}/${item.touchpoint.stage}/${item.touchpoint.touchpoint}`) : undefined,
    nps: item.nps,
    csat: item.csat,
    ces: item.ces,
    stars: item.stars,
    text: item.text,
    identifiers: item.customer,
    metadata: item.metadata,
  }));
}

async function touchpointIdsByKey(pool: pg.Pool, orgId: string, dataset: DemoDataset): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ id: string; name_en: string; stage: string; journey: string }>(
    `SELECT t.id, t.name_en, s.name_en AS stage, j.name_en AS journey FROM touchpoints t JOIN stages s ON s.id = t.stage_id JOIN journeys j ON j.id = s.journey_id WHERE t.org_id = $1`,
    [orgId],
  );
  const byNames = new Map(rows.map((row) => [`${row.journey}/${row.stage}/${row.name_en}`, row.id]));
  const byKeys = new Map<string, string>();
  for (const journey of dataset.journeys) {
    for (const stage of journey.stages) {
      for (const touchpoint of stage.touchpoints) {
        const id = byNames.get(`${journey.name_en}/${stage.name_en}/${touchpoint.name_en}`);
        if (id) byKeys.set(`${journey.key}/${stage.key}/${touchpoint.key}`, id);
      }
    }
  }
  return byKeys;
}
