-- A generic, append-only audit trail: who did what to which subject, when. Privacy operations
-- (customer export and erasure), merges and unmerges write here; other capabilities reuse it.

CREATE TABLE audit_log (
  id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- "user:<id>", "api_key:<id>", "webhook:<id>" or "system".
  actor   text NOT NULL,
  action  text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$'),
  -- "<type>:<id>", e.g. "customer:6f1c…".
  subject text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  at      timestamptz NOT NULL DEFAULT now()
);
-- Read newest first by id (insertion order), which pages exactly where timestamps may tie.
CREATE INDEX audit_log_org_id_idx ON audit_log (org_id, id DESC);
CREATE INDEX audit_log_org_subject_idx ON audit_log (org_id, subject, id DESC);
