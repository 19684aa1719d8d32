-- Surveys attached to touchpoints, and their responses (full answers; the analysable part of a
-- completed response becomes a feedback row, linked back by feedback_id).

CREATE TABLE surveys (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  touchpoint_id uuid,
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  opens_at      timestamptz,
  closes_at     timestamptz,
  -- Questions, texts (zh-CN / en), skip rules and the thank-you screen: validated by surveys.schema.ts.
  definition    jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, touchpoint_id) REFERENCES touchpoints (org_id, id),
  CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
);
CREATE INDEX surveys_org_idx ON surveys (org_id, created_at DESC);

CREATE TABLE survey_responses (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL,
  survey_id     uuid NOT NULL,
  -- The personal token's nonce (one response per token) or the respondent's own session key.
  response_key  text NOT NULL CHECK (length(response_key) BETWEEN 8 AND 100),
  personal      boolean NOT NULL DEFAULT false,
  channel       text NOT NULL,
  lang          text NOT NULL,
  answers       jsonb NOT NULL DEFAULT '{}',
  identifiers   jsonb NOT NULL DEFAULT '{}',
  invitation_id uuid,
  feedback_id   uuid,
  started_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  completed_at  timestamptz,
  UNIQUE (org_id, id),
  CONSTRAINT survey_responses_key UNIQUE (org_id, survey_id, response_key),
  FOREIGN KEY (org_id, survey_id) REFERENCES surveys (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, feedback_id) REFERENCES feedback (org_id, id) ON DELETE SET NULL (feedback_id)
);
CREATE INDEX survey_responses_survey_idx ON survey_responses (org_id, survey_id, started_at DESC);

-- Per-organisation secrets and delivery settings: the key that signs survey links, SMTP, the SMS webhook.
CREATE TABLE survey_settings (
  org_id      uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  signing_key text NOT NULL,
  public_url  text,
  smtp        jsonb,
  sms         jsonb,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
