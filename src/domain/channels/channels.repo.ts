// All SQL of channels.
import type { Db } from '../../db/pool.ts';
import type { ChannelKind } from './channels.schema.ts';

export interface ChannelRow {
  key: string;
  nameEn: string | null;
  nameZh: string | null;
  kind: ChannelKind;
}

const columns = `key, name_en AS "nameEn", name_zh AS "nameZh", kind`;

export async function listChannels(db: Db, orgId: string): Promise<ChannelRow[]> {
  const result = await db.query<ChannelRow>(`SELECT ${columns} FROM channels WHERE org_id = $1 ORDER BY created_at, key`, [orgId]);
  return result.rows;
}

export async function findChannel(db: Db, orgId: string, key: string): Promise<ChannelRow | undefined> {
  const result = await db.query<ChannelRow>(`SELECT ${columns} FROM channels WHERE org_id = $1 AND key = $2`, [orgId, key]);
  return result.rows[0];
}

export async function insertChannels(db: Db, orgId: string, channels: ReadonlyArray<{ key: string; name_en?: string | null; name_zh?: string | null; kind: ChannelKind }>): Promise<void> {
  await db.query(
    `INSERT INTO channels (org_id, key, name_en, name_zh, kind)
     SELECT $1, c.key, c.name_en, c.name_zh, c.kind
       FROM jsonb_to_recordset($2::jsonb) AS c(key text, name_en text, name_zh text, kind text)`,
    [orgId, JSON.stringify(channels)],
  );
}

export async function updateChannel(
  db: Db,
  orgId: string,
  key: string,
  changes: { name_en?: string | null; name_zh?: string | null; kind?: ChannelKind },
): Promise<ChannelRow | undefined> {
  const result = await db.query<ChannelRow>(
    `UPDATE channels SET
        name_en = CASE WHEN $3 THEN $4 ELSE name_en END,
        name_zh = CASE WHEN $5 THEN $6 ELSE name_zh END,
        kind = COALESCE($7, kind)
      WHERE org_id = $1 AND key = $2 RETURNING ${columns}`,
    [orgId, key, 'name_en' in changes, changes.name_en ?? null, 'name_zh' in changes, changes.name_zh ?? null, changes.kind ?? null],
  );
  return result.rows[0];
}

export async function deleteChannel(db: Db, orgId: string, key: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM channels WHERE org_id = $1 AND key = $2`, [orgId, key]);
  return result.rowCount === 1;
}
