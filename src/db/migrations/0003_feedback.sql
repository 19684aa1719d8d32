-- The unified feedback record: every source (survey, review, ticket, chat, call...) becomes one row,
-- analysed at write time so that nothing stored is ever "not yet analysed".

CREATE TABLE feedback (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  source             text NOT NULL CHECK (source IN ('survey', 'review', 'social', 'ticket', 'chat', 'call', 'import', 'api')),
  channel            text NOT NULL,
  touchpoint_id      uuid,
  customer_id        uuid,
  external_id        text CHECK (length(external_id) BETWEEN 1 AND 200),
  occurred_at        timestamptz NOT NULL,
  received_at        timestamptz NOT NULL DEFAULT now(),
  nps                smallint CHECK (nps BETWEEN 0 AND 10),
  csat               smallint CHECK (csat BETWEEN 1 AND 5),
  ces                smallint CHECK (ces BETWEEN 1 AND 7),
  stars              numeric(2, 1) CHECK (stars BETWEEN 1 AND 5),
  text               text,
  text_redacted      text,
  lang               text,
  sentiment_label    text CHECK (sentiment_label IN ('positive', 'neutral', 'negative')),
  sentiment_score    real CHECK (sentiment_score BETWEEN -1 AND 1),
  themes             text[] NOT NULL DEFAULT '{}',
  mentioned_channels text[] NOT NULL DEFAULT '{}',
  breakpoint_from    text,
  breakpoint_to      text,
  analysis_version   integer NOT NULL,
  analysis           jsonb NOT NULL DEFAULT '{}',
  identifiers        jsonb NOT NULL DEFAULT '{}',
  metadata           jsonb NOT NULL DEFAULT '{}',
  UNIQUE (org_id, id),
  -- Re-sending an item with the same external id is harmless: it is found, not inserted again.
  CONSTRAINT feedback_external_id_key UNIQUE (org_id, source, external_id),
  FOREIGN KEY (org_id, channel) REFERENCES channels (org_id, key) ON UPDATE CASCADE,
  FOREIGN KEY (org_id, touchpoint_id) REFERENCES touchpoints (org_id, id),
  CHECK (text IS NOT NULL OR nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL OR stars IS NOT NULL)
);

CREATE INDEX feedback_org_time_idx ON feedback (org_id, occurred_at DESC, id DESC);
CREATE INDEX feedback_org_channel_time_idx ON feedback (org_id, channel, occurred_at DESC);
CREATE INDEX feedback_org_touchpoint_time_idx ON feedback (org_id, touchpoint_id, occurred_at DESC) WHERE touchpoint_id IS NOT NULL;
CREATE INDEX feedback_themes_idx ON feedback USING gin (themes);
