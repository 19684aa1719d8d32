-- The SLA safety sweep (every 5 minutes, all organisations) looks for open cases whose due moment
-- passed without a breach stamp; these partial indexes hold only the cases that can still breach,
-- so the sweep stays cheap however many closed cases accumulate.
CREATE INDEX cases_first_response_unstamped_idx ON cases (first_response_due_at)
  WHERE status NOT IN ('resolved', 'closed') AND first_responded_at IS NULL AND first_response_breached_at IS NULL;
CREATE INDEX cases_resolution_unstamped_idx ON cases (resolution_due_at)
  WHERE status NOT IN ('resolved', 'closed') AND resolution_breached_at IS NULL;
