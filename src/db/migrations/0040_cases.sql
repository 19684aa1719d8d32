-- Closed-loop case management: a case groups the feedback of one customer that needs an answer, is
-- routed to a team and an agent, runs against SLA timers in business hours, records every event
-- (transfers above all: being passed around is what customers hate most), replies to the customer on
-- their channel, and is followed by a re-survey once resolved.

-- Team leads receive escalations when a case of their team breaches its SLA.
ALTER TABLE team_members ADD COLUMN is_lead boolean NOT NULL DEFAULT false;

-- One row per organisation; absent means the defaults in src/domain/cases/case-settings.ts.
CREATE TABLE case_settings (
  org_id               uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  -- IANA zone in which business hours and holidays are read.
  timezone             text NOT NULL DEFAULT 'Asia/Shanghai',
  -- {"mon": [{"start": "09:00", "end": "18:00"}], ..., "sun": []}
  business_hours       jsonb NOT NULL,
  -- Whole days without business hours, in the organisation's zone.
  holidays             date[] NOT NULL DEFAULT '{}',
  -- Warn this far into an SLA (percent of the business time allowed).
  warn_at_percent      smallint NOT NULL DEFAULT 80 CHECK (warn_at_percent BETWEEN 1 AND 99),
  -- The survey sent to the customer after a case is resolved (none: no re-survey).
  resurvey_survey_id   uuid,
  resurvey_delay_hours integer NOT NULL DEFAULT 24 CHECK (resurvey_delay_hours BETWEEN 0 AND 720),
  updated_at           timestamptz NOT NULL DEFAULT now()
);

-- Business minutes allowed per priority; absent rows fall back to the defaults in code.
CREATE TABLE sla_policies (
  org_id                 uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  priority               text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  first_response_minutes integer NOT NULL CHECK (first_response_minutes BETWEEN 1 AND 525600),
  resolution_minutes     integer NOT NULL CHECK (resolution_minutes BETWEEN 1 AND 525600),
  PRIMARY KEY (org_id, priority),
  CHECK (resolution_minutes >= first_response_minutes)
);

-- Human-readable case numbers (#1, #2 …) per organisation.
CREATE TABLE case_counters (
  org_id      uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  last_number integer NOT NULL
);

CREATE TABLE cases (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id                     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  number                     integer NOT NULL,
  title                      text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  status                     text NOT NULL DEFAULT 'new'
                             CHECK (status IN ('new', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed')),
  priority                   text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  -- manual: opened by a person; alert: opened by an alert rule's action.
  source                     text NOT NULL CHECK (source IN ('manual', 'alert')),
  alert_id                   uuid,
  customer_id                uuid,
  team_id                    uuid,
  assignee_id                uuid,
  routing_rule_id            uuid,
  -- Routing facts, taken from the first feedback item when the case is opened.
  channel                    text,
  touchpoint_id              uuid,
  themes                     text[] NOT NULL DEFAULT '{}',
  lang                       text,
  location                   text,
  customer_tier              text,
  created_by                 uuid,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  -- SLA clock: due moments computed in business time; warnings and breaches are stamped by jobs.
  first_response_due_at      timestamptz,
  resolution_due_at          timestamptz,
  first_responded_at         timestamptz,
  first_response_warned_at   timestamptz,
  first_response_breached_at timestamptz,
  resolution_warned_at       timestamptz,
  resolution_breached_at     timestamptz,
  escalated_at               timestamptz,
  resolved_at                timestamptz,
  closed_at                  timestamptz,
  -- Counters kept with every event, so service metrics need no scan of the timeline.
  transfer_count             integer NOT NULL DEFAULT 0,
  reopen_count               integer NOT NULL DEFAULT 0,
  reply_count                integer NOT NULL DEFAULT 0,
  root_cause                 text CHECK (length(root_cause) <= 200),
  resolution_code            text CHECK (length(resolution_code) <= 100),
  resolution_note            text CHECK (length(resolution_note) <= 5000),
  resurvey_invitation_id     uuid,
  resurvey_feedback_id       uuid,
  UNIQUE (org_id, id),
  UNIQUE (org_id, number),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  -- A team with cases cannot be deleted (the use case answers 409); a removed user leaves the case unassigned.
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id),
  FOREIGN KEY (org_id, assignee_id) REFERENCES users (org_id, id) ON DELETE SET NULL (assignee_id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id) ON DELETE SET NULL (created_by),
  FOREIGN KEY (org_id, alert_id) REFERENCES alerts (org_id, id) ON DELETE SET NULL (alert_id),
  FOREIGN KEY (org_id, touchpoint_id) REFERENCES touchpoints (org_id, id)
);
CREATE INDEX cases_org_recent_idx ON cases (org_id, created_at DESC, id DESC);
CREATE INDEX cases_org_status_idx ON cases (org_id, status, created_at DESC);
CREATE INDEX cases_org_team_open_idx ON cases (org_id, team_id, status) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX cases_org_assignee_open_idx ON cases (org_id, assignee_id, status) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX cases_org_customer_idx ON cases (org_id, customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX cases_org_resolved_idx ON cases (org_id, resolved_at) WHERE resolved_at IS NOT NULL;

-- The feedback a case answers. An item belongs to at most one case.
CREATE TABLE case_feedback (
  org_id      uuid NOT NULL,
  case_id     uuid NOT NULL,
  feedback_id uuid NOT NULL,
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, case_id, feedback_id),
  CONSTRAINT case_feedback_item_key UNIQUE (org_id, feedback_id),
  FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, feedback_id) REFERENCES feedback (org_id, id) ON DELETE CASCADE
);

-- The full timeline: created, assigned, transferred, status, priority, note, reply, feedback linked,
-- sla_warning, sla_breached, escalated, resolved, reopened, closed, resurvey_sent, resurvey_received.
CREATE TABLE case_events (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id     uuid NOT NULL,
  case_id    uuid NOT NULL,
  kind       text NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  -- The person who acted; NULL for the system (routing, timers, the customer's re-survey).
  actor_id   uuid,
  details    jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, actor_id) REFERENCES users (org_id, id) ON DELETE SET NULL (actor_id)
);
CREATE INDEX case_events_case_idx ON case_events (org_id, case_id, id);

-- Messages to the customer: sent by e-mail or SMS, or prepared for the agent to send in WeChat.
CREATE TABLE case_replies (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL,
  case_id     uuid NOT NULL,
  channel     text NOT NULL CHECK (channel IN ('email', 'sms', 'wechat')),
  address     text,
  subject     text NOT NULL DEFAULT '',
  body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  template_id uuid,
  -- wechat replies are 'to_send' until the agent marks them sent.
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'to_send')),
  error       text,
  author_id   uuid,
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, case_id) REFERENCES cases (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, author_id) REFERENCES users (org_id, id) ON DELETE SET NULL (author_id)
);
CREATE INDEX case_replies_case_idx ON case_replies (org_id, case_id, created_at);

CREATE TABLE reply_templates (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- NULL: usable on every channel.
  channel    text CHECK (channel IN ('email', 'sms', 'wechat')),
  lang       text NOT NULL CHECK (lang IN ('en', 'zh-CN')),
  subject    text NOT NULL DEFAULT '' CHECK (length(subject) <= 200),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX reply_templates_org_name_key ON reply_templates (org_id, lower(name));

-- Routing: the first enabled rule (by position) whose conditions all match sends the case to its team;
-- inside the team the case goes round-robin or to the least-loaded member, or stays in the team queue.
CREATE TABLE case_routing_rules (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position    integer NOT NULL,
  enabled     boolean NOT NULL DEFAULT true,
  -- {"themes": [...], "channels": [...], "touchpoint_ids": [...], "locations": [...], "tiers": [...], "languages": [...]}
  -- An empty or absent list matches anything.
  conditions  jsonb NOT NULL DEFAULT '{}',
  team_id     uuid NOT NULL,
  assignment  text NOT NULL DEFAULT 'round_robin' CHECK (assignment IN ('round_robin', 'least_loaded', 'team_queue')),
  -- Raise the case to at least this priority when the rule matches (NULL: keep).
  priority    text CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE CASCADE
);
CREATE INDEX case_routing_rules_org_idx ON case_routing_rules (org_id, position);
ALTER TABLE cases ADD FOREIGN KEY (org_id, routing_rule_id) REFERENCES case_routing_rules (org_id, id) ON DELETE SET NULL (routing_rule_id);

-- Where round-robin stopped in each team.
CREATE TABLE team_assignment_cursors (
  org_id        uuid NOT NULL,
  team_id       uuid NOT NULL,
  last_user_id  uuid,
  PRIMARY KEY (org_id, team_id),
  FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id) ON DELETE CASCADE
);

-- Alert rules may open a case for what they catch, at this priority (NULL: do not open cases).
ALTER TABLE alert_rules ADD COLUMN open_case_priority text CHECK (open_case_priority IN ('low', 'normal', 'high', 'urgent'));

-- A re-survey invitation remembers its case, so the customer's answer lands on the case.
ALTER TABLE survey_invitations ADD COLUMN case_id uuid;
