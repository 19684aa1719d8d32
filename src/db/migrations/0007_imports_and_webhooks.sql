-- File imports (CSV / XLSX / JSONL) run as background jobs with progress and a row-level error
-- report, and inbound webhooks that other systems POST signed feedback to.

CREATE TABLE imports (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  created_by      text NOT NULL,
  file_name       text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 300),
  -- Where the file is read from: an upload kept under the import directory, or a CLI user's own file.
  file_path       text NOT NULL,
  file_owned      boolean NOT NULL,
  file_size       bigint NOT NULL,
  format          text NOT NULL CHECK (format IN ('csv', 'xlsx', 'jsonl')),
  detected_encoding text,
  encoding        text,
  source          text CHECK (source IN ('survey', 'review', 'social', 'ticket', 'chat', 'call', 'import', 'api')),
  channel         text,
  mapping         jsonb,
  timezone        text,
  status          text NOT NULL CHECK (status IN ('uploaded', 'queued', 'running', 'completed', 'failed', 'cancelled')),
  bytes_read      bigint NOT NULL DEFAULT 0,
  rows_read       integer NOT NULL DEFAULT 0,
  rows_created    integer NOT NULL DEFAULT 0,
  rows_duplicate  integer NOT NULL DEFAULT 0,
  rows_failed     integer NOT NULL DEFAULT 0,
  error_count     integer NOT NULL DEFAULT 0,
  failure         text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  started_at      timestamptz,
  finished_at     timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, channel) REFERENCES channels (org_id, key) ON UPDATE CASCADE
);
CREATE INDEX imports_org_created_idx ON imports (org_id, created_at DESC);

-- One line per problem: "row N, field F: message". Capped per import; error_count keeps the true total.
CREATE TABLE import_errors (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id     uuid NOT NULL,
  import_id  uuid NOT NULL,
  row_number integer NOT NULL,
  field      text,
  message    text NOT NULL,
  FOREIGN KEY (org_id, import_id) REFERENCES imports (org_id, id) ON DELETE CASCADE
);
CREATE INDEX import_errors_import_idx ON import_errors (org_id, import_id, row_number, id);

CREATE TABLE inbound_webhooks (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- The public part of the URL: /api/v1/webhooks/inbound/<key>.
  key          text NOT NULL UNIQUE CHECK (key ~ '^whk_[A-Za-z0-9_-]{16,64}$'),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  source       text NOT NULL CHECK (source IN ('survey', 'review', 'social', 'ticket', 'chat', 'call', 'import', 'api')),
  channel      text NOT NULL,
  -- The HMAC key. It must be readable to verify signatures, so it is stored as is and shown once.
  secret       text NOT NULL,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, channel) REFERENCES channels (org_id, key) ON UPDATE CASCADE
);
CREATE INDEX inbound_webhooks_org_idx ON inbound_webhooks (org_id, created_at DESC);

-- Signatures seen in the last minutes: a captured request replayed inside the time window is refused.
CREATE TABLE inbound_webhook_replays (
  webhook_id  uuid NOT NULL REFERENCES inbound_webhooks (id) ON DELETE CASCADE,
  signature   text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (webhook_id, signature)
);
CREATE INDEX inbound_webhook_replays_time_idx ON inbound_webhook_replays (received_at);
