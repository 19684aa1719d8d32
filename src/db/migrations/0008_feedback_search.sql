-- Full-text search over feedback in Chinese and English. The lexemes are the words of the redacted
-- text as the text engine segments them (jieba for Chinese), stored with array_to_tsvector so that
-- PostgreSQL's own parser — which does not segment Chinese — never touches them.

ALTER TABLE feedback ADD COLUMN search tsvector;
CREATE INDEX feedback_search_idx ON feedback USING gin (search);

-- Items stored before this migration get their search words from a background re-analysis.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'graphile_worker') THEN
    PERFORM graphile_worker.add_job('feedback:reanalyse', json_build_object('orgId', o.id, 'afterId', NULL), job_key => 'reanalyse:' || o.id)
       FROM organisations o WHERE EXISTS (SELECT 1 FROM feedback f WHERE f.org_id = o.id);
  END IF;
END $$;
