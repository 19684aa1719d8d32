-- Alerts: rules an admin builds (conditions on single items, statistical tests on aggregates, churn
-- risk), the alerts they raise (one row per rule + subject within the de-duplication window, with a
-- count), and the trigger that hands every newly inserted batch of feedback to the evaluation job.

CREATE TABLE alert_rules (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- item: conditions on one feedback item; aggregate: a statistical test over windows; churn: a risk threshold.
  kind           text NOT NULL CHECK (kind IN ('item', 'aggregate', 'churn')),
  enabled        boolean NOT NULL DEFAULT true,
  severity       text NOT NULL DEFAULT 'warning' CHECK (severity IN ('info', 'warning', 'critical')),
  condition      jsonb NOT NULL,
  -- Same rule + same subject within this many minutes → one alert whose count grows.
  dedup_minutes  integer NOT NULL DEFAULT 60 CHECK (dedup_minutes BETWEEN 0 AND 10080),
  -- At most this many notifications per rule per hour; the rest wait for the digest.
  max_per_hour   integer NOT NULL DEFAULT 20 CHECK (max_per_hour BETWEEN 1 AND 100000),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id)
);
CREATE INDEX alert_rules_org_idx ON alert_rules (org_id, created_at);
-- The feedback trigger asks "does this organisation have an enabled item rule?" on every insert.
CREATE INDEX alert_rules_enabled_item_idx ON alert_rules (org_id) WHERE enabled AND kind = 'item';

CREATE TABLE alerts (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  rule_id          uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('item', 'aggregate', 'churn')),
  dedup_key        text NOT NULL,
  title            text NOT NULL,
  severity         text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'snoozed', 'resolved')),
  snoozed_until    timestamptz,
  count            integer NOT NULL DEFAULT 1,
  customer_id      uuid,
  -- The most recent items that raised it (capped), newest first.
  feedback_ids     uuid[] NOT NULL DEFAULT '{}',
  details          jsonb NOT NULL DEFAULT '{}',
  first_seen_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at     timestamptz NOT NULL DEFAULT now(),
  acknowledged_by  uuid,
  acknowledged_at  timestamptz,
  resolved_at      timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, rule_id) REFERENCES alert_rules (org_id, id) ON DELETE CASCADE
);
CREATE INDEX alerts_org_recent_idx ON alerts (org_id, last_seen_at DESC, id DESC);
CREATE INDEX alerts_org_dedup_idx ON alerts (org_id, dedup_key, first_seen_at DESC);
CREATE INDEX alerts_org_customer_idx ON alerts (org_id, customer_id) WHERE customer_id IS NOT NULL;

-- Transactional outbox: the evaluation job is committed with the items, and graphile-worker's
-- LISTEN/NOTIFY starts it within milliseconds. The trigger only enqueues; organisations without an
-- enabled item rule are skipped by an index-only check.
CREATE FUNCTION alerts_enqueue_item_evaluation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  batch record;
  start integer;
BEGIN
  FOR batch IN
    SELECT n.org_id, array_agg(n.id) AS ids
      FROM new_feedback n
     WHERE EXISTS (SELECT 1 FROM alert_rules r WHERE r.org_id = n.org_id AND r.enabled AND r.kind = 'item')
     GROUP BY n.org_id
  LOOP
    -- Large imports are evaluated in jobs of at most 1,000 items.
    start := 1;
    WHILE start <= cardinality(batch.ids) LOOP
      PERFORM graphile_worker.add_job('alerts:evaluate_items', json_build_object('orgId', batch.org_id, 'ids', batch.ids[start:start + 999]), max_attempts => 5);
      start := start + 1000;
    END LOOP;
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER feedback_alerts_after_insert
  AFTER INSERT ON feedback
  REFERENCING NEW TABLE AS new_feedback
  FOR EACH STATEMENT EXECUTE FUNCTION alerts_enqueue_item_evaluation();
