-- Cross-department action plans: from a theme or a cross-channel breakpoint, a team commits to an
-- action by a due date and names the metric it should move; the plan page then shows that metric,
-- restricted to the plan's scope, over the baseline window before the plan took effect and after it.
-- Also the indexes service metrics need to read the cases table by creation time per team.

CREATE TABLE action_plans (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  -- theme: items carrying theme_id; breakpoint: items sent from breakpoint_from to breakpoint_to.
  source_kind      text NOT NULL CHECK (source_kind IN ('theme', 'breakpoint')),
  theme_id         text CHECK (length(theme_id) BETWEEN 1 AND 100),
  breakpoint_from  text,
  breakpoint_to    text,
  -- A deleted team leaves the plan without an owner rather than blocking the deletion.
  owner_team_id    uuid,
  due_date         date,
  metric           text NOT NULL CHECK (metric IN ('nps', 'csat', 'ces', 'sentiment', 'negative_share', 'volume')),
  direction        text NOT NULL CHECK (direction IN ('increase', 'decrease')),
  -- Optional value the metric should reach (in the metric's own unit).
  target           double precision,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  created_by       uuid,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  -- The moment the plan took effect: "before" ends and "after" starts here.
  started_at       timestamptz NOT NULL DEFAULT now(),
  baseline_days    integer NOT NULL DEFAULT 30 CHECK (baseline_days BETWEEN 7 AND 365),
  UNIQUE (org_id, id),
  CHECK ((source_kind = 'theme' AND theme_id IS NOT NULL AND breakpoint_from IS NULL AND breakpoint_to IS NULL)
      OR (source_kind = 'breakpoint' AND theme_id IS NULL AND breakpoint_from IS NOT NULL AND breakpoint_to IS NOT NULL)),
  FOREIGN KEY (org_id, owner_team_id) REFERENCES teams (org_id, id) ON DELETE SET NULL (owner_team_id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id) ON DELETE SET NULL (created_by)
);
CREATE INDEX action_plans_org_idx ON action_plans (org_id, created_at DESC);

-- The plan's "before / after" reads the items of one breakpoint over a time window.
CREATE INDEX feedback_org_breakpoint_time_idx ON feedback (org_id, breakpoint_from, breakpoint_to, occurred_at)
  WHERE breakpoint_from IS NOT NULL;

-- Service metrics read cases created in a range, for the whole organisation or one team.
CREATE INDEX cases_org_team_created_idx ON cases (org_id, team_id, created_at);
