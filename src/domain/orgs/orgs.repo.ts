// All SQL of organisations.
import type { Db } from '../../db/pool.ts';

export interface OrganisationRow {
  id: string;
  name: string;
  isDemo: boolean;
  createdAt: Date;
}

const columns = `id, name, is_demo AS "isDemo", created_at AS "createdAt"`;

export async function insertOrganisation(db: Db, row: { name: string; isDemo: boolean }): Promise<OrganisationRow> {
  const result = await db.query<OrganisationRow>(`INSERT INTO organisations (name, is_demo) VALUES ($1, $2) RETURNING ${columns}`, [row.name, row.isDemo]);
  return result.rows[0]!;
}

export async function findOrganisationByName(db: Db, name: string): Promise<OrganisationRow | undefined> {
  const result = await db.query<OrganisationRow>(`SELECT ${columns} FROM organisations WHERE name = $1 ORDER BY created_at LIMIT 1`, [name]);
  return result.rows[0];
}

export async function findDemoOrganisation(db: Db): Promise<OrganisationRow | undefined> {
  const result = await db.query<OrganisationRow>(`SELECT ${columns} FROM organisations WHERE is_demo ORDER BY created_at LIMIT 1`);
  return result.rows[0];
}

export async function countOrganisations(db: Db): Promise<number> {
  const result = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM organisations`);
  return result.rows[0]!.count;
}

export async function deleteOrganisation(db: Db, id: string): Promise<void> {
  await db.query(`DELETE FROM organisations WHERE id = $1`, [id]);
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  const result = await db.query<OrganisationRow>(`SELECT ${columns} FROM organisations ORDER BY created_at`);
  return result.rows;
}
