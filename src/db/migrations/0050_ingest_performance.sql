-- Ingestion speed (issue 9). The rollup trigger of 0020 builds its SQL with format() and EXECUTE, so
-- PostgreSQL parses and plans four upserts at two grains again for every INSERT statement: about
-- 1.5–3 ms of database CPU per statement, the largest single cost of ingesting one item (a batch of
-- 500 pays it once). INSERTs now go through a function with the same statements written out for the
-- insert case (delta +1 per new row): PL/pgSQL plans static statements once per connection and reuses
-- the plans. UPDATE and DELETE keep the generic function of 0020, whose arithmetic this repeats: a
-- change to the rollups must change both (test/metrics.test.ts checks rollups against the items).

-- The two grains differ only in the day and the tables' suffix, so the function's text is generated
-- here, once, from one template: the function itself holds plain static statements.

DO $do$
DECLARE
  -- The statements of one grain: %1$s is the day a row counts on, %2$s the suffix of the rollup tables.
  grain_block constant text := trim(both E'\n' from $tpl$
    WITH d AS (
      SELECT x.org_id, %1$s AS day, x.channel,
             coalesce(x.touchpoint_id, '00000000-0000-0000-0000-000000000000'::uuid) AS touchpoint_id,
             metrics_segment(x.metadata) AS segment, x.w,
             x.w * (x.nps IS NOT NULL)::int AS nps_n, x.w * (x.nps >= 9 IS TRUE)::int AS promoters, x.w * (x.nps <= 6 IS TRUE)::int AS detractors,
             x.w * (x.csat IS NOT NULL)::int AS csat_n, x.w * coalesce(x.csat, 0) AS csat_sum, x.w * coalesce(x.csat * x.csat, 0) AS csat_sq,
             x.w * (x.csat >= 4 IS TRUE)::int AS csat_satisfied,
             x.w * (x.ces IS NOT NULL)::int AS ces_n, x.w * coalesce(x.ces, 0) AS ces_sum, x.w * coalesce(x.ces * x.ces, 0) AS ces_sq,
             x.w * (x.sentiment_score IS NOT NULL)::int AS sentiment_n, x.w * coalesce(x.sentiment_score, 0)::float8 AS sentiment_sum,
             x.w * (x.sentiment_label = 'positive' IS TRUE)::int AS positive, x.w * (x.sentiment_label = 'negative' IS TRUE)::int AS negative,
             x.themes, x.breakpoint_from, x.breakpoint_to
        FROM (SELECT n.*, 1 AS w FROM new_rows n) x
       WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = x.org_id)
    ),
    daily AS (
      INSERT INTO metrics_%2$s AS m (org_id, day, channel, touchpoint_id, segment, items, nps_n, promoters, detractors,
                                      csat_n, csat_sum, csat_sq, csat_satisfied, ces_n, ces_sum, ces_sq,
                                      sentiment_n, sentiment_sum, positive, negative)
      SELECT org_id, day, channel, touchpoint_id, segment, sum(w), sum(nps_n), sum(promoters), sum(detractors),
             sum(csat_n), sum(csat_sum), sum(csat_sq), sum(csat_satisfied), sum(ces_n), sum(ces_sum), sum(ces_sq),
             sum(sentiment_n), sum(sentiment_sum), sum(positive), sum(negative)
        FROM d GROUP BY 1, 2, 3, 4, 5
      HAVING sum(w) <> 0 OR sum(nps_n) <> 0 OR sum(promoters) <> 0 OR sum(detractors) <> 0 OR sum(csat_n) <> 0
          OR sum(csat_sum) <> 0 OR sum(csat_sq) <> 0 OR sum(csat_satisfied) <> 0 OR sum(ces_n) <> 0 OR sum(ces_sum) <> 0 OR sum(ces_sq) <> 0
          OR sum(sentiment_n) <> 0 OR sum(sentiment_sum) <> 0 OR sum(positive) <> 0 OR sum(negative) <> 0
       ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (org_id, day, channel, touchpoint_id, segment) DO UPDATE SET
        items = m.items + excluded.items, nps_n = m.nps_n + excluded.nps_n, promoters = m.promoters + excluded.promoters,
        detractors = m.detractors + excluded.detractors, csat_n = m.csat_n + excluded.csat_n, csat_sum = m.csat_sum + excluded.csat_sum,
        csat_sq = m.csat_sq + excluded.csat_sq, csat_satisfied = m.csat_satisfied + excluded.csat_satisfied,
        ces_n = m.ces_n + excluded.ces_n, ces_sum = m.ces_sum + excluded.ces_sum, ces_sq = m.ces_sq + excluded.ces_sq,
        sentiment_n = m.sentiment_n + excluded.sentiment_n, sentiment_sum = m.sentiment_sum + excluded.sentiment_sum,
        positive = m.positive + excluded.positive, negative = m.negative + excluded.negative
      RETURNING 1
    ),
    themed AS (
      INSERT INTO metrics_theme_%2$s AS m (org_id, day, theme, channel, touchpoint_id, segment, items, nps_n, promoters, detractors,
                                            sentiment_n, sentiment_sum, positive, negative)
      SELECT d.org_id, d.day, t.theme, d.channel, d.touchpoint_id, d.segment, sum(w), sum(nps_n), sum(promoters), sum(detractors),
             sum(sentiment_n), sum(sentiment_sum), sum(positive), sum(negative)
        FROM d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.themes) AS theme) t
       GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(w) <> 0 OR sum(nps_n) <> 0 OR sum(promoters) <> 0 OR sum(detractors) <> 0
          OR sum(sentiment_n) <> 0 OR sum(sentiment_sum) <> 0 OR sum(positive) <> 0 OR sum(negative) <> 0
       ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (org_id, day, theme, channel, touchpoint_id, segment) DO UPDATE SET
        items = m.items + excluded.items, nps_n = m.nps_n + excluded.nps_n, promoters = m.promoters + excluded.promoters,
        detractors = m.detractors + excluded.detractors, sentiment_n = m.sentiment_n + excluded.sentiment_n,
        sentiment_sum = m.sentiment_sum + excluded.sentiment_sum, positive = m.positive + excluded.positive, negative = m.negative + excluded.negative
      RETURNING 1
    ),
    theme_totals AS (
      INSERT INTO metrics_theme_total_%2$s AS m (org_id, day, theme, items, nps_n, promoters, detractors, sentiment_n, sentiment_sum, positive, negative)
      SELECT d.org_id, d.day, t.theme, sum(w), sum(nps_n), sum(promoters), sum(detractors), sum(sentiment_n), sum(sentiment_sum), sum(positive), sum(negative)
        FROM d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.themes) AS theme) t
       GROUP BY 1, 2, 3
      HAVING sum(w) <> 0 OR sum(nps_n) <> 0 OR sum(promoters) <> 0 OR sum(detractors) <> 0
          OR sum(sentiment_n) <> 0 OR sum(sentiment_sum) <> 0 OR sum(positive) <> 0 OR sum(negative) <> 0
       ORDER BY 1, 2, 3
      ON CONFLICT (org_id, day, theme) DO UPDATE SET
        items = m.items + excluded.items, nps_n = m.nps_n + excluded.nps_n, promoters = m.promoters + excluded.promoters,
        detractors = m.detractors + excluded.detractors, sentiment_n = m.sentiment_n + excluded.sentiment_n,
        sentiment_sum = m.sentiment_sum + excluded.sentiment_sum, positive = m.positive + excluded.positive, negative = m.negative + excluded.negative
      RETURNING 1
    )
    INSERT INTO metrics_breakpoint_%2$s AS m (org_id, day, from_channel, to_channel, channel, touchpoint_id, segment,
                                               items, sentiment_n, sentiment_sum, negative)
    SELECT org_id, day, breakpoint_from, breakpoint_to, channel, touchpoint_id, segment, sum(w), sum(sentiment_n), sum(sentiment_sum), sum(negative)
      FROM d WHERE breakpoint_from IS NOT NULL AND breakpoint_to IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(w) <> 0 OR sum(sentiment_n) <> 0 OR sum(sentiment_sum) <> 0 OR sum(negative) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (org_id, day, from_channel, to_channel, channel, touchpoint_id, segment) DO UPDATE SET
      items = m.items + excluded.items, sentiment_n = m.sentiment_n + excluded.sentiment_n,
      sentiment_sum = m.sentiment_sum + excluded.sentiment_sum, negative = m.negative + excluded.negative;
$tpl$);
BEGIN
  EXECUTE format($create$
CREATE FUNCTION metrics_rollup_feedback_insert() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
BEGIN
    -- Daily grain.
%1$s

    -- Monthly grain (day = first of the month).
%2$s
  RETURN NULL;
END
$fn$
$create$,
    format(grain_block, $day$(x.occurred_at AT TIME ZONE 'UTC')::date$day$, 'daily'),
    format(grain_block, $day$date_trunc('month', x.occurred_at AT TIME ZONE 'UTC')::date$day$, 'monthly'));
END
$do$;

DROP TRIGGER feedback_metrics_insert ON feedback;
CREATE TRIGGER feedback_metrics_insert AFTER INSERT ON feedback
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_rollup_feedback_insert();
