-- The SLA safety sweep also catches missed warnings: the warning moment of each clock is stored with
-- the due moment (set by applySla; NULL for clocks set before this migration, until re-applied), and
-- partial indexes hold only the clocks that can still warn.
ALTER TABLE cases ADD COLUMN first_response_warn_at timestamptz, ADD COLUMN resolution_warn_at timestamptz;

CREATE INDEX cases_first_response_unwarned_idx ON cases (first_response_warn_at)
  WHERE status NOT IN ('resolved', 'closed') AND first_responded_at IS NULL
    AND first_response_warned_at IS NULL AND first_response_breached_at IS NULL AND first_response_warn_at IS NOT NULL;
CREATE INDEX cases_resolution_unwarned_idx ON cases (resolution_warn_at)
  WHERE status NOT IN ('resolved', 'closed') AND resolution_warned_at IS NULL AND resolution_breached_at IS NULL AND resolution_warn_at IS NOT NULL;
