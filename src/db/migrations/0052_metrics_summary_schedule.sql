-- The scheduled summary e-mail of each organisation: recipients, frequency and language, set by an
-- admin. One row per organisation (none = never configured). last_sent_at records the last send
-- and the period it covered, so a retried job does not mail the same period twice.
CREATE TABLE metrics_summary_schedules (
  org_id             uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  enabled            boolean NOT NULL DEFAULT false,
  frequency          text NOT NULL DEFAULT 'weekly' CHECK (frequency IN ('daily', 'weekly')),
  recipients         text[] NOT NULL DEFAULT '{}',
  language           text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh-CN')),
  last_sent_at       timestamptz,
  last_period_to     date,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
-- The cron job looks for enabled schedules of one frequency across organisations.
CREATE INDEX metrics_summary_schedules_due_idx ON metrics_summary_schedules (frequency) WHERE enabled;
