-- Change notifications for what servers keep in memory (API keys, text settings): each server
-- LISTENs on `openvoc_changes` (src/db/change-feed.ts) and forgets an entry when its row changes.
-- pg_notify is transactional: the notice goes out when the change commits, never for a rollback.
-- Payload: "<topic>:<id>".

CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('openvoc_changes', TG_ARGV[0] || ':' || (to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[1]));
  RETURN NULL;
END
$$;

-- Not on last_used_at: it is written once a minute per key in use and changes nothing a cache holds.
CREATE TRIGGER api_keys_changed AFTER UPDATE OF key_hash, org_id, revoked_at OR DELETE ON api_keys
  FOR EACH ROW EXECUTE FUNCTION notify_change('api_key', 'id');

CREATE TRIGGER org_text_settings_changed AFTER INSERT OR UPDATE OR DELETE ON org_text_settings
  FOR EACH ROW EXECUTE FUNCTION notify_change('text_settings', 'org_id');
