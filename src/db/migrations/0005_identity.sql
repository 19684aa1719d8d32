-- Identity fusion: one customer profile per person across channels. Identifiers (phone, e-mail, member
-- id, WeChat/Alipay ids, device id, order id) point at the profile they belong to; feedback points at
-- the profile too. Merging two profiles keeps the absorbed one (merged_into = survivor) and remembers
-- where every identifier first belonged (home_customer_id), so that a merge can be undone exactly.

CREATE TABLE customers (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  display_name  text CHECK (length(display_name) BETWEEN 1 AND 200),
  -- Set while this profile is absorbed into another one: the live profile is the root of the tree.
  merged_into   uuid,
  first_seen_at timestamptz,
  last_seen_at  timestamptz,
  -- Erased profiles keep their id (aggregates still count them) and nothing personal.
  erased_at     timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, merged_into) REFERENCES customers (org_id, id),
  CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX customers_org_recent_idx ON customers (org_id, last_seen_at DESC NULLS LAST, id DESC) WHERE merged_into IS NULL;
CREATE INDEX customers_org_merged_into_idx ON customers (org_id, merged_into) WHERE merged_into IS NOT NULL;

-- Written for every new identifier at ingestion, so it carries as few indexes and checks as it can:
-- the organisation is implied by the profile, and home_customer_id only ever names a profile of the
-- same tree (kept by the identity code, not a foreign key).
CREATE TABLE customer_identifiers (
  org_id           uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('phone', 'email', 'member_id', 'wechat_openid', 'wechat_unionid', 'alipay_user_id', 'device_id', 'order_id')),
  value            text NOT NULL CHECK (length(value) BETWEEN 1 AND 200),
  -- The live profile (always the root of its merge tree).
  customer_id      uuid NOT NULL,
  -- The profile this identifier first joined; an unmerge sends it back to that side.
  home_customer_id uuid NOT NULL,
  first_seen_at    timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, kind, value),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE
);
CREATE INDEX customer_identifiers_customer_idx ON customer_identifiers (org_id, customer_id);

CREATE TABLE customer_merges (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  survivor_id      uuid NOT NULL,
  absorbed_id      uuid NOT NULL,
  -- shared_identifier: an item carried identifiers of both profiles; manual: a person merged them.
  cause            text NOT NULL CHECK (cause IN ('shared_identifier', 'manual')),
  identifier_kind  text,
  identifier_value text,
  feedback_id      uuid,
  merged_by        text NOT NULL,
  merged_at        timestamptz NOT NULL DEFAULT now(),
  unmerged_by      text,
  unmerged_at      timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, survivor_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, absorbed_id) REFERENCES customers (org_id, id),
  CHECK (survivor_id <> absorbed_id)
);
-- A profile is absorbed by at most one live merge at a time.
CREATE UNIQUE INDEX customer_merges_active_absorbed_key ON customer_merges (org_id, absorbed_id) WHERE unmerged_at IS NULL;
CREATE INDEX customer_merges_survivor_idx ON customer_merges (org_id, survivor_id, merged_at DESC);

-- After an unmerge the two profiles stay apart: an item carrying identifiers of both no longer merges them.
CREATE TABLE customer_merge_blocks (
  org_id     uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  customer_a uuid NOT NULL,
  customer_b uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, customer_a, customer_b),
  FOREIGN KEY (org_id, customer_a) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, customer_b) REFERENCES customers (org_id, id),
  CHECK (customer_a < customer_b)
);

ALTER TABLE feedback
  ADD CONSTRAINT feedback_customer_fkey FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id);
CREATE INDEX feedback_org_customer_time_idx ON feedback (org_id, customer_id, occurred_at DESC, id DESC) WHERE customer_id IS NOT NULL;
