-- Journeys → stages → touchpoints, each touchpoint bound to one of the organisation's channels.

CREATE TABLE channels (
  org_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  key        text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  name_en    text,
  name_zh    text,
  kind       text NOT NULL CHECK (kind IN ('digital', 'physical', 'assisted', 'messaging', 'social')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, key),
  CHECK (name_en IS NOT NULL OR name_zh IS NOT NULL)
);

CREATE TABLE journeys (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name_en     text,
  name_zh     text,
  description text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CHECK (name_en IS NOT NULL OR name_zh IS NOT NULL)
);
CREATE INDEX journeys_org_idx ON journeys (org_id, created_at);

CREATE TABLE stages (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL,
  journey_id uuid NOT NULL,
  name_en    text,
  name_zh    text,
  position   integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, journey_id) REFERENCES journeys (org_id, id) ON DELETE CASCADE,
  CHECK (name_en IS NOT NULL OR name_zh IS NOT NULL)
);
CREATE INDEX stages_journey_idx ON stages (org_id, journey_id, position);

CREATE TABLE touchpoints (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL,
  stage_id    uuid NOT NULL,
  name_en     text,
  name_zh     text,
  channel_key text NOT NULL,
  metrics     text[] NOT NULL DEFAULT '{}',
  position    integer NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, stage_id) REFERENCES stages (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, channel_key) REFERENCES channels (org_id, key) ON UPDATE CASCADE,
  CHECK (name_en IS NOT NULL OR name_zh IS NOT NULL),
  CHECK (metrics <@ ARRAY['nps', 'csat', 'ces', 'stars']::text[])
);
CREATE INDEX touchpoints_stage_idx ON touchpoints (org_id, stage_id, position);
