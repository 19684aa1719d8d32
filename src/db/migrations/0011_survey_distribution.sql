-- Sending survey invitations by e-mail and SMS: one distribution per send, one invitation per
-- recipient carrying its funnel (sent → opened → started → completed), and the opt-out list.

CREATE TABLE survey_distributions (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id               uuid NOT NULL,
  survey_id            uuid NOT NULL,
  channel              text NOT NULL CHECK (channel IN ('email', 'sms')),
  subject              text NOT NULL DEFAULT '',
  template             text NOT NULL,
  lang                 text NOT NULL CHECK (lang IN ('en', 'zh-CN')),
  per_minute           integer NOT NULL CHECK (per_minute BETWEEN 1 AND 10000),
  reminder_after_hours integer CHECK (reminder_after_hours BETWEEN 1 AND 720),
  created_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, survey_id) REFERENCES surveys (org_id, id) ON DELETE CASCADE
);
CREATE INDEX survey_distributions_survey_idx ON survey_distributions (org_id, survey_id, created_at DESC);

CREATE TABLE survey_invitations (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL,
  distribution_id uuid NOT NULL,
  survey_id       uuid NOT NULL,
  address         text NOT NULL,
  identifiers     jsonb NOT NULL DEFAULT '{}',
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'opted_out', 'failed')),
  error           text,
  sent_at         timestamptz,
  reminded_at     timestamptz,
  opened_at       timestamptz,
  started_at      timestamptz,
  completed_at    timestamptz,
  UNIQUE (org_id, id),
  UNIQUE (org_id, distribution_id, address),
  FOREIGN KEY (org_id, distribution_id) REFERENCES survey_distributions (org_id, id) ON DELETE CASCADE
);
CREATE INDEX survey_invitations_pending_idx ON survey_invitations (org_id, distribution_id) WHERE status = 'pending';

CREATE TABLE survey_opt_outs (
  org_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  address    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, address)
);
