// All SQL of churn early warning: the per-customer signals over the last 90 days, and stored scores.
import type { Db } from '../../db/pool.ts';
import type { ChurnFactor, ChurnSignals } from './churn-score.ts';

export interface CustomerSignals {
  customerId: string;
  signals: ChurnSignals;
}

/**
 * Signals per customer from feedback of the last 90 days: of the given customers (a merge tree counts
 * as one customer, the first id), or of every customer with feedback in that period.
 */
export async function churnSignals(db: Db, orgId: string, phrases: readonly string[], customerIds: readonly string[] | null): Promise<CustomerSignals[]> {
  const result = await db.query<{ customerId: string } & ChurnSignals>(
    `WITH f AS (
       SELECT CASE WHEN $3::uuid[] IS NULL THEN customer_id ELSE ($3::uuid[])[1] END AS customer_id, occurred_at, nps, sentiment_label, text,
              lag(occurred_at) OVER (PARTITION BY customer_id ORDER BY occurred_at) AS previous_at
         FROM feedback
        WHERE org_id = $1 AND customer_id IS NOT NULL AND occurred_at > now() - interval '90 days'
          AND ($3::uuid[] IS NULL OR customer_id = ANY($3::uuid[]))
     ), last AS (
       SELECT DISTINCT ON (customer_id) customer_id, occurred_at, (sentiment_label = 'negative' OR nps <= 6) AS complaint
         FROM f ORDER BY customer_id, occurred_at DESC
     )
     SELECT f.customer_id AS "customerId",
            count(*) FILTER (WHERE f.sentiment_label = 'negative')::int AS "negativeFeedback",
            count(*) FILTER (WHERE f.nps <= 6)::int AS "detractorScores",
            (array_agg(f.nps ORDER BY f.occurred_at DESC) FILTER (WHERE f.nps IS NOT NULL))[1] AS "lastNps",
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM unnest($2::text[]) p WHERE strpos(lower(f.text), lower(p)) > 0))::int AS "churnIntent",
            count(*) FILTER (WHERE f.previous_at > f.occurred_at - interval '7 days')::int AS "repeatedContacts",
            CASE WHEN bool_or(last.complaint) THEN floor(extract(epoch FROM now() - max(last.occurred_at)) / 86400)::int END AS "daysSilentAfterComplaint"
       FROM f JOIN last ON last.customer_id = f.customer_id
      GROUP BY f.customer_id`,
    [orgId, phrases, customerIds],
  );
  return result.rows.map(({ customerId, ...signals }) => ({ customerId, signals }));
}

export async function storedScores(db: Db, orgId: string): Promise<Map<string, number>> {
  const result = await db.query<{ customerId: string; score: number }>(`SELECT customer_id AS "customerId", score FROM churn_scores WHERE org_id = $1`, [orgId]);
  return new Map(result.rows.map((row) => [row.customerId, row.score]));
}

export async function upsertScores(db: Db, orgId: string, scores: ReadonlyArray<{ customerId: string; score: number; factors: ChurnFactor[] }>): Promise<void> {
  if (scores.length === 0) return;
  await db.query(
    `INSERT INTO churn_scores (org_id, customer_id, score, factors)
     SELECT $1, s."customerId", s.score, s.factors FROM jsonb_to_recordset($2::jsonb) AS s("customerId" uuid, score int, factors jsonb)
     ON CONFLICT (org_id, customer_id) DO UPDATE SET score = EXCLUDED.score, factors = EXCLUDED.factors, computed_at = now()`,
    [orgId, JSON.stringify(scores)],
  );
}

export async function findComputedAt(db: Db, orgId: string, customerId: string): Promise<Date | null> {
  const result = await db.query<{ computedAt: Date }>(`SELECT computed_at AS "computedAt" FROM churn_scores WHERE org_id = $1 AND customer_id = $2`, [orgId, customerId]);
  return result.rows[0]?.computedAt ?? null;
}

export async function orgsWithCustomerFeedback(db: Db): Promise<string[]> {
  const result = await db.query<{ id: string }>(
    `SELECT o.id FROM organisations o
      WHERE EXISTS (SELECT 1 FROM feedback f WHERE f.org_id = o.id AND f.customer_id IS NOT NULL AND f.occurred_at > now() - interval '90 days')`,
  );
  return result.rows.map((row) => row.id);
}
