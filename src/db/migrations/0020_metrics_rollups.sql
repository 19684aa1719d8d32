-- Daily rollups of feedback so dashboard queries read thousands of pre-summed rows instead of
-- millions of items. They are kept exact by statement-level triggers on `feedback` that add the
-- inserted rows and subtract the deleted ones (an UPDATE does both), using transition tables: one
-- set-based upsert per statement whatever the batch size, and no change to any ingestion code.
-- Re-analysis (UPDATE), deletion, erasure and organisation deletion all go through the same path.
--
-- Each rollup exists at two grains: daily, and monthly (day = first of the month), so a 12-month
-- dashboard reads 12 monthly buckets plus at most a few partial-month days instead of 365 days.
--
-- Keys: the day is the UTC calendar day of occurred_at; "no touchpoint" is the nil uuid so the key
-- has no NULLs; the customer segment is metadata.segment, else metadata.tier, else '' (none).

CREATE FUNCTION metrics_segment(metadata jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT left(coalesce(nullif(metadata ->> 'segment', ''), nullif(metadata ->> 'tier', ''), ''), 60) $$;

CREATE TABLE metrics_daily (
  org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day             date NOT NULL,
  channel         text NOT NULL,
  touchpoint_id   uuid NOT NULL,
  segment         text NOT NULL,
  items           integer NOT NULL DEFAULT 0,
  nps_n           integer NOT NULL DEFAULT 0,
  promoters       integer NOT NULL DEFAULT 0,
  detractors      integer NOT NULL DEFAULT 0,
  csat_n          integer NOT NULL DEFAULT 0,
  csat_sum        integer NOT NULL DEFAULT 0,
  csat_sq         integer NOT NULL DEFAULT 0,
  csat_satisfied  integer NOT NULL DEFAULT 0,
  ces_n           integer NOT NULL DEFAULT 0,
  ces_sum         integer NOT NULL DEFAULT 0,
  ces_sq          integer NOT NULL DEFAULT 0,
  sentiment_n     integer NOT NULL DEFAULT 0,
  sentiment_sum   double precision NOT NULL DEFAULT 0,
  positive        integer NOT NULL DEFAULT 0,
  negative        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, day, channel, touchpoint_id, segment)
);

CREATE TABLE metrics_theme_daily (
  org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day             date NOT NULL,
  theme           text NOT NULL,
  channel         text NOT NULL,
  touchpoint_id   uuid NOT NULL,
  segment         text NOT NULL,
  items           integer NOT NULL DEFAULT 0,
  nps_n           integer NOT NULL DEFAULT 0,
  promoters       integer NOT NULL DEFAULT 0,
  detractors      integer NOT NULL DEFAULT 0,
  sentiment_n     integer NOT NULL DEFAULT 0,
  sentiment_sum   double precision NOT NULL DEFAULT 0,
  positive        integer NOT NULL DEFAULT 0,
  negative        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, day, theme, channel, touchpoint_id, segment)
);
CREATE INDEX metrics_theme_daily_theme_idx ON metrics_theme_daily (org_id, theme, day);
-- Filtered theme views (one touchpoint or channel) read only that slice instead of every key of the range.
CREATE INDEX metrics_theme_daily_touchpoint_idx ON metrics_theme_daily (org_id, touchpoint_id, day);
CREATE INDEX metrics_theme_daily_channel_idx ON metrics_theme_daily (org_id, channel, day);

CREATE TABLE metrics_breakpoint_daily (
  org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day             date NOT NULL,
  from_channel    text NOT NULL,
  to_channel      text NOT NULL,
  channel         text NOT NULL,
  touchpoint_id   uuid NOT NULL,
  segment         text NOT NULL,
  items           integer NOT NULL DEFAULT 0,
  sentiment_n     integer NOT NULL DEFAULT 0,
  sentiment_sum   double precision NOT NULL DEFAULT 0,
  negative        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, day, from_channel, to_channel, channel, touchpoint_id, segment)
);

-- Themes over all channels, touchpoints and segments: what an unfiltered dashboard asks for, at a
-- fraction of the rows of metrics_theme_daily (one row per theme and day).
CREATE TABLE metrics_theme_total_daily (
  org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day             date NOT NULL,
  theme           text NOT NULL,
  items           integer NOT NULL DEFAULT 0,
  nps_n           integer NOT NULL DEFAULT 0,
  promoters       integer NOT NULL DEFAULT 0,
  detractors      integer NOT NULL DEFAULT 0,
  sentiment_n     integer NOT NULL DEFAULT 0,
  sentiment_sum   double precision NOT NULL DEFAULT 0,
  positive        integer NOT NULL DEFAULT 0,
  negative        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, day, theme)
);

CREATE TABLE metrics_monthly (LIKE metrics_daily INCLUDING ALL);
ALTER TABLE metrics_monthly ADD FOREIGN KEY (org_id) REFERENCES organisations (id) ON DELETE CASCADE;
CREATE TABLE metrics_theme_monthly (LIKE metrics_theme_daily INCLUDING ALL);
ALTER TABLE metrics_theme_monthly ADD FOREIGN KEY (org_id) REFERENCES organisations (id) ON DELETE CASCADE;
CREATE TABLE metrics_theme_total_monthly (LIKE metrics_theme_total_daily INCLUDING ALL);
ALTER TABLE metrics_theme_total_monthly ADD FOREIGN KEY (org_id) REFERENCES organisations (id) ON DELETE CASCADE;
CREATE TABLE metrics_breakpoint_monthly (LIKE metrics_breakpoint_daily INCLUDING ALL);
ALTER TABLE metrics_breakpoint_monthly ADD FOREIGN KEY (org_id) REFERENCES organisations (id) ON DELETE CASCADE;

-- One function serves the three triggers: the delta (+1 per new row, −1 per old row) is chosen by
-- TG_OP and the same upserts run on it, at each grain. Groups whose every delta is zero (an UPDATE that
-- changed nothing the rollups count, e.g. linking a customer) are skipped. Keys are upserted in
-- key order so concurrent batches lock rollup rows in the same order and cannot deadlock. Rows of an
-- organisation being deleted are ignored (its rollups are removed by the cascade).
CREATE FUNCTION metrics_rollup_feedback() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
DECLARE
  grain text;
  delta text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS w FROM new_rows n'
    WHEN 'DELETE' THEN 'SELECT o.*, -1 AS w FROM old_rows o'
    ELSE 'SELECT n.*, 1 AS w FROM new_rows n UNION ALL SELECT o.*, -1 AS w FROM old_rows o' END;
  changed boolean;
BEGIN
  -- Most UPDATEs (linking customers, redaction) touch nothing the rollups count: stop early.
  IF TG_OP = 'UPDATE' THEN
    EXECUTE $chk$
      SELECT EXISTS (
        SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE (n.org_id, n.occurred_at, n.channel, n.touchpoint_id, metrics_segment(n.metadata), n.nps, n.csat, n.ces,
                n.sentiment_label, n.sentiment_score, n.themes, n.breakpoint_from, n.breakpoint_to)
               IS DISTINCT FROM
               (o.org_id, o.occurred_at, o.channel, o.touchpoint_id, metrics_segment(o.metadata), o.nps, o.csat, o.ces,
                o.sentiment_label, o.sentiment_score, o.themes, o.breakpoint_from, o.breakpoint_to))
    $chk$ INTO changed;
    IF NOT changed THEN
      RETURN NULL;
    END IF;
  END IF;
  FOREACH grain IN ARRAY ARRAY['daily', 'monthly'] LOOP
  EXECUTE format($sql$
    WITH d AS (
      SELECT x.org_id, CASE WHEN %2$L = 'daily' THEN (x.occurred_at AT TIME ZONE 'UTC')::date
                            ELSE date_trunc('month', x.occurred_at AT TIME ZONE 'UTC')::date END AS day, x.channel,
             coalesce(x.touchpoint_id, '00000000-0000-0000-0000-000000000000'::uuid) AS touchpoint_id,
             metrics_segment(x.metadata) AS segment, x.w,
             x.w * (x.nps IS NOT NULL)::int AS nps_n, x.w * (x.nps >= 9 IS TRUE)::int AS promoters, x.w * (x.nps <= 6 IS TRUE)::int AS detractors,
             x.w * (x.csat IS NOT NULL)::int AS csat_n, x.w * coalesce(x.csat, 0) AS csat_sum, x.w * coalesce(x.csat * x.csat, 0) AS csat_sq,
             x.w * (x.csat >= 4 IS TRUE)::int AS csat_satisfied,
             x.w * (x.ces IS NOT NULL)::int AS ces_n, x.w * coalesce(x.ces, 0) AS ces_sum, x.w * coalesce(x.ces * x.ces, 0) AS ces_sq,
             x.w * (x.sentiment_score IS NOT NULL)::int AS sentiment_n, x.w * coalesce(x.sentiment_score, 0)::float8 AS sentiment_sum,
             x.w * (x.sentiment_label = 'positive' IS TRUE)::int AS positive, x.w * (x.sentiment_label = 'negative' IS TRUE)::int AS negative,
             x.themes, x.breakpoint_from, x.breakpoint_to
        FROM (%1$s) x
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
      sentiment_sum = m.sentiment_sum + excluded.sentiment_sum, negative = m.negative + excluded.negative
  $sql$, delta, grain);
  END LOOP;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER feedback_metrics_insert AFTER INSERT ON feedback
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_rollup_feedback();
CREATE TRIGGER feedback_metrics_update AFTER UPDATE ON feedback
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_rollup_feedback();
CREATE TRIGGER feedback_metrics_delete AFTER DELETE ON feedback
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION metrics_rollup_feedback();

-- Feedback stored before this migration: rolled up once, through the same function's arithmetic.
INSERT INTO metrics_daily (org_id, day, channel, touchpoint_id, segment, items, nps_n, promoters, detractors,
                           csat_n, csat_sum, csat_sq, csat_satisfied, ces_n, ces_sum, ces_sq, sentiment_n, sentiment_sum, positive, negative)
SELECT org_id, (occurred_at AT TIME ZONE 'UTC')::date, channel, coalesce(touchpoint_id, '00000000-0000-0000-0000-000000000000'::uuid),
       metrics_segment(metadata), count(*), count(nps), count(*) FILTER (WHERE nps >= 9), count(*) FILTER (WHERE nps <= 6),
       count(csat), coalesce(sum(csat), 0), coalesce(sum(csat * csat), 0), count(*) FILTER (WHERE csat >= 4),
       count(ces), coalesce(sum(ces), 0), coalesce(sum(ces * ces), 0),
       count(sentiment_score), coalesce(sum(sentiment_score), 0), count(*) FILTER (WHERE sentiment_label = 'positive'),
       count(*) FILTER (WHERE sentiment_label = 'negative')
  FROM feedback GROUP BY 1, 2, 3, 4, 5;

INSERT INTO metrics_theme_daily (org_id, day, theme, channel, touchpoint_id, segment, items, nps_n, promoters, detractors,
                                 sentiment_n, sentiment_sum, positive, negative)
SELECT f.org_id, (f.occurred_at AT TIME ZONE 'UTC')::date, t.theme, f.channel, coalesce(f.touchpoint_id, '00000000-0000-0000-0000-000000000000'::uuid),
       metrics_segment(f.metadata), count(*), count(f.nps), count(*) FILTER (WHERE f.nps >= 9), count(*) FILTER (WHERE f.nps <= 6),
       count(f.sentiment_score), coalesce(sum(f.sentiment_score), 0), count(*) FILTER (WHERE f.sentiment_label = 'positive'),
       count(*) FILTER (WHERE f.sentiment_label = 'negative')
  FROM feedback f CROSS JOIN LATERAL (SELECT DISTINCT unnest(f.themes) AS theme) t
 GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO metrics_breakpoint_daily (org_id, day, from_channel, to_channel, channel, touchpoint_id, segment, items, sentiment_n, sentiment_sum, negative)
SELECT org_id, (occurred_at AT TIME ZONE 'UTC')::date, breakpoint_from, breakpoint_to, channel,
       coalesce(touchpoint_id, '00000000-0000-0000-0000-000000000000'::uuid), metrics_segment(metadata),
       count(*), count(sentiment_score), coalesce(sum(sentiment_score), 0), count(*) FILTER (WHERE sentiment_label = 'negative')
  FROM feedback WHERE breakpoint_from IS NOT NULL AND breakpoint_to IS NOT NULL
 GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO metrics_monthly SELECT org_id, date_trunc('month', day)::date, channel, touchpoint_id, segment, sum(items), sum(nps_n), sum(promoters), sum(detractors),
       sum(csat_n), sum(csat_sum), sum(csat_sq), sum(csat_satisfied), sum(ces_n), sum(ces_sum), sum(ces_sq), sum(sentiment_n), sum(sentiment_sum), sum(positive), sum(negative)
  FROM metrics_daily GROUP BY 1, 2, 3, 4, 5;
INSERT INTO metrics_theme_monthly SELECT org_id, date_trunc('month', day)::date, theme, channel, touchpoint_id, segment, sum(items), sum(nps_n), sum(promoters),
       sum(detractors), sum(sentiment_n), sum(sentiment_sum), sum(positive), sum(negative)
  FROM metrics_theme_daily GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO metrics_breakpoint_monthly SELECT org_id, date_trunc('month', day)::date, from_channel, to_channel, channel, touchpoint_id, segment,
       sum(items), sum(sentiment_n), sum(sentiment_sum), sum(negative)
  FROM metrics_breakpoint_daily GROUP BY 1, 2, 3, 4, 5, 6, 7;
INSERT INTO metrics_theme_total_daily SELECT org_id, day, theme, sum(items), sum(nps_n), sum(promoters), sum(detractors), sum(sentiment_n), sum(sentiment_sum), sum(positive), sum(negative)
  FROM metrics_theme_daily GROUP BY 1, 2, 3;
INSERT INTO metrics_theme_total_monthly SELECT org_id, day, theme, sum(items), sum(nps_n), sum(promoters), sum(detractors), sum(sentiment_n), sum(sentiment_sum), sum(positive), sum(negative)
  FROM metrics_theme_monthly GROUP BY 1, 2, 3;
