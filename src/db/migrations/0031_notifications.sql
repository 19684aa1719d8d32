-- Notifications: where alerts go (signed webhooks, e-mail, WeCom, DingTalk, Feishu, Slack), which
-- rule goes where, and a log of every delivery attempt so that "did they get it?" has an answer.

CREATE TABLE notification_channels (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind           text NOT NULL CHECK (kind IN ('webhook', 'email', 'wecom', 'dingtalk', 'feishu', 'slack')),
  -- url (webhooks) or recipients (e-mail); never returned with the secret.
  config         jsonb NOT NULL,
  -- HMAC key of signed webhooks, DingTalk and Feishu signing secrets.
  secret         text,
  enabled        boolean NOT NULL DEFAULT true,
  -- none: every alert at once; daily / weekly: a digest also summarises the period.
  digest         text NOT NULL DEFAULT 'none' CHECK (digest IN ('none', 'daily', 'weekly')),
  last_digest_at timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id)
);
CREATE INDEX notification_channels_org_idx ON notification_channels (org_id, created_at);

-- Per-rule routing: a rule's alerts go to these channels.
CREATE TABLE notification_routes (
  org_id     uuid NOT NULL,
  rule_id    uuid NOT NULL,
  channel_id uuid NOT NULL,
  PRIMARY KEY (org_id, rule_id, channel_id),
  FOREIGN KEY (org_id, rule_id) REFERENCES alert_rules (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, channel_id) REFERENCES notification_channels (org_id, id) ON DELETE CASCADE
);
CREATE INDEX notification_routes_channel_idx ON notification_routes (org_id, channel_id);

CREATE TABLE notification_deliveries (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL,
  channel_id     uuid NOT NULL,
  rule_id        uuid,
  alert_id       uuid,
  purpose        text NOT NULL CHECK (purpose IN ('alert', 'digest', 'test')),
  -- throttled: over the rule's hourly limit, waiting for the next digest; digested: summarised there.
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'throttled', 'digested')),
  attempts       integer NOT NULL DEFAULT 0,
  response_code  integer,
  error          text,
  message        jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_attempt_at timestamptz,
  delivered_at   timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, channel_id) REFERENCES notification_channels (org_id, id) ON DELETE CASCADE
);
CREATE INDEX notification_deliveries_channel_idx ON notification_deliveries (org_id, channel_id, created_at DESC);
CREATE INDEX notification_deliveries_rule_hour_idx ON notification_deliveries (org_id, rule_id, created_at DESC) WHERE rule_id IS NOT NULL;
CREATE INDEX notification_deliveries_throttled_idx ON notification_deliveries (org_id, channel_id) WHERE status = 'throttled';
