// All SQL of journeys, stages and touchpoints.
import type { Db } from '../../db/pool.ts';

export interface Named {
  nameEn: string | null;
  nameZh: string | null;
}
export interface JourneySummary extends Named {
  id: string;
  description: string;
  stageCount: number;
  touchpointCount: number;
  createdAt: Date;
}
export interface TouchpointRow extends Named {
  id: string;
  stageId: string;
  journeyId: string;
  channel: string;
  metrics: string[];
  position: number;
}
export interface StageRow extends Named {
  id: string;
  journeyId: string;
  position: number;
}

export async function listJourneys(db: Db, orgId: string): Promise<JourneySummary[]> {
  const result = await db.query<JourneySummary>(
    `SELECT j.id, j.name_en AS "nameEn", j.name_zh AS "nameZh", j.description, j.created_at AS "createdAt",
            (SELECT count(*)::int FROM stages s WHERE s.org_id = j.org_id AND s.journey_id = j.id) AS "stageCount",
            (SELECT count(*)::int FROM touchpoints t JOIN stages s ON s.org_id = t.org_id AND s.id = t.stage_id
              WHERE s.org_id = j.org_id AND s.journey_id = j.id) AS "touchpointCount"
       FROM journeys j WHERE j.org_id = $1 ORDER BY j.created_at, j.id`,
    [orgId],
  );
  return result.rows;
}

export async function findJourney(db: Db, orgId: string, id: string): Promise<(Named & { id: string; description: string }) | undefined> {
  const result = await db.query<Named & { id: string; description: string }>(
    `SELECT id, name_en AS "nameEn", name_zh AS "nameZh", description FROM journeys WHERE org_id = $1 AND id = $2`,
    [orgId, id],
  );
  return result.rows[0];
}

export async function insertJourney(db: Db, orgId: string, row: { name_en?: string | null; name_zh?: string | null; description?: string }): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO journeys (org_id, name_en, name_zh, description) VALUES ($1, $2, $3, $4) RETURNING id`,
    [orgId, row.name_en ?? null, row.name_zh ?? null, row.description ?? ''],
  );
  return result.rows[0]!.id;
}

export async function updateJourney(db: Db, orgId: string, id: string, row: Named & { description: string }): Promise<boolean> {
  const result = await db.query(
    `UPDATE journeys SET name_en = $3, name_zh = $4, description = $5, updated_at = now() WHERE org_id = $1 AND id = $2`,
    [orgId, id, row.nameEn, row.nameZh, row.description],
  );
  return result.rowCount === 1;
}

export async function deleteJourney(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM journeys WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rowCount === 1;
}

const stageColumns = `id, journey_id AS "journeyId", name_en AS "nameEn", name_zh AS "nameZh", position`;

/** Locks a journey or stage while its children are renumbered, so concurrent additions get distinct positions. */
export async function lockParent(db: Db, table: 'journeys' | 'stages', orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`SELECT 1 FROM ${table} WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, id]);
  return result.rowCount === 1;
}

export async function listStages(db: Db, orgId: string, journeyId: string): Promise<StageRow[]> {
  const result = await db.query<StageRow>(`SELECT ${stageColumns} FROM stages WHERE org_id = $1 AND journey_id = $2 ORDER BY position, created_at`, [orgId, journeyId]);
  return result.rows;
}

export async function findStage(db: Db, orgId: string, id: string): Promise<StageRow | undefined> {
  const result = await db.query<StageRow>(`SELECT ${stageColumns} FROM stages WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rows[0];
}

export async function insertStage(db: Db, orgId: string, journeyId: string, row: Named & { position: number }): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO stages (org_id, journey_id, name_en, name_zh, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [orgId, journeyId, row.nameEn, row.nameZh, row.position],
  );
  return result.rows[0]!.id;
}

export async function updateStageNames(db: Db, orgId: string, id: string, row: Named): Promise<void> {
  await db.query(`UPDATE stages SET name_en = $3, name_zh = $4 WHERE org_id = $1 AND id = $2`, [orgId, id, row.nameEn, row.nameZh]);
}

export async function deleteStage(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM stages WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rowCount === 1;
}

/** Rewrites positions 0..n-1 in the given order (ids must all belong to one parent). */
export async function setPositions(db: Db, table: 'stages' | 'touchpoints', orgId: string, orderedIds: string[]): Promise<void> {
  await db.query(
    `UPDATE ${table} AS t SET position = o.position - 1
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
      WHERE t.org_id = $1 AND t.id = o.id`,
    [orgId, orderedIds],
  );
}

const touchpointColumns = `t.id, t.stage_id AS "stageId", s.journey_id AS "journeyId", t.name_en AS "nameEn", t.name_zh AS "nameZh",
  t.channel_key AS channel, t.metrics, t.position`;

export async function listTouchpointsOfJourney(db: Db, orgId: string, journeyId: string): Promise<TouchpointRow[]> {
  const result = await db.query<TouchpointRow>(
    `SELECT ${touchpointColumns} FROM touchpoints t JOIN stages s ON s.org_id = t.org_id AND s.id = t.stage_id
      WHERE t.org_id = $1 AND s.journey_id = $2 ORDER BY t.position, t.created_at`,
    [orgId, journeyId],
  );
  return result.rows;
}

export async function listTouchpointsOfStage(db: Db, orgId: string, stageId: string): Promise<TouchpointRow[]> {
  const result = await db.query<TouchpointRow>(
    `SELECT ${touchpointColumns} FROM touchpoints t JOIN stages s ON s.org_id = t.org_id AND s.id = t.stage_id
      WHERE t.org_id = $1 AND t.stage_id = $2 ORDER BY t.position, t.created_at`,
    [orgId, stageId],
  );
  return result.rows;
}

export async function findTouchpoint(db: Db, orgId: string, id: string): Promise<TouchpointRow | undefined> {
  const result = await db.query<TouchpointRow>(
    `SELECT ${touchpointColumns} FROM touchpoints t JOIN stages s ON s.org_id = t.org_id AND s.id = t.stage_id
      WHERE t.org_id = $1 AND t.id = $2`,
    [orgId, id],
  );
  return result.rows[0];
}

export async function insertTouchpoint(
  db: Db,
  orgId: string,
  stageId: string,
  row: Named & { channel: string; metrics: string[]; position: number },
): Promise<string> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO touchpoints (org_id, stage_id, name_en, name_zh, channel_key, metrics, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [orgId, stageId, row.nameEn, row.nameZh, row.channel, row.metrics, row.position],
  );
  return result.rows[0]!.id;
}

export async function updateTouchpointFields(db: Db, orgId: string, id: string, row: Named & { channel: string; metrics: string[] }): Promise<void> {
  await db.query(
    `UPDATE touchpoints SET name_en = $3, name_zh = $4, channel_key = $5, metrics = $6 WHERE org_id = $1 AND id = $2`,
    [orgId, id, row.nameEn, row.nameZh, row.channel, row.metrics],
  );
}

export async function deleteTouchpoint(db: Db, orgId: string, id: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM touchpoints WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return result.rowCount === 1;
}

export async function findTouchpointIds(db: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await db.query<{ id: string }>(`SELECT id FROM touchpoints WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, ids]);
  return new Set(result.rows.map((row) => row.id));
}
