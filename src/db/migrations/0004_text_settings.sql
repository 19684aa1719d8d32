-- Per-organisation text-analytics settings: an admin-edited theme taxonomy (NULL = the built-in
-- default) and a custom theme model learned from the organisation's labelled examples.

CREATE TABLE org_text_settings (
  org_id               uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  taxonomy             jsonb,
  custom_theme_model   jsonb,
  custom_theme_summary jsonb,
  revision             integer NOT NULL DEFAULT 1,
  updated_at           timestamptz NOT NULL DEFAULT now()
);
