-- Churn early warning: the latest risk score of every recently active customer, with the factors that
-- explain it, recomputed by a scheduled job; alerts come from rules of kind 'churn' (their threshold).

CREATE TABLE churn_scores (
  org_id      uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  customer_id uuid NOT NULL,
  score       smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
  factors     jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, customer_id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE
);
CREATE INDEX churn_scores_org_score_idx ON churn_scores (org_id, score DESC);
